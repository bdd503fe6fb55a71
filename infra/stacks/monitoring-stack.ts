/** Stateless stack: alarms, their SNS topic and the dashboard, reading the other three stacks. */
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import type { IDistribution } from 'aws-cdk-lib/aws-cloudfront';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { Alarms } from '../constructs/alarms.js';
import { ReagirDashboard } from '../constructs/dashboard.js';

/** Options of {@link MonitoringStack}. */
export interface MonitoringStackProps extends StackProps {
  readonly httpApi: IHttpApi;
  readonly functions: ReadonlyMap<string, IFunction>;
  /**
   * The event pipeline's failure queue and stream Lambda, for their alarms; `functions`: every Lambda
   * watched by the alarms but not drawn (the pipeline's, the archive routes' and the export worker).
   */
  readonly events?: {
    failures: IQueue;
    handler: IFunction;
    /** The fold of reaction counts, whose lag on its stream is alarmed too. */
    counts?: IFunction;
    functions: ReadonlyMap<string, IFunction>;
  };
  readonly tables: ReadonlyMap<string, ITable>;
  readonly distribution: IDistribution;
  /** The stage, which names the dashboard. */
  readonly stage: string;
  /** CloudWatch namespace of the business metrics. */
  readonly metricsNamespace: string;
  /**
   * Create the alarms and their topic (about $3.40 a month, docs/cost.md).
   * @default true
   */
  readonly alarms?: boolean;
  /**
   * Who gets the alarms by email.
   * @default no subscriber
   */
  readonly alarmEmail?: string;
  /**
   * Create the dashboard.
   * @default true
   */
  readonly dashboard?: boolean;
}

/** Alarms and dashboard of one stage. */
export class MonitoringStack extends Stack {
  /** The alarms and their topic, unless turned off. */
  readonly alarms?: Alarms;
  /** The dashboard, unless turned off. */
  readonly dashboard?: ReagirDashboard;

  constructor(scope: Construct, id: string, props: MonitoringStackProps) {
    super(scope, id, props);
    const { httpApi, functions, tables } = props;
    if (props.alarms ?? true) {
      this.alarms = new Alarms(this, 'Alarms', {
        httpApi,
        functions,
        tables,
        email: props.alarmEmail,
        events: props.events,
      });
      new CfnOutput(this, 'AlarmTopicArn', {
        value: this.alarms.topic.topicArn,
        description: 'Alarm notifications',
      });
    }
    if (props.dashboard ?? true) {
      this.dashboard = new ReagirDashboard(this, 'Dashboard', {
        httpApi,
        functions,
        tables,
        distribution: props.distribution,
        dashboardName: `Reagir-${props.stage}`,
        metricsNamespace: props.metricsNamespace,
        alarms: this.alarms?.alarms,
      });
    }
  }
}
