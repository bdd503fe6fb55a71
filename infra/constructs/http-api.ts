/**
 * API: the HTTP API built from the route table (functions/routes.ts). One Lambda per route group,
 * every row a route on its group's Lambda, and a `$default` route to the fallback Lambda (404, 405
 * and CORS preflights). No CORS configuration here: allowed origins are per site, so the Lambdas
 * decide. No JWT authorizer either: API Gateway's takes one issuer, and the API accepts two
 * (Cognito's ID tokens and its own SSO sessions); every handler verifies the token itself
 * (functions/shared/auth/caller.ts) before any work.
 */
import type { ThrottleSettings } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpApi, HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct, type IDependable } from 'constructs';
import { type Route, type RouteGroup, routeKey, routes as routeTable } from '../../functions/routes.js';
import { type LambdaName, lambdaEntry } from '../bundling.js';
import { acknowledge } from '../nag.js';
import { type AccountMailProps, grantAccountMail, grantMailSender } from './account-mail.js';
import { ApiFunction, type AppTableRefs } from './api-function.js';
import { ApiStage } from './api-stage.js';
import { permit } from './function-permissions.js';
import { type IdentityRefs, lambdaIdentityEnvironment } from './identity.js';
import { stageSecret } from './stage-secret.js';

export type { IdentityRefs } from './identity.js';

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
  /**
   * Reserved concurrency per Lambda; absent names get none.
   * @default none reserved
   */
  readonly reservedConcurrency?: Partial<Record<LambdaName, number>>;
  /**
   * Steady rate and burst of every route.
   * @default 100 requests/s, burst 200
   */
  readonly throttle?: Required<ThrottleSettings>;
  /**
   * Limit of the public routes that write (sign-up, login, guest posting...).
   * @default 20 requests/s, burst 40
   */
  readonly publicWriteThrottle?: Required<ThrottleSettings>;
  /**
   * Retention of the function and access logs.
   * @default RetentionDays.ONE_MONTH
   */
  readonly logRetention?: RetentionDays;
  /**
   * CloudWatch namespace of the business metrics (functions/shared/metrics.ts).
   * @default 'Reagir'
   */
  readonly metricsNamespace?: string;
  /**
   * A custom domain and its regional certificate.
   * @default the execute-api URL
   */
  readonly domain?: { readonly name: string; readonly certificateArn: string };
  /**
   * The SES sender of the accounts Lambda's own mail (the existing-account message).
   * @default none: that mail is not sent
   */
  readonly mail?: AccountMailProps;
  /**
   * The console's address, for the links of the sites Lambda's mail (team invitations).
   * @default none: the links fall back on the API's origin + `/console/`
   */
  readonly consoleUrl?: string;
}

/** A Lambda of the API: a route group's, or the `fallback` behind `$default` (it serves no row). */
export type FunctionGroup = LambdaName;

/** The public HTTP API and its Lambdas, one per route group. */
export class ReagirHttpApi extends Construct {
  /** The API. */
  readonly api: HttpApi;
  /** Its stage, access logs and domain. */
  readonly stage: ApiStage;
  /** The Lambda of each route group, and of the fallback. */
  readonly functions: ReadonlyMap<FunctionGroup, ApiFunction>;
  /** The key that signs and verifies SSO sessions (functions/shared/auth/session-secret.ts). */
  readonly sessionSecret: Secret;
  /** The key of the public author pseudonyms (functions/shared/public-ids.ts). */
  readonly idsSecret: Secret;
  /**
   * What the CDN sends the API in `x-reagir-edge`, so the API believes its `CloudFront-Viewer-Address`
   * (the reader's address, for the per-address limits: functions/shared/http/client-address.ts).
   */
  readonly edgeSecret: Secret;
  /** Base URL, no trailing slash (the custom domain, else `https://<id>.execute-api.<region>.amazonaws.com`). */
  readonly url: string;

