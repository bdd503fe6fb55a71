import { defineConfig } from 'vitest/config';

// What the stateful suites share: one DynamoDB Local for the whole run (test/support/global-setup.ts,
// started once however many of these projects run), and each file's own API server and cognito-local.
const STATEFUL = ['integration', 'security', 'hostile', 'e2e', 'load'] as const;

/** A project of test/<folder>, with the settings of the root config below (`extends: true`). */
const project = (name: string, groupOrder: number, more: { globalSetup?: string[] } = {}) => ({
  extends: true as const,
  test: { name, include: [`test/${name}/**/*.test.{ts,tsx}`], sequence: { groupOrder }, ...more },
});

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // The SDK warns that its 2027 releases need Node 22; the pinned release runs on 20.
    // Handlers log each request; a test file that imports a domain module before starting its test
    // app would otherwise create the logger at INFO and flood the output.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', LOG_LEVEL: 'SILENT' },
    // Groups run one after the other: unit first (seconds: no Java, no network, no browser), then
    // the built widget's budgets, then CDK and the stateful suites, then load and faults on their
    // own, as they slow DynamoDB Local down for every other file.
    projects: [
      project('unit', 0),
      // Reads dist/widget: `npm test` builds it first, so an entry over budget fails `npm test`.
      project('bundle', 1),
      project('infra', 2),
      ...STATEFUL.map((name) =>
        project(name, name === 'load' ? 3 : 2, { globalSetup: ['test/support/global-setup.ts'] }),
      ),
    ],
  },
});
