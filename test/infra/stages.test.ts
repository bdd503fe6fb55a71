/** Infra: several stages live side by side in one account; names never collide. */
import { describe, expect, it } from 'vitest';
import { composeStacks } from '../../infra/stacks/compose.js';
import { fakeDist, synthStacks, testApp, testConfig } from './synth-stacks.js';

// Two whole stages synthesized: slow on a busy 2-core machine, and a timeout would prove nothing.
const SYNTH_TIMEOUT_MS = 120_000;

describe('stages', () => {
  it(
    'put the stage in every stack name and share nothing',
    () => {
      const app = testApp();
      const dev = composeStacks(app, testConfig({}, 'dev'), { distDir: fakeDist() });
      const prod = composeStacks(app, testConfig({ region: 'eu-west-1' }, 'prod'), { distDir: fakeDist() });
      const names = [...Object.values(dev), ...Object.values(prod)].map((stack) => stack?.stackName);
      expect(names).toEqual([
        'Reagir-dev-Data',
        'Reagir-dev-Api',
        'Reagir-dev-Web',
        'Reagir-dev-Monitoring',
        'Reagir-prod-Data',
        'Reagir-prod-Api',
        'Reagir-prod-Web',
        'Reagir-prod-Monitoring',
      ]);
      expect(() => app.synth()).not.toThrow();
    },
    SYNTH_TIMEOUT_MS,
  );

  it('deploy to the configured region, in whichever account the credentials name unless one is set', () => {
    const { stacks } = synthStacks();
    expect(stacks.api.environment).toBe('aws://unknown-account/eu-west-3');
    const pinned = synthStacks({ config: testConfig({ account: '123456789012' }) });
    expect(pinned.stacks.data.environment).toBe('aws://123456789012/eu-west-3');
  });

  it('name no physical resource, so two stages cannot clash', () => {
    const { data, api, web } = synthStacks();
    const nameOf: Record<string, string> = {
      'AWS::DynamoDB::Table': 'TableName',
      'AWS::S3::Bucket': 'BucketName',
      'AWS::Lambda::Function': 'FunctionName',
      'AWS::Cognito::UserPool': 'UserPoolName',
      'AWS::Logs::LogGroup': 'LogGroupName',
    };
    const resources = [data, api, web].flatMap((t) =>
      Object.values(
        t.toJSON().Resources as Record<string, { Type: string; Properties?: Record<string, unknown> }>,
      ),
    );
    // A literal name would clash; one derived from a generated name (CDK's own log groups) cannot.
    const named = resources.filter((r) => typeof r.Properties?.[nameOf[r.Type] ?? ''] === 'string');
    expect(named).toEqual([]);
  });
});
