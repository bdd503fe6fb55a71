/** Infra: alarms reach the configured email through SNS, and a dashboard shows the stage. */
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { routeGroups } from '../../functions/routes.js';
import { metricNames } from '../../functions/shared/metrics.js';
import { type Resource, synthStacks, testConfig } from './synth-stacks.js';

const { monitoring } = synthStacks();
const alarms = () => Object.values(monitoring.findResources('AWS::CloudWatch::Alarm')) as Resource[];
const metricNamesOf = (alarm: Resource) =>
  JSON.stringify(alarm.Properties.Metrics ?? alarm.Properties.MetricName);
// The route groups, the fallback, the event pipeline's stream, schedule and mail-feedback Lambdas,
// and the export worker.
const functionCount = routeGroups().length + 1 + 5;

describe('the alarms', () => {
  it('go to an SSL-only SNS topic with the configured email subscribed', () => {
    monitoring.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@example.fr',
    });
    monitoring.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
    for (const alarm of alarms()) {
      expect(alarm.Properties.AlarmActions).toHaveLength(1);
      expect(alarm.Properties.TreatMissingData).toBe('notBreaching');
    }
  });

  it('watch the API’s 5xx rate', () => {
    const rate = alarms().filter(
      (a) => metricNamesOf(a).includes('5xx') && metricNamesOf(a).includes('Count'),
    );
    expect(rate).toHaveLength(1);
    expect(JSON.stringify(rate[0]?.Properties.Metrics)).toContain('100 * errors / requests');
    expect(rate[0]?.Properties.Threshold).toBe(5);
  });

  it('watch every Lambda’s errors and throttles', () => {
    expect(alarms().filter((a) => a.Properties.MetricName === 'Errors')).toHaveLength(functionCount);
    expect(alarms().filter((a) => a.Properties.MetricName === 'Throttles')).toHaveLength(functionCount);
  });

  it('watch each table’s throttles and system errors', () => {
    expect(alarms().filter((a) => metricNamesOf(a).includes('WriteThrottleEvents'))).toHaveLength(2);
    expect(alarms().filter((a) => metricNamesOf(a).includes('SystemErrors'))).toHaveLength(2);
  });

  it('are left out, topic too, when the stage turns them off', () => {
    const { monitoring: quiet } = synthStacks({ config: testConfig({ alarms: false, dashboard: false }) });
    quiet.resourceCountIs('AWS::CloudWatch::Alarm', 0);
    quiet.resourceCountIs('AWS::SNS::Topic', 0);
    quiet.resourceCountIs('AWS::CloudWatch::Dashboard', 0);
  });
});

describe('the dashboard', () => {
  it('shows the business metrics, the CDN and the alarms, in 50 metrics or fewer', () => {
    monitoring.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
    const [dashboard] = Object.values(monitoring.findResources('AWS::CloudWatch::Dashboard')) as Resource[];
    const body = JSON.stringify(dashboard?.Properties.DashboardBody);
    for (const name of metricNames) expect(body).toContain(name);
    expect(body).toContain('Reagir/test');
    expect(body).toContain('AWS/CloudFront');
    expect(body).toContain('alarm');
    expect(body.match(/\[\\"(AWS\/[A-Za-z]+|Reagir\/test)\\"/g)?.length).toBeLessThanOrEqual(50);
  });
});