  constructor(scope: Construct, id: string, props: ReagirHttpApiProps) {
    super(scope, id);
    const rows = props.routes ?? routeTable;
    if (rows.length === 0) throw new Error('The route table is empty');

    this.sessionSecret = stageSecret(
      this,
      'SessionSecret',
      'HMAC key of the SSO sessions (functions/shared/auth/sso-session.ts)',
      'Sessions live an hour; rotating it signs every SSO reader out, who then sign in again silently.',
    );
    this.idsSecret = stageSecret(
      this,
      'IdsSecret',
      'HMAC key of the public author pseudonyms and of guest keys (functions/shared/public-ids.ts, guest-key.ts)',
      'Guest keys stored on comments, bans and reports are HMACs with it: rotating it would detach every guest from them.',
    );
    this.edgeSecret = stageSecret(
      this,
      'EdgeSecret',
      'Proof that a request came through the CDN, whose viewer address the API then reads (functions/shared/http/client-address.ts)',
      'Rotating it means redeploying the Web stack (the CDN sends it): until then the per-address limits see the CDN.',
    );
    const functions = new Map<FunctionGroup, ApiFunction>();
    const functionFor = (name: LambdaName, description: string) => {
      const fn = new ApiFunction(this, `${pascal(name)}Function`, {
        entry: lambdaEntry(name),
        description,
        memorySize: props.memorySize,
        logRetention: props.logRetention,
        reservedConcurrency: props.reservedConcurrency?.[name],
        environment: lambdaIdentityEnvironment(props.identity, props.metricsNamespace),
      });
      permit(fn, name, props.tables, props.identity.poolArn);
      if (name === 'accounts') grantAccountMail(fn, props.mail);
      if (name === 'comments') grantMailSender(fn, props.mail);
      // The team page's invitations and "you were added" emails, which link to the console.
      if (name === 'sites') {
        grantMailSender(fn, props.mail);
        if (props.consoleUrl) fn.addEnvironment('CONSOLE_URL', props.consoleUrl);
      }
      // Every route group reads SSO sessions (its handler verifies them); health and fallback do not.
      if (name !== 'fallback' && name !== 'health') {
        // Read from Secrets Manager on first use: never the key itself in the configuration.
        fn.addEnvironment('SESSION_SECRET_ARN', this.sessionSecret.secretArn);
        this.sessionSecret.grantRead(fn);
        // Every route group may present a comment (its author's pseudonym) or key a guest: both need the key.
        fn.addEnvironment('IDS_SECRET_ARN', this.idsSecret.secretArn);
        this.idsSecret.grantRead(fn);
      }
      // The groups that limit or record by the client's address (posting, reporting, invitations).
      if (name === 'comments' || name === 'moderation' || name === 'sites') {
        fn.addEnvironment('EDGE_SECRET_ARN', this.edgeSecret.secretArn);
        this.edgeSecret.grantRead(fn);
      }
      functions.set(name, fn);
      return fn;
    };

    const fallback = functionFor('fallback', 'Réagir: 404, 405 and CORS preflights ($default)');
    this.api = new HttpApi(this, 'Api', {
      description: 'Réagir comments API',
      defaultIntegration: new HttpLambdaIntegration('FallbackIntegration', fallback),
      // ApiStage creates `$default` with throttling and access logs.
      createDefaultStage: false,
    });

    const publicWrite = props.publicWriteThrottle ?? { rateLimit: 20, burstLimit: 40 };
    const routeThrottles = new Map<string, { throttle: Required<ThrottleSettings>; route: IDependable }>();
    const integrations = new Map<RouteGroup, HttpLambdaIntegration>();
    for (const route of rows) {
      let integration = integrations.get(route.group);
      if (!integration) {
        const fn = functionFor(route.group, `Réagir: ${route.group} routes`);
        integration = new HttpLambdaIntegration(`${pascal(route.group)}Integration`, fn);
        integrations.set(route.group, integration);
      }
      const [added] = this.api.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration,
      });
      // Anyone can call these and each one writes (or sends an email): the first target of a flood.
      if (added && route.access === 'public' && route.method !== 'GET') {
        routeThrottles.set(routeKey(route), { throttle: publicWrite, route: added });
      }
      if (added) {
        acknowledge(
          added,
          route.access === 'public'
            ? 'Public by design (docs/api.md): readers list comments and sign up without a token.'
            : 'Two issuers (Cognito, SSO sessions): the handler verifies the token before any work.',
          'AwsSolutions-APIG4',
        );
      }
    }
    const defaultRoute = this.api.node.tryFindChild('DefaultRoute');
    if (defaultRoute) {
      acknowledge(
        defaultRoute,
        '$default only answers 404, 405 and CORS preflights, which carry no token.',
        'AwsSolutions-APIG4',
      );
    }

    this.stage = new ApiStage(this, 'Stage', {
      httpApi: this.api,
      throttle: props.throttle ?? { rateLimit: 100, burstLimit: 200 },
      routeThrottles,
      logRetention: props.logRetention,
      domain: props.domain,
    });
    this.functions = functions;
    this.url = this.stage.url;
  }
}

const pascal = (name: string) =>
  name.replace(/(^|-)(\w)/g, (_match, _dash, letter: string) => letter.toUpperCase());
