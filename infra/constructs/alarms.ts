/**
 * Observability: the alarms that tell the site owner something broke (API 5xx rate, Lambda errors
 * and throttles, DynamoDB throttles and system errors), all sent to one SNS topic with the
 * configured email subscribed. Each alarm metric costs $0.10 a month (docs/cost.md).
 */
import { Duration } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  ComparisonOperator,
  type IMetric,
  MathExpression,
  Stats,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { type ITable, Operation } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledge } from '../nag.js';

/** Options of {@link Alarms}. */
export interface AlarmsProps {
  readonly httpApi: IHttpApi;
  /** The API's Lambdas, by name. */
  readonly functions: ReadonlyMap<string, IFunction>;
  /** The tables, by name. */
  readonly tables: ReadonlyMap<string, ITable>;
  /**
   * Who gets the alarms by email (they must confirm the subscription).
   * @default no subscriber: alarms show on the dashboard only
   */
  readonly email?: string;
  /**
   * API 5xx rate, in percent of requests, from which to alarm.
   * @default 5
   */
  readonly serverErrorPercent?: number;
  /**
   * The event pipeline (infra/constructs/events.ts): its failure queue and stream Lambda.
   * @default no pipeline alarms
   */
  readonly events?: {
    failures: IQueue;
    handler: IFunction;
    /** The fold of reaction counts (infra/constructs/reaction-counts.ts), on the reactions stream. */
    counts?: IFunction;
    functions: ReadonlyMap<string, IFunction>;
  };
}

const period = Duration.minutes(5);

// The operations the repositories send: a system error on any of them fails a reader's request.
const tableOperations = [
  Operation.GET_ITEM,
  Operation.BATCH_GET_ITEM,
  Operation.QUERY,
  Operation.PUT_ITEM,
  Operation.UPDATE_ITEM,
  Operation.DELETE_ITEM,
  Operation.TRANSACT_WRITE_ITEMS,
];

/** The alarm topic and every alarm. */
export class Alarms extends Construct {
  /** Where alarms (and their return to OK) are published. */
  readonly topic: Topic;
  /** Every alarm, for the dashboard. */
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id);
    this.topic = new Topic(this, 'Topic', { displayName: 'Réagir alarms', enforceSSL: true });
    acknowledge(
      this.topic,
      'Alarm notifications carry no personal data; the AWS-managed SNS key refuses CloudWatch, and a key of our own costs $1/month.',
      'AwsSolutions-SNS2',
    );
    if (props.email) this.topic.addSubscription(new EmailSubscription(props.email));
    const action = new SnsAction(this.topic);

    const add = (name: string, metric: IMetric, threshold: number, description: string, evaluation = 1) => {
      const alarm = new Alarm(this, name, {
        metric,
        alarmDescription: description,
        threshold,
        evaluationPeriods: Math.max(evaluation, 1),
        datapointsToAlarm: Math.max(evaluation - 1, 1),
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        // No traffic is no trouble: a quiet night must not raise an alarm.
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      alarm.addAlarmAction(action);
      alarm.addOkAction(action);
      this.alarms.push(alarm);
    };

    const percent = props.serverErrorPercent ?? 5;
    // Below 20 requests in 5 minutes one failure is not a rate; it still shows on the dashboard.
    const serverErrorRate = new MathExpression({
      expression: 'IF(requests >= 20, 100 * errors / requests, 0)',
      usingMetrics: {
        requests: props.httpApi.metricCount({ period, statistic: Stats.SUM }),
        errors: props.httpApi.metricServerError({ period, statistic: Stats.SUM }),
      },
      period,
      label: 'API 5xx %',
    });
    add('Api5xxRate', serverErrorRate, percent, `API: ${percent} % or more of requests answered 5xx`, 3);

    // The event pipeline's Lambdas are watched like the API's (not drawn on the dashboard: its 50 metrics).
    for (const [name, fn] of [...props.functions, ...(props.events?.functions ?? [])]) {
      // The HTTP wrapper catches every error, so a Lambda error is a crash, a timeout or a bad deploy.
      add(`${name}Errors`, fn.metricErrors({ period, statistic: Stats.SUM }), 1, `Lambda ${name}: errors`);
      add(
        `${name}Throttles`,
        fn.metricThrottles({ period, statistic: Stats.SUM }),
        1,
        `Lambda ${name}: throttled`,
      );
    }

    for (const [name, table] of props.tables) {
      const throttles = new MathExpression({
        expression: 'reads + writes',
        usingMetrics: {
          reads: table.metric('ReadThrottleEvents', { period, statistic: Stats.SUM }),
          writes: table.metric('WriteThrottleEvents', { period, statistic: Stats.SUM }),
        },
        period,
        label: `${name} throttle events`,
      });
      add(`${name}TableThrottles`, throttles, 1, `DynamoDB ${name}: requests throttled`);
      const systemErrors = table.metricSystemErrorsForOperations({ operations: tableOperations, period });
      add(`${name}TableSystemErrors`, systemErrors, 1, `DynamoDB ${name}: system errors`);
    }

    if (props.events) {
      const { failures, handler } = props.events;
      add(
        'StreamFailures',
        failures.metricApproximateNumberOfMessagesVisible({ period, statistic: Stats.MAXIMUM }),
        1,
        'Events: stream batches given up on (their alerts and webhooks were not sent; replay them)',
      );
      add(
        'StreamIteratorAge',
        handler.metric('IteratorAge', { period, statistic: Stats.MAXIMUM }),
        5 * 60_000,
        'Events: the handler is 5 minutes or more behind the comments',
        2,
      );
      // Stored reaction counts are exact once folded: a minute behind is far past the stated delay.
      if (props.events.counts)
        add(
          'ReactionCountsIteratorAge',
          props.events.counts.metric('IteratorAge', { period, statistic: Stats.MAXIMUM }),
          60_000,
          'Reactions: the fold of the counts is a minute or more behind the reactions',
          2,
        );
    }
  }
}
