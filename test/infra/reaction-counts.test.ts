/**
 * Infra, issue 18: the fold of reaction counts on AWS. The fold Lambda reads the reactions table's
 * stream one shard at a time, in batches gathered for a second, with partial batch responses,
 * bisection, and retries until a record expires; only marked items inserted or removed invoke it;
 * it may read and write the comments table and nothing of the reactions table but its stream.
 */
import { Capture, Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { type Resource, synthStacks } from './synth-stacks.js';

const { api } = synthStacks();
const fold = () =>
  Object.entries(api.findResources('AWS::Lambda::Function')).filter(([, fn]) =>
    String((fn as Resource).Properties.Description ?? '').includes('folds reaction counts'),
  ) as [string, Resource][];
/** The fold Lambda's resource (the first test checks there is exactly one). */
const foldResource = (): Resource => fold()[0]?.[1] ?? { Properties: {} };

describe('the fold of reaction counts', () => {
  it('has one Lambda, its handler the fold, with the tables in its environment', () => {
    // Assess
    const found = fold();
    expect(found).toHaveLength(1);
    const variables = (foldResource().Properties.Environment as { Variables: object }).Variables;
    expect(Object.keys(variables)).toEqual(expect.arrayContaining(['COMMENTS_TABLE', 'REACTIONS_TABLE']));
  });

  it('reads the reactions stream in order, a second’s batch at a time, and never gives a batch up', () => {
    // Assess
    api.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: fold()[0]?.[0] },
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: 1000,
      MaximumBatchingWindowInSeconds: 1,
      ParallelizationFactor: 1,
      BisectBatchOnFunctionError: true,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      MaximumRetryAttempts: -1,
      DestinationConfig: Match.absent(),
    });
  });

  it('is invoked only for marked reader items inserted or removed', () => {
    // Prepare
    const filters = new Capture();
    // Act
    api.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: fold()[0]?.[0] },
      FilterCriteria: { Filters: filters },
    });
    // Assess
    const patterns = (filters.asArray() as { Pattern: string }[]).map((f) => JSON.parse(f.Pattern));
    expect(patterns).toEqual([
      { eventName: ['INSERT'], dynamodb: { NewImage: { countedBy: { S: ['fold'] } } } },
      { eventName: ['REMOVE'], dynamodb: { OldImage: { countedBy: { S: ['fold'] } } } },
    ]);
  });

  it('may write the comments table and only read the reactions table’s stream', () => {
    // Prepare
    const role = foldResource().Properties.Role as { 'Fn::GetAtt': [string, string] };
    const policies = Object.values(api.findResources('AWS::IAM::Policy')).filter((p) =>
      ((p as Resource).Properties.Roles as { Ref: string }[]).some((r) => r.Ref === role['Fn::GetAtt'][0]),
    );
    type Statement = { Action: string | string[]; Resource: unknown };
    const statements = policies.flatMap(
      (p) => ((p as Resource).Properties.PolicyDocument as { Statement: Statement[] }).Statement,
    );
    // Act: the actions granted on each table, told apart by the data stack's output they name
    const on = (table: string) =>
      statements
        .filter((s) => JSON.stringify(s.Resource).includes(`Tables${table}`))
        .flatMap((s) => [s.Action].flat());
    // Assess
    expect(on('Comments')).toEqual(expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:UpdateItem']));
    expect(on('Reactions').length).toBeGreaterThan(0);
    expect(on('Reactions').filter((action) => !/Stream|GetRecords|GetShardIterator/.test(action))).toEqual(
      [],
    );
  });
});

describe('the fold’s alarms', () => {
  it('alarms when the fold is a minute or more behind the reactions', () => {
    // Prepare
    const { monitoring } = synthStacks();
    // Assess
    monitoring?.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'IteratorAge',
      Threshold: 60_000,
      AlarmDescription: Match.stringLikeRegexp('fold of the counts'),
    });
  });
});
