/**
 * Infra, issue 15: the event pipeline on AWS. The comments table streams both images; the events
 * Lambda reads it with partial batch responses, bisection, a failure queue and filters; a rule
 * calls the schedule each minute; a configuration set sends bounces and complaints to a topic the
 * feedback Lambda reads; the pipeline's alarms exist; no grant reaches `*` but ListStreams.
 */
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { type Resource, synthStacks, testConfig } from './synth-stacks.js';

const { data, api, monitoring } = synthStacks();
const functionsNamed = (entry: string) =>
  Object.entries(api.findResources('AWS::Lambda::Function')).filter(([, fn]) =>
    String((fn as Resource).Properties.Description ?? '').includes(entry),
  );

describe('the event pipeline', () => {
  it('streams both tables with both images (the reactions table for the fold of its counts)', () => {
    data.hasResourceProperties('AWS::DynamoDB::Table', {
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
    });
    const streamed = Object.values(data.findResources('AWS::DynamoDB::Table')).filter(
      (table) => (table as Resource).Properties.StreamSpecification,
    );
    expect(streamed).toHaveLength(2);
  });

  it('reads the stream with partial batch responses, bisection, retries, a failure queue and filters', () => {
    api.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: 100,
      BisectBatchOnFunctionError: true,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      MaximumRetryAttempts: 10,
      MaximumRecordAgeInSeconds: 86_400,
      DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
      FilterCriteria: {
        Filters: [
          {
            Pattern: JSON.stringify({
              dynamodb: { Keys: { pk: { S: [{ prefix: 'PAGE#' }] }, sk: { S: [{ prefix: 'C#' }] } } },
            }),
          },
          { Pattern: JSON.stringify({ dynamodb: { Keys: { pk: { S: [{ prefix: 'REPORTS#' }] } } } }) },
          {
            Pattern: JSON.stringify({
              dynamodb: {
                Keys: { pk: { S: [{ prefix: 'MEMBER#' }] } },
                NewImage: { warning: { M: { id: { S: [{ exists: true }] } } } },
              },
            }),
          },
        ],
      },
    });
    api.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true });
  });

  it('calls the schedule each minute', () => {
    api.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'rate(1 minute)' });
    expect(functionsNamed('Each minute')).toHaveLength(1);
  });

  it('sends bounces and complaints to the feedback Lambda', () => {
    api.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      EventDestination: Match.objectLike({ MatchingEventTypes: ['bounce', 'complaint'], Enabled: true }),
    });
    api.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'lambda' });
    expect(functionsNamed('bounces and complaints')).toHaveLength(1);
  });

  it('names the secret to the Lambdas that sign or check links, never its value', () => {
    const template = JSON.stringify(api.toJSON());
    expect(template).not.toContain('{{resolve:secretsmanager');
    const readers = [...functionsNamed('')].filter(([, fn]) => {
      const env = (fn as Resource).Properties.Environment as
        | { Variables?: Record<string, unknown> }
        | undefined;
      return env?.Variables && 'ALERTS_SECRET_ARN' in env.Variables;
    });
    // The events and schedule Lambdas sign links, the sites Lambda checks them.
    expect(readers.length).toBeGreaterThanOrEqual(3);
    for (const [, fn] of readers) {
      const env = (fn as Resource).Properties.Environment as { Variables: Record<string, unknown> };
      expect(Object.keys(env.Variables)).not.toContain('ALERTS_SECRET');
    }
  });

  it('gives the pipeline the secret, the configuration set and the API URL', () => {
    api.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: Match.objectLike({ PasswordLength: 48 }),
    });
    let pipeline = 0;
    for (const [, fn] of functionsNamed('')) {
      const variables = ((fn as Resource).Properties.Environment as { Variables: Record<string, unknown> })
        .Variables;
      // The pipeline's Lambdas (the sites Lambda only checks links: the test above).
      if (!('ALERTS_SECRET_ARN' in variables) || !('SES_CONFIGURATION_SET' in variables)) continue;
      pipeline++;
      expect(Object.keys(variables)).toEqual(
        expect.arrayContaining([
          'PUBLIC_API_URL',
          'SES_CONFIGURATION_SET',
          'COMMENTS_TABLE',
          'COGNITO_USER_POOL_ID',
        ]),
      );
    }
    expect(pipeline).toBeGreaterThanOrEqual(2);
  });

  it('points the moderator alerts’ console links at the CDN’s custom domain when the stage has one', () => {
    const cdn = {
      name: 'commentaires.example.fr',
      certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/0f0e0d0c-0b0a-0908-0706-050403020100',
    };
    const withDomain = synthStacks({ config: testConfig({ domains: { cdn } }) }).api;
    const consoleUrls = (template: typeof api) =>
      Object.values(template.findResources('AWS::Lambda::Function')).flatMap((fn) => {
        const variables = ((fn as Resource).Properties.Environment as { Variables?: Record<string, unknown> })
          ?.Variables;
        return variables && 'CONSOLE_URL' in variables ? [variables.CONSOLE_URL] : [];
      });
    expect(new Set(consoleUrls(withDomain))).toEqual(new Set(['https://commentaires.example.fr/console/']));
    expect(consoleUrls(api)).toEqual([]);
  });

  it('grants nothing on * but the stream listing Lambda needs', () => {
    const statements = Object.values(api.findResources('AWS::IAM::Policy')).flatMap(
      (policy) =>
        (
          (policy as Resource).Properties.PolicyDocument as {
            Statement: { Action: string | string[]; Resource: unknown }[];
          }
        ).Statement,
    );
    const onStar = statements.filter((statement) => statement.Resource === '*');
    expect(onStar.flatMap((statement) => [statement.Action].flat())).toEqual(
      onStar.length ? expect.arrayContaining(['dynamodb:ListStreams']) : [],
    );
    for (const statement of onStar) expect([statement.Action].flat()).toEqual(['dynamodb:ListStreams']);
  });

  it('alarms on given-up batches and a handler falling behind', () => {
    const alarms = Object.values(monitoring.findResources('AWS::CloudWatch::Alarm')) as Resource[];
    const names = alarms.map((alarm) => JSON.stringify(alarm.Properties));
    expect(names.some((a) => a.includes('ApproximateNumberOfMessagesVisible'))).toBe(true);
    expect(names.some((a) => a.includes('IteratorAge'))).toBe(true);
  });
});
