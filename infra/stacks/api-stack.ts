/** Stateless stack: the Lambdas and the HTTP API, safe to destroy and redeploy at any time. */
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { AppTableRefs } from '../constructs/api-function.js';
import { CommentGuardrail } from '../constructs/comment-guardrail.js';
import { EventPipeline } from '../constructs/events.js';
import { type IdentityRefs, ReagirHttpApi, type ReagirHttpApiProps } from '../constructs/http-api.js';
import { ReactionCounts } from '../constructs/reaction-counts.js';
import { SiteExports } from '../constructs/site-exports.js';

/** Options of {@link ApiStack}: the data stack's resources and the API's settings. */
export interface ApiStackProps extends StackProps {
  /** The tables of the data stack. */
  readonly tables: AppTableRefs;
  /** The user pool and app client of the data stack. */
  readonly identity: IdentityRefs;
  /**
   * Routes, memory, throttling, logs, concurrency and domain of the API.
   * @default ReagirHttpApi's defaults
   */
  readonly settings?: Omit<ReagirHttpApiProps, 'tables' | 'identity'>;
  /**
   * A Bedrock guardrail that scores comments after the built-in rules (the stage's
   * `bedrockGuardrail`).
   * @default false: the built-in rules only, nothing created
   */
  readonly bedrockGuardrail?: boolean;
  /**
   * The console's address for the moderator alerts' links (the CDN's custom domain + `/console/`).
   * The CDN's own domain is known only after this stack: without a custom domain the links fall
   * back on the API's origin.
   * @default undefined
   */
  readonly consoleUrl?: string;
  /** The CloudFormation export naming the data stack's exports bucket (the console's site export). */
  readonly exportsBucketExport: string;
  /** The stage, named in each export file's header. */
  readonly stage: string;
}

/** The HTTP API and one Lambda per route group, reading the data stack's resources. */
export class ApiStack extends Stack {
  /** The API and its functions. */
  readonly httpApi: ReagirHttpApi;
  /** Host of the execute-api endpoint, for the CDN's `/v1/*` origin. */
  readonly apiHost: string;
  /** The comments' guardrail, on a stage that turns it on. */
  readonly guardrail?: CommentGuardrail;
  /** The event pipeline: the stream's Lambda, the schedule, the mail set (issue 15). */
  readonly events: EventPipeline;
  /** The fold of reaction counts from the reactions table's stream (issue 18). */
  readonly reactionCounts: ReactionCounts;
  /** The console's site export: its worker Lambda and grants (issue 17). */
  readonly exports?: SiteExports;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    this.httpApi = new ReagirHttpApi(this, 'HttpApi', {
      ...props.settings,
      tables: props.tables,
      identity: props.identity,
      consoleUrl: props.consoleUrl,
    });
    const comments = this.httpApi.functions.get('comments');
    if (props.bedrockGuardrail && comments) {
      this.guardrail = new CommentGuardrail(this, 'CommentGuardrail');
      this.guardrail.grantApply(comments);
    }
    this.events = new EventPipeline(this, 'Events', {
      tables: props.tables,
      identity: props.identity,
      apiUrl: this.httpApi.url,
      consoleUrl: props.consoleUrl,
      mail: props.settings?.mail,
      memorySize: props.settings?.memorySize,
      logRetention: props.settings?.logRetention,
      metricsNamespace: props.settings?.metricsNamespace,
    });
    this.reactionCounts = new ReactionCounts(this, 'ReactionCounts', {
      tables: props.tables,
      identity: props.identity,
      metricsNamespace: props.settings?.metricsNamespace,
      memorySize: props.settings?.memorySize,
      logRetention: props.settings?.logRetention,
    });
    // The sites Lambda serves the unsubscribe links: it checks them with the same key.
    const sites = this.httpApi.functions.get('sites');
    if (sites) {
      sites.addEnvironment('ALERTS_SECRET_ARN', this.events.secret.secretArn);
      this.events.secret.grantRead(sites);
    }
    const archive = this.httpApi.functions.get('archive');
    if (archive)
      this.exports = new SiteExports(this, 'Exports', {
        tables: props.tables,
        identity: props.identity,
        bucketExport: props.exportsBucketExport,
        api: archive,
        stage: props.stage,
        logRetention: props.settings?.logRetention,
        metricsNamespace: props.settings?.metricsNamespace,
      });
    this.apiHost = `${this.httpApi.api.apiId}.execute-api.${this.region}.${this.urlSuffix}`;
    new CfnOutput(this, 'ApiUrl', { value: this.httpApi.url, description: 'Base URL of the API (data-api)' });
    const target = this.httpApi.stage.domainTarget;
    if (target)
      new CfnOutput(this, 'ApiDomainTarget', {
        value: target,
        description: 'CNAME target of the API domain',
      });
  }
}
