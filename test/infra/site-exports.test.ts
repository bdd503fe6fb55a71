/**
 * Infra, issue 17: the console's site export on AWS. The data stack keeps a private exports bucket
 * (no public access, SSL only, S3-managed encryption, files deleted after a day, retained); the
 * export worker runs 15 minutes with 1 GB, scans the comments table, writes the bucket and its own
 * job; the archive Lambda may invoke the worker and read (to pre-sign) the bucket's files, no more.
 */
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { type Resource, statementsOf, synthStacks } from './synth-stacks.js';

const { data, api, stacks, functionOf, roleOf } = synthStacks();
const buckets = () => Object.values(data.findResources('AWS::S3::Bucket')) as Resource[];
const workerId = () => stacks.api.getLogicalId(stacks.api.exports?.worker.node.defaultChild as never);
const workerRoleId = () =>
  stacks.api.getLogicalId(stacks.api.exports?.worker.role?.node.defaultChild as never);
/** Every statement of the inline policies and default policy attached to a role. */
const actionsOf = (roleId: string | undefined) =>
  statementsOf(api, roleId).flatMap((statement) => [statement.Action].flat() as string[]);
const statementWith = (roleId: string | undefined, action: string) =>
  statementsOf(api, roleId).find((statement) => [statement.Action].flat().includes(action));

describe('the exports bucket', () => {
  it('is the data stack’s only bucket, private, SSL only, S3-encrypted and retained', () => {
    expect(buckets()).toHaveLength(1);
    data.hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        BucketName: Match.absent(),
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
        },
      },
    });
    data.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('deletes every file, and any unfinished upload, after a day', () => {
    data.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: {
        Rules: [
          Match.objectLike({
            Status: 'Enabled',
            ExpirationInDays: 1,
            AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 },
          }),
        ],
      },
    });
  });
});

describe('the export worker', () => {
  it('runs 15 minutes with 1024 MB, names the bucket and the stage, and is never retried', () => {
    const worker = api.findResources('AWS::Lambda::Function')[workerId()] as Resource;
    expect(worker.Properties).toMatchObject({ Timeout: 900, MemorySize: 1024 });
    const env = (worker.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(env.EXPORTS_BUCKET).toBeDefined();
    expect(env.REAGIR_STAGE).toBe('test');
    expect(env.COMMENTS_TABLE).toBeDefined();
    api.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: workerId() },
      MaximumRetryAttempts: 0,
    });
  });

  it('reads and scans the comments table, and writes its own job items only', () => {
    const actions = actionsOf(workerRoleId());
    expect(actions).toEqual(expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:Scan']));
    expect(actions).not.toContain('dynamodb:PutItem');
    expect(statementWith(workerRoleId(), 'dynamodb:UpdateItem')?.Condition).toEqual({
      'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['EXPORT#*'] },
    });
    expect(JSON.stringify(statementsOf(api, workerRoleId()))).not.toContain('REACTIONS');
  });

  it('writes the bucket’s objects and reads none', () => {
    const actions = actionsOf(workerRoleId());
    expect(actions).toEqual(expect.arrayContaining(['s3:PutObject', 's3:AbortMultipartUpload']));
    expect(actions).not.toContain('s3:GetObject');
    expect(JSON.stringify(statementWith(workerRoleId(), 's3:PutObject')?.Resource)).toContain('/*');
  });
});

describe('the archive Lambda', () => {
  const archive = () => api.findResources('AWS::Lambda::Function')[functionOf('archive') ?? ''] as Resource;

  it('knows the bucket and the worker by their environment variables', () => {
    const env = (archive().Properties.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(env.EXPORTS_BUCKET).toBeDefined();
    expect(env.EXPORT_WORKER_NAME).toEqual({ Ref: workerId() });
  });

  it('may invoke the worker (not its versions) and read the files it pre-signs, nothing more of S3', () => {
    const invoke = statementWith(roleOf('archive'), 'lambda:InvokeFunction');
    expect(invoke?.Resource).toEqual({ 'Fn::GetAtt': [workerId(), 'Arn'] });
    const actions = actionsOf(roleOf('archive'));
    expect(actions.filter((action) => action.startsWith('s3:'))).toEqual(['s3:GetObject']);
    expect(actions).not.toContain('dynamodb:Scan');
  });

  it('is the only route group that may touch the bucket or the worker', () => {
    for (const group of [
      'comments',
      'accounts',
      'reactions',
      'moderation',
      'sites',
      'health',
      'fallback',
    ] as const) {
      const statements = JSON.stringify(statementsOf(api, roleOf(group)));
      expect({ group, s3: statements.includes('s3:') }).toEqual({ group, s3: false });
      expect(statements).not.toContain('lambda:InvokeFunction');
    }
  });
});
