/** Infra: the AwsSolutions pack of cdk-nag finds nothing unacknowledged, with or without custom domains. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addNagChecks } from '../../infra/nag.js';
import { composeStacks } from '../../infra/stacks/compose.js';
import { fakeDist, testApp, testConfig } from './synth-stacks.js';

const domains = {
  cdn: {
    name: 'commentaires.example.fr',
    certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/0f0e0d0c-0b0a-0908-0706-050403020100',
  },
  api: {
    name: 'api.commentaires.example.fr',
    certificateArn: 'arn:aws:acm:eu-west-3:123456789012:certificate/0f0e0d0c-0b0a-0908-0706-050403020100',
  },
};
const email = { from: 'commentaires@example.fr' };

/** Synthesizes a stage with the checks on; `app.synth()` throws on any unacknowledged error. */
function violations(overrides: Record<string, unknown>) {
  const app = testApp();
  composeStacks(app, testConfig(overrides), { distDir: fakeDist() });
  addNagChecks(app);
  let error: unknown;
  try {
    app.synth();
  } catch (caught) {
    error = caught;
  }
  const reportFile = join(app.outdir, 'validation-report.json');
  const report = existsSync(reportFile)
    ? (JSON.parse(readFileSync(reportFile, 'utf8')) as {
        pluginReports: { violations: { ruleName: string }[] }[];
      })
    : { pluginReports: [] };
  return { error, rules: report.pluginReports.flatMap((r) => r.violations.map((v) => v.ruleName)) };
}

// A whole stage synthesized with every check takes ~10 s alone and several times that on a busy
// 2-core machine: a timeout here would say nothing about the infrastructure.
const SYNTH_TIMEOUT_MS = 120_000;

describe('cdk-nag AwsSolutions', () => {
  it.each([
    ['the default stage', {}],
    [
      'a stage with custom domains, an SES sender, reserved concurrency and the Bedrock guardrail',
      { domains, email, reservedConcurrency: { comments: 20 }, bedrockGuardrail: true },
    ],
  ])(
    'passes on %s',
    (_name, overrides) => {
      const { error, rules } = violations(overrides);
      expect(rules).toEqual([]);
      expect(error).toBeUndefined();
    },
    SYNTH_TIMEOUT_MS,
  );
});
