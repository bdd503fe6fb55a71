/**
 * Observability: one CloudWatch dashboard per stage: API traffic and errors, each Lambda,
 * the tables, the business metrics the functions publish, the CDN, and the alarms' state.
 * Kept at 50 metrics or fewer, the size a free-tier dashboard allows.
 */
import { Duration } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import type { IDistribution } from 'aws-cdk-lib/aws-cloudfront';
import {
  type Alarm,
  AlarmStatusWidget,
  Dashboard,
  GraphWidget,
  type IMetric,
  Metric,
  Stats,
} from 'aws-cdk-lib/aws-cloudwatch';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { metricNames } from '../../functions/shared/metrics.js';

/** Options of {@link ReagirDashboard}. */
export interface ReagirDashboardProps {
  readonly httpApi: IHttpApi;
  readonly functions: ReadonlyMap<string, IFunction>;
  readonly tables: ReadonlyMap<string, ITable>;
  readonly distribution: IDistribution;
  /** Name in the CloudWatch console; dashboards are global to the account, so it carries the stage. */
  readonly dashboardName: string;
  /** CloudWatch namespace of the business metrics (POWERTOOLS_METRICS_NAMESPACE). */
  readonly metricsNamespace: string;
  /**
   * Alarms whose state the dashboard shows.
   * @default none
   */
  readonly alarms?: readonly Alarm[];
}

const period = Duration.minutes(5);
const graph = (title: string, left: IMetric[], width = 8) =>
  new GraphWidget({ title, left, width, height: 6, period });

/** The stage's dashboard. */
export class ReagirDashboard extends Construct {
  /** The dashboard. */
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: ReagirDashboardProps) {
    super(scope, id);
    const api = props.httpApi;
    const fns = [...props.functions];
    const tables = [...props.tables];
    // CloudFront publishes its metrics in us-east-1 only, with Region=Global.
    const cdn = (metricName: string, statistic: string) =>
      new Metric({
        namespace: 'AWS/CloudFront',
        metricName,
        region: 'us-east-1',
        dimensionsMap: { DistributionId: props.distribution.distributionId, Region: 'Global' },
        statistic,
        period,
      });
    const business = metricNames.map(
      (metricName) =>
        new Metric({
          namespace: props.metricsNamespace,
          metricName,
          dimensionsMap: { service: 'reagir' },
          statistic: Stats.SUM,
          period,
        }),
    );

    this.dashboard = new Dashboard(this, 'Dashboard', {
      dashboardName: props.dashboardName,
      defaultInterval: Duration.days(1),
    });
    this.dashboard.addWidgets(
      graph('API requests and errors', [
        api.metricCount({ statistic: Stats.SUM }),
        api.metricClientError({ statistic: Stats.SUM }),
        api.metricServerError({ statistic: Stats.SUM }),
      ]),
      graph('API latency p99 (ms)', [api.metricLatency({ statistic: Stats.p(99) })]),
      graph('Comments, moderation and sign-ins', business),
    );
    this.dashboard.addWidgets(
      graph(
        'Lambda invocations',
        fns.map(([name, fn]) => fn.metricInvocations({ label: name, statistic: Stats.SUM })),
        6,
      ),
      graph(
        'Lambda errors',
        fns.map(([name, fn]) => fn.metricErrors({ label: name, statistic: Stats.SUM })),
        6,
      ),
      graph(
        'Lambda throttles',
        fns.map(([name, fn]) => fn.metricThrottles({ label: name, statistic: Stats.SUM })),
        6,
      ),
      graph(
        'Lambda duration p99 (ms)',
        fns.map(([name, fn]) => fn.metricDuration({ label: name, statistic: Stats.p(99) })),
        6,
      ),
    );
    this.dashboard.addWidgets(
      graph(
        'DynamoDB consumed capacity',
        tables.flatMap(([name, table]) => [
          table.metricConsumedReadCapacityUnits({ label: `${name} read`, statistic: Stats.SUM }),
          table.metricConsumedWriteCapacityUnits({ label: `${name} write`, statistic: Stats.SUM }),
        ]),
      ),
      graph(
        'DynamoDB throttle events',
        tables.flatMap(([name, table]) => [
          table.metric('ReadThrottleEvents', { label: `${name} read`, statistic: Stats.SUM }),
          table.metric('WriteThrottleEvents', { label: `${name} write`, statistic: Stats.SUM }),
        ]),
      ),
      graph('CDN requests and error rates', [
        cdn('Requests', Stats.SUM),
        cdn('BytesDownloaded', Stats.SUM),
        cdn('4xxErrorRate', Stats.AVERAGE),
        cdn('5xxErrorRate', Stats.AVERAGE),
      ]),
    );
    if (props.alarms && props.alarms.length > 0) {
      this.dashboard.addWidgets(
        new AlarmStatusWidget({ title: 'Alarms', alarms: [...props.alarms], width: 24, height: 4 }),
      );
    }
  }
}
