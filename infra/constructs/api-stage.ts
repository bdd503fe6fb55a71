/**
 * API: the `$default` stage of the HTTP API, with throttling (a default for every route and a
 * tighter limit for the public write routes: sign-up, login, guest posting), JSON access logs in
 * a log group of their own, and the optional custom domain.
 */
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  type CfnStage,
  DomainName,
  type HttpApi,
  HttpStage,
  LogGroupLogDestination,
  type ThrottleSettings,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct, type IDependable } from 'constructs';

/** Options of {@link ApiStage}. */
export interface ApiStageProps {
  readonly httpApi: HttpApi;
  /** Steady rate and burst for every route. */
  readonly throttle: Required<ThrottleSettings>;
  /** Route keys (`POST /v1/auth/login`) with a limit of their own, and the routes themselves. */
  readonly routeThrottles: ReadonlyMap<string, { throttle: Required<ThrottleSettings>; route: IDependable }>;
  /**
   * How long access logs are kept.
   * @default RetentionDays.ONE_MONTH
   */
  readonly logRetention?: RetentionDays;
  /**
   * A custom domain and its regional ACM certificate.
   * @default the execute-api URL only
   */
  readonly domain?: { readonly name: string; readonly certificateArn: string };
}

// What an operator needs to follow a request; no IP address, no user agent, no body (personal data).
const accessLogFields = {
  requestId: '$context.requestId',
  time: '$context.requestTimeEpoch',
  routeKey: '$context.routeKey',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  latencyMs: '$context.responseLatency',
  integrationLatencyMs: '$context.integrationLatency',
  integrationStatus: '$context.integrationStatus',
  error: '$context.error.message',
  authorizerError: '$context.authorizer.error',
};

/** The stage the API serves on, its access logs and its domain. */
export class ApiStage extends Construct {
  /** The `$default` stage. */
  readonly stage: HttpStage;
  /** Where access logs go. */
  readonly accessLogs: LogGroup;
  /** The API's public base URL, no trailing slash: the custom domain when set. */
  readonly url: string;
  /** The host a DNS CNAME of the custom domain must point to, when there is one. */
  readonly domainTarget?: string;

  constructor(scope: Construct, id: string, props: ApiStageProps) {
    super(scope, id);
    for (const [key, { throttle }] of [
      ['default', { throttle: props.throttle }],
      ...props.routeThrottles,
    ] as const) {
      if (!(throttle.rateLimit > 0) || !(throttle.burstLimit > 0)) {
        throw new Error(`Throttle of ${key} must have a rate and a burst above 0`);
      }
    }
    this.accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
    });
    const domainName = props.domain
      ? new DomainName(this, 'Domain', {
          domainName: props.domain.name,
          certificate: Certificate.fromCertificateArn(this, 'Certificate', props.domain.certificateArn),
        })
      : undefined;
    this.stage = new HttpStage(this, 'Default', {
      httpApi: props.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: props.throttle,
      domainMapping: domainName ? { domainName } : undefined,
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(accessLogFields)),
      },
    });
    const routeSettings: Record<string, { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }> = {};
    for (const [key, { throttle, route }] of props.routeThrottles) {
      routeSettings[key] = {
        ThrottlingRateLimit: throttle.rateLimit,
        ThrottlingBurstLimit: throttle.burstLimit,
      };
      // API Gateway refuses settings for a route it does not know yet.
      this.stage.node.addDependency(route);
    }
    if (props.routeThrottles.size > 0) {
      (this.stage.node.defaultChild as CfnStage).addPropertyOverride('RouteSettings', routeSettings);
    }
    this.url = domainName ? `https://${props.domain?.name}` : props.httpApi.apiEndpoint;
    this.domainTarget = domainName?.regionalDomainName;
  }
}
