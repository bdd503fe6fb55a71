/** The app's stacks and how they depend on each other, shared by infra/app.ts and the tests. */
import type { App } from 'aws-cdk-lib';
import type { Route } from '../../functions/routes.js';
import { ApiStack } from './api-stack.js';
import { DataStack } from './data-stack.js';

/** Options of {@link composeStacks}. */
export interface ComposeOptions {
  /**
   * The rows to serve.
   * @default the route table of functions/routes.ts
   */
  readonly routes?: readonly Route[];
}

/** Adds the data stack and the API stack reading it; no `env`, so one synth deploys anywhere. */
export function composeStacks(app: App, options: ComposeOptions = {}): { data: DataStack; api: ApiStack } {
  const data = new DataStack(app, 'ReagirData', {
    description: 'Réagir: DynamoDB tables and Cognito user pool (stateful, retained)',
  });
  const api = new ApiStack(app, 'ReagirApi', {
    description: 'Réagir: HTTP API and Lambda functions (stateless)',
    tables: data.tables,
    identity: data.identity,
    routes: options.routes,
  });
  return { data, api };
}
