/**
 * API: the HTTP API built from the route table (functions/routes.ts). One Lambda per route group,
 * every row a route on its group's Lambda, a JWT authorizer on every non-public row, and a
 * `$default` route to the fallback Lambda (404, 405 and CORS preflights). No CORS configuration
 * here: allowed origins are per site, so the Lambdas decide.
 */
import {
  HttpApi,
  HttpMethod,
  HttpNoneAuthorizer,
  type IHttpRouteAuthorizer,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import {
  type Access,
  handlerModule,
  type Route,
  type RouteGroup,
  routes as routeTable,
} from '../../functions/routes.js';
import { ApiFunction, type AppTableRefs, type TableAccess } from './api-function.js';

/** What token verifiers need to know about the user pool. */
export interface IdentityRefs {
  readonly poolId: string;
  readonly poolArn: string;
  readonly clientId: string;
  readonly issuer: string;
  readonly jwksUrl: string;
}

/** Options of {@link ReagirHttpApi}. */
export interface ReagirHttpApiProps {
  readonly tables: AppTableRefs;
  readonly identity: IdentityRefs;
  /**
   * The rows to serve.
   * @default the route table of functions/routes.ts
   */
  readonly routes?: readonly Route[];
  /**
   * Memory of each Lambda in MB.
   * @default 512
   */
  readonly memorySize?: number;
}

/** The Lambda behind `$default`; not a route group because it serves no row of the table. */
export const FALLBACK_GROUP = 'fallback';

/** A Lambda of the API: a route group's, or the fallback. */
export type FunctionGroup = RouteGroup | typeof FALLBACK_GROUP;

// Least privilege, decided per group: adding a group to RouteGroup fails the type check until it
// gets a line here. The fallback reads a site's allowed origins to answer preflights.
const tableAccess: Record<FunctionGroup, { comments: TableAccess; reactions: TableAccess }> = {
  health: { comments: 'none', reactions: 'none' },
  comments: { comments: 'readWrite', reactions: 'readWrite' },
  accounts: { comments: 'readWrite', reactions: 'readWrite' },
  reactions: { comments: 'readWrite', reactions: 'readWrite' },
  moderation: { comments: 'readWrite', reactions: 'none' },
  sites: { comments: 'readWrite', reactions: 'none' },
  fallback: { comments: 'read', reactions: 'none' },
};

// Cognito administration, only where the route group needs it (reading, renaming, deleting users).
const cognitoAdminActions: Partial<Record<FunctionGroup, string[]>> = {
  accounts: [
    'cognito-idp:AdminGetUser',
    'cognito-idp:AdminUpdateUserAttributes',
    'cognito-idp:AdminDeleteUser',
  ],
};

/** The public HTTP API and its Lambdas, one per route group. */
export class ReagirHttpApi extends Construct {
  /** The API; its default stage serves at {@link ReagirHttpApi.url}. */
  readonly api: HttpApi;
  /** The Lambda of each route group, and of the fallback. */
  readonly functions: ReadonlyMap<FunctionGroup, ApiFunction>;
  /** Base URL, no trailing slash (`https://<id>.execute-api.<region>.amazonaws.com`). */
  readonly url: string;

  constructor(scope: Construct, id: string, props: ReagirHttpApiProps) {
    super(scope, id);
    const rows = props.routes ?? routeTable;
    if (rows.length === 0) throw new Error('The route table is empty');

    const functions = new Map<FunctionGroup, ApiFunction>();
    const functionFor = (group: FunctionGroup, description: string) => {
      const fn = new ApiFunction(this, `${pascal(group)}Function`, {
        entry: group === FALLBACK_GROUP ? 'functions/fallback/handler.ts' : handlerModule(group),
        description,
        memorySize: props.memorySize,
        environment: {
          COGNITO_USER_POOL_ID: props.identity.poolId,
          COGNITO_CLIENT_ID: props.identity.clientId,
          COGNITO_ISSUER: props.identity.issuer,
          COGNITO_JWKS_URL: props.identity.jwksUrl,
        },
      }).useTables(props.tables, tableAccess[group]);
      const actions = cognitoAdminActions[group];
      if (actions) fn.addToRolePolicy(new PolicyStatement({ actions, resources: [props.identity.poolArn] }));
      functions.set(group, fn);
      return fn;
    };

    const fallback = functionFor(FALLBACK_GROUP, 'Réagir: 404, 405 and CORS preflights ($default)');
    this.api = new HttpApi(this, 'Api', {
      description: 'Réagir comments API',
      defaultIntegration: new HttpLambdaIntegration('FallbackIntegration', fallback),
    });

    // API Gateway checks issuer, audience (or client_id), expiry and signature; the handlers still
    // verify the token themselves and check groups, which a JWT authorizer cannot.
    const jwt = new HttpJwtAuthorizer('CognitoJwt', props.identity.issuer, {
      jwtAudience: [props.identity.clientId],
    });
    // Every access level maps to an authorizer, so a new level fails the type check until decided.
    // `public` routes read a token when one is sent (a reader sees their own pending comments), so
    // an authorizer there would turn anonymous readers away.
    const none = new HttpNoneAuthorizer();
    const authorizers: Record<Access, IHttpRouteAuthorizer> = {
      public: none,
      reader: jwt,
      moderator: jwt,
      admin: jwt,
    };

    const integrations = new Map<RouteGroup, HttpLambdaIntegration>();
    for (const route of rows) {
      let integration = integrations.get(route.group);
      if (!integration) {
        const fn = functionFor(route.group, `Réagir: ${route.group} routes`);
        integration = new HttpLambdaIntegration(`${pascal(route.group)}Integration`, fn);
        integrations.set(route.group, integration);
      }
      this.api.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration,
        authorizer: authorizers[route.access],
      });
    }

    this.functions = functions;
    this.url = this.api.apiEndpoint;
  }
}

const pascal = (name: string) =>
  name.replace(/(^|-)(\w)/g, (_match, _dash, letter: string) => letter.toUpperCase());
