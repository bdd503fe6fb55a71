/** The app's stacks for one stage and how they depend on each other, shared by infra/app.ts and the tests. */
import type { App } from 'aws-cdk-lib';
import type { Route } from '../../functions/routes.js';
import type { StageConfig } from '../config.js';
import { ApiStack } from './api-stack.js';
import { DataStack } from './data-stack.js';
import { MonitoringStack } from './monitoring-stack.js';
import { WebStack } from './web-stack.js';

/** Options of {@link composeStacks}. */
export interface ComposeOptions {
  /**
   * The rows to serve.
   * @default the route table of functions/routes.ts
   */
  readonly routes?: readonly Route[];
  /**
   * The build output holding `widget/` and `console/`.
   * @default dist/ of the repository
   */
  readonly distDir?: string;
}

/** Name of a stage's stack: the stage is in every name, so stages live side by side in one account. */
export const stackName = (stage: string, part: 'Data' | 'Api' | 'Web' | 'Monitoring') =>
  `Reagir-${stage}-${part}`;

/**
 * Adds one stage: data (stateful), API, web and monitoring (stateless). The region is fixed by the
 * config; the account only when it names one, so synth needs no credentials.
 */
export function composeStacks(app: App, config: StageConfig, options: ComposeOptions = {}) {
  const env = { region: config.region, account: config.account };
  const tags = { project: 'reagir', stage: config.stage };
  const common = (part: Parameters<typeof stackName>[1], description: string) => ({
    env,
    tags,
    stackName: stackName(config.stage, part),
    description: `Réagir ${config.stage}: ${description}`,
  });
  const data = new DataStack(app, stackName(config.stage, 'Data'), {
    ...common('Data', 'DynamoDB tables, Cognito user pool and exports bucket (stateful, retained)'),
    deletionProtection: config.deletionProtection,
    email: config.email,
    productName: config.productName,
  });
  const metricsNamespace = `Reagir/${config.stage}`;
  const api = new ApiStack(app, stackName(config.stage, 'Api'), {
    ...common('Api', 'HTTP API and Lambda functions (stateless)'),
    tables: data.tables.refs,
    identity: data.identity,
    bedrockGuardrail: config.bedrockGuardrail,
    exportsBucketExport: data.exportsBucketExport,
    stage: config.stage,
    consoleUrl: config.domains?.cdn ? `https://${config.domains.cdn.name}/console/` : undefined,
    settings: {
      routes: options.routes,
      memorySize: config.memorySize,
      reservedConcurrency: config.reservedConcurrency,
      throttle: config.throttle,
      publicWriteThrottle: config.publicWriteThrottle,
      logRetention: config.logRetentionDays,
      metricsNamespace,
      domain: config.domains?.api,
      mail: config.email,
    },
  });
  const web = new WebStack(app, stackName(config.stage, 'Web'), {
    ...common('Web', 'CloudFront and S3 for the widget and the console (stateless)'),
    sites: config.sites,
    apiHost: api.apiHost,
    apiUrl: api.httpApi.url,
    edgeSecret: api.httpApi.edgeSecret,
    domain: config.domains?.cdn,
    distDir: options.distDir,
  });
  // CloudFormation refuses an empty stack: a stage with neither alarms nor dashboard has none.
  const monitoring = !(config.alarms || config.dashboard)
    ? undefined
    : new MonitoringStack(app, stackName(config.stage, 'Monitoring'), {
        ...common('Monitoring', 'alarms, alarm topic and dashboard (stateless)'),
        httpApi: api.httpApi.api,
        // The archive Lambda serves a few exports a month: alarmed, not drawn (the dashboard's 50 metrics).
        functions: new Map([...api.httpApi.functions].filter(([name]) => name !== 'archive')),
        events: {
          failures: api.events.failures,
          handler: api.events.handler,
          counts: api.reactionCounts.handler,
          functions: new Map([
            ['events', api.events.handler],
            ['schedule', api.events.schedule],
            ['mailFeedback', api.events.feedback],
            ['reactionCounts', api.reactionCounts.handler],
            ...[...api.httpApi.functions].filter(([name]) => name === 'archive'),
            ...(api.exports ? [['exportWorker', api.exports.worker] as const] : []),
          ]),
        },
        tables: new Map([
          ['Comments', data.tables.comments],
          ['Reactions', data.tables.reactions],
        ]),
        distribution: web.hosting.distribution,
        stage: config.stage,
        metricsNamespace,
        alarms: config.alarms,
        alarmEmail: config.alarmEmail,
        dashboard: config.dashboard,
      });
  return { data, api, web, monitoring };
}
