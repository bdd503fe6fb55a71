/** Stateless stack: the Lambdas and the HTTP API, safe to destroy and redeploy at any time. */
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { Route } from '../../functions/routes.js';
import type { AppTableRefs } from '../constructs/api-function.js';
import { type IdentityRefs, ReagirHttpApi } from '../constructs/http-api.js';

/** Options of {@link ApiStack}. */
export interface ApiStackProps extends StackProps {
  /** The tables of the data stack. */
  readonly tables: AppTableRefs;
  /** The user pool and app client of the data stack. */
  readonly identity: IdentityRefs;
  /**
   * The rows to serve (tests pass their own).
   * @default the route table of functions/routes.ts
   */
  readonly routes?: readonly Route[];
  /**
   * Memory of each Lambda in MB.
   * @default 512
   */
  readonly memorySize?: number;
}

/** The HTTP API and one Lambda per route group, reading the data stack's resources. */
export class ApiStack extends Stack {
  /** The API and its functions. */
  readonly httpApi: ReagirHttpApi;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    this.httpApi = new ReagirHttpApi(this, 'HttpApi', {
      tables: props.tables,
      identity: props.identity,
      routes: props.routes,
      memorySize: props.memorySize,
    });
    new CfnOutput(this, 'ApiUrl', { value: this.httpApi.url, description: 'Base URL of the API (data-api)' });
  }
}
