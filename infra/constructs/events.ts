/**
 * Events: the pipeline of issue 15 on AWS, the same code the local stack runs. The comments
 * table's stream feeds the events Lambda (functions/events/handler.ts) through an event source
 * mapping with partial batch responses, bisection on error and an on-failure queue; a rule calls
 * the schedule Lambda (functions/events/schedule-handler.ts) each minute for retries, reply
 * batches and digests. Both send as the stage's SES sender, through a configuration set whose
 * bounces and complaints reach a topic (functions/events/ses-feedback-handler.ts stops alerts to
 * those addresses), and sign unsubscribe links with a secret of the stage.
 */

import { Duration, Stack } from 'aws-cdk-lib';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SnsEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import {
  ConfigurationSet,
  ConfigurationSetEventDestination,
  EmailSendingEvent,
  EventDestination,
} from 'aws-cdk-lib/aws-ses';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledge } from '../nag.js';
import { type AccountMailProps, grantMailSender } from './account-mail.js';
import { ApiFunction } from './api-function.js';
import { type IdentityRefs, lambdaIdentityEnvironment } from './identity.js';
import { stageSecret } from './stage-secret.js';
import type { AppTableRefs } from './table-access.js';

/** Options of {@link EventPipeline}. */
export interface EventPipelineProps {
  readonly tables: AppTableRefs;
  readonly identity: IdentityRefs;
  /** The API's base URL: unsubscribe and confirmation links point there. */
  readonly apiUrl: string;
  /**
   * The console's address, for the moderator alerts' links (`https://<cdn domain>/console/`).
   * @default the API's origin + `/console/`, which only the local stack serves: set it on a stage
   */
  readonly consoleUrl?: string;
  /** The stage's SES sender; without one no alert is sent (the effects are kept as failed). */
  readonly mail?: AccountMailProps;
  /** @default 512 (ApiFunction's) */
  readonly memorySize?: number;
  /** How long the Lambdas' logs are kept. @default ApiFunction's */
  readonly logRetention?: RetentionDays;
  /** The business metrics' namespace, as the API's Lambdas. @default 'Reagir' */
  readonly metricsNamespace?: string;
}

/** The events and schedule Lambdas, their triggers, the failure queue, the secret and the mail set. */
export class EventPipeline extends Construct {
  readonly handler: ApiFunction;
  readonly schedule: ApiFunction;
  readonly feedback: ApiFunction;
  /** Batches the mapping gave up on (their records' coordinates, for a replay by hand). */
  readonly failures: Queue;
  readonly secret: Secret;
  readonly configurationSet: ConfigurationSet;

  constructor(scope: Construct, id: string, props: EventPipelineProps) {
    super(scope, id);
    const comments = props.tables.comments.table;
    this.failures = new Queue(this, 'StreamFailures', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledge(
      this.failures,
      'This queue is itself the dead-letter destination of the stream mapping.',
      'AwsSolutions-SQS3',
    );
    this.secret = stageSecret(
      this,
      'AlertsSecret',
      'HMAC key of the alerts unsubscribe links (functions/alerts)',
      'Rotating it would void every unsubscribe link already mailed; it signs links, it guards no data.',
    );
    const feedbackTopic = new Topic(this, 'MailFeedback', {
      enforceSSL: true,
      displayName: 'Réagir bounces and complaints',
    });
    acknowledge(
      feedbackTopic,
      'SES notifications of bounces carry only the address, kept hashed; the managed key refuses SES.',
      'AwsSolutions-SNS2',
    );
    this.configurationSet = new ConfigurationSet(this, 'MailSet', {});
    new ConfigurationSetEventDestination(this, 'MailSetFeedback', {
      configurationSet: this.configurationSet,
      destination: EventDestination.snsTopic(feedbackTopic),
      events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
    });

    const environment = {
      PUBLIC_API_URL: props.apiUrl,
      ...(props.consoleUrl ? { CONSOLE_URL: props.consoleUrl } : {}),
      // Read from Secrets Manager at cold start (functions/alerts/secret.ts): never the key itself.
      ALERTS_SECRET_ARN: this.secret.secretArn,
      SES_CONFIGURATION_SET: this.configurationSet.configurationSetName,
      ...lambdaIdentityEnvironment(props.identity, props.metricsNamespace),
    };
    const lambda = (name: string, entry: string, description: string, timeout: number) => {
      const fn = new ApiFunction(this, name, {
        entry,
        description,
        memorySize: props.memorySize,
        logRetention: props.logRetention,
        timeout: Duration.seconds(timeout),
        environment,
      });
      fn.useTables(props.tables, { comments: 'readWrite', reactions: 'none' });
      grantMailSender(fn, props.mail);
      this.secret.grantRead(fn);
      // Recipients' addresses and languages: `emailOf` (AdminGetUser) on this pool only.
      fn.addToRolePolicy(
        new PolicyStatement({ actions: ['cognito-idp:AdminGetUser'], resources: [props.identity.poolArn] }),
      );
      if (props.mail) {
        fn.addToRolePolicy(
          new PolicyStatement({
            actions: ['ses:SendEmail'],
            resources: [
              Stack.of(this).formatArn({
                service: 'ses',
                resource: 'configuration-set',
                resourceName: this.configurationSet.configurationSetName,
              }),
            ],
          }),
        );
      }
      return fn;
    };
    this.handler = lambda(
      'EventsFunction',
      'functions/events/handler.ts',
      'The comments stream: alerts, decisions told, webhooks',
      120,
    );
    acknowledge(
      this.handler.role ?? this.handler,
      'Lambda reads a stream with dynamodb:ListStreams, which takes no resource: the event source mapping adds it on *.',
      'AwsSolutions-IAM5[Resource::*]',
    );
    this.handler.addEventSource(
      new DynamoEventSource(comments, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 100,
        maxBatchingWindow: Duration.seconds(1),
        bisectBatchOnError: true,
        reportBatchItemFailures: true,
        retryAttempts: 10,
        maxRecordAge: Duration.hours(24),
        onFailure: new SqsDlq(this.failures),
        // Only comments, notice/statement items and warned members say anything (functions/events/stream-events.ts):
        // the pipeline's own writes and every other item never invoke the Lambda.
        filters: [
          FilterCriteria.filter({
            dynamodb: {
              Keys: { pk: { S: FilterRule.beginsWith('PAGE#') }, sk: { S: FilterRule.beginsWith('C#') } },
            },
          }),
          FilterCriteria.filter({ dynamodb: { Keys: { pk: { S: FilterRule.beginsWith('REPORTS#') } } } }),
          // A member item only once it holds a warning (the rider reads whether it is new).
          FilterCriteria.filter({
            dynamodb: {
              Keys: { pk: { S: FilterRule.beginsWith('MEMBER#') } },
              NewImage: { warning: { M: { id: { S: FilterRule.exists() } } } },
            },
          }),
        ],
      }),
    );
    this.schedule = lambda(
      'ScheduleFunction',
      'functions/events/schedule-handler.ts',
      'Each minute: retries, reply batches, digests',
      300,
    );
    new Rule(this, 'EveryMinute', {
      description: 'Runs the events schedule (retries, reply batches, digests)',
      schedule: Schedule.rate(Duration.minutes(1)),
      targets: [new LambdaFunction(this.schedule, { retryAttempts: 0 })],
    });
    this.feedback = lambda(
      'MailFeedbackFunction',
      'functions/events/ses-feedback-handler.ts',
      'SES bounces and complaints: stop alerts to the address',
      10,
    );
    this.feedback.addEventSource(new SnsEventSource(feedbackTopic));
  }
}
