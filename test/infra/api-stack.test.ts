/**
 * Infra: the API stack serves the route table, throttles, logs, and gives each Lambda only the
 * table actions and Cognito calls it makes. Routes are checked row by row from the route table.
 */
import type { CfnElement } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { routeGroups, routeKey, routes } from '../../functions/routes.js';
import { cognitoAdminActions, tableAccess } from '../../infra/constructs/function-permissions.js';
import { tableActions } from '../../infra/constructs/table-access.js';
import { lambdaBehind, type Resource, statementsOf, synthStacks, testConfig } from './synth-stacks.js';

const { api, stacks, functionOf, roleOf } = synthStacks();
// One synth for every setting a stage may change, so the file stays quick.
const tuned = synthStacks({
  config: testConfig({ throttle: { rateLimit: 7, burstLimit: 9 }, reservedConcurrency: { comments: 25 } }),
});
const groups = [...routeGroups(), 'fallback'] as const;

/** What the handlers read from the environment on AWS (functions/shared/config.ts and the verifier). */
const lambdaEnvironment = [
  'COMMENTS_TABLE',
  'REACTIONS_TABLE',
  'COGNITO_ISSUER',
  'COGNITO_JWKS_URL',
  'COGNITO_CLIENT_ID',
  'COGNITO_USER_POOL_ID',
  'POWERTOOLS_SERVICE_NAME',
  'POWERTOOLS_METRICS_NAMESPACE',
];

describe('the API routes', () => {
  it.each(routes.map((route) => [routeKey(route), route]))(
    'serves %s with its access level',
    (key, route) => {
      api.hasResourceProperties('AWS::ApiGatewayV2::Route', {
        RouteKey: key,
        // Two issuers (Cognito, SSO sessions): every handler verifies the token itself.
        AuthorizationType: 'NONE',
      });
      const expected = functionOf(route.group);
      expect(expected).toBeDefined();
      expect(lambdaBehind(api, key)).toBe(expected);
    },
  );

  it('sends every unmatched request to the fallback Lambda', () => {
    api.hasResourceProperties('AWS::ApiGatewayV2::Route', {
      RouteKey: '$default',
      AuthorizationType: 'NONE',
    });
    expect(lambdaBehind(api, '$default')).toBe(functionOf('fallback'));
  });

  it('leaves CORS to the Lambdas, which know each site’s origins', () => {
    api.hasResourceProperties('AWS::ApiGatewayV2::Api', { CorsConfiguration: Match.absent() });
  });

  it('has no JWT authorizer, which would refuse the API’s own SSO sessions', () => {
    api.resourceCountIs('AWS::ApiGatewayV2::Authorizer', 0);
  });

  it('gives every route group the SSO session and pseudonym keys by reference, never their value', () => {
    const secrets = api.findResources('AWS::SecretsManager::Secret');
    const [sessionSecret] = Object.entries(secrets).find(([, r]) =>
      String(r.Properties?.Description).includes('SSO sessions'),
    ) ?? [undefined];
    expect(sessionSecret).toBeDefined();
    for (const group of ['comments', 'accounts', 'reactions', 'moderation', 'sites'] as const) {
      const fn = api.findResources('AWS::Lambda::Function')[functionOf(group) ?? ''] as Resource;
      const env = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
      expect(env.SESSION_SECRET_ARN).toEqual({ Ref: sessionSecret });
      expect(env).not.toHaveProperty('SESSION_SECRET');
      expect(env.IDS_SECRET_ARN).toEqual({ Ref: expect.stringMatching(/IdsSecret/) });
      expect(env).not.toHaveProperty('IDS_SECRET');
    }
  });
});

describe('the API stage', () => {
  it('throttles every route by default and the public write routes harder', () => {
    const publicWrites = routes.filter((r) => r.access === 'public' && r.method !== 'GET').map(routeKey);
    expect(publicWrites).toContain('POST /v1/auth/login');
    const settings = Object.fromEntries(
      publicWrites.map((key) => [key, { ThrottlingRateLimit: 20, ThrottlingBurstLimit: 40 }]),
    );
    api.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 100, ThrottlingBurstLimit: 200 },
      RouteSettings: settings,
    });
  });

  it('takes its limits from the config', () => {
    tuned.api.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      DefaultRouteSettings: { ThrottlingRateLimit: 7, ThrottlingBurstLimit: 9 },
    });
  });

  it('writes JSON access logs, without IP addresses, to a log group kept a month', () => {
    const stage = Object.values(api.findResources('AWS::ApiGatewayV2::Stage'))[0] as Resource;
    const settings = stage.Properties.AccessLogSettings as { DestinationArn: unknown; Format: string };
    expect(JSON.stringify(settings.DestinationArn)).toContain('AccessLogs');
    expect(Object.keys(JSON.parse(settings.Format))).toEqual(
      expect.arrayContaining(['requestId', 'routeKey', 'status']),
    );
    expect(settings.Format).not.toContain('sourceIp');
    api.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
  });

  it('outputs the API URL', () => {
    api.hasOutput('ApiUrl', {});
  });
});

describe('the Lambdas', () => {
  it('has one Lambda per route group plus the fallback, the event pipeline’s three, the export worker and the reaction fold', () => {
    api.resourceCountIs('AWS::Lambda::Function', groups.length + 5);
  });

  it('runs every Lambda on Node.js 22 and arm64, with source maps, the table names and the user pool', () => {
    const variables = Object.fromEntries(lambdaEnvironment.map((name) => [name, Match.anyValue()]));
    api.allResourcesProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Environment: { Variables: { ...variables, NODE_OPTIONS: '--enable-source-maps' } },
    });
  });

  it('logs every Lambda as JSON with the platform at WARN, so START, END and REPORT lines are dropped', () => {
    api.allResourcesProperties('AWS::Lambda::Function', {
      LoggingConfig: { LogFormat: 'JSON', SystemLogLevel: 'WARN', ApplicationLogLevel: 'INFO' },
    });
  });

  it('takes runtime updates, and the AWS SDK they bring, only when a function is deployed', () => {
    api.allResourcesProperties('AWS::Lambda::Function', {
      RuntimeManagementConfig: { UpdateRuntimeOn: 'FunctionUpdate' },
    });
  });

  it('publishes business metrics under the stage’s namespace', () => {
    api.allResourcesProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ POWERTOOLS_METRICS_NAMESPACE: 'Reagir/test' }) },
    });
  });

  it('reserves no concurrency unless the config asks', () => {
    api.allResourcesProperties('AWS::Lambda::Function', { ReservedConcurrentExecutions: Match.absent() });
    const comments = tuned.api.findResources('AWS::Lambda::Function')[
      tuned.functionOf('comments') ?? ''
    ] as Resource;
    expect(comments.Properties.ReservedConcurrentExecutions).toBe(25);
  });

  it('uses no AWS managed policy: each role writes its own log group only', () => {
    api.allResourcesProperties('AWS::IAM::Role', { ManagedPolicyArns: Match.absent() });
  });

  it.each(groups)('lets %s do exactly what its table access and Cognito calls need', (group) => {
    const statements = statementsOf(api, roleOf(group));
    const actions = statements.flatMap((s) => [s.Action].flat() as string[]);
    const expected = [
      ...new Set([
        ...tableActions(tableAccess[group].comments),
        ...tableActions(tableAccess[group].reactions),
        ...cognitoAdminActions[group],
        // Every route group reads the SSO session key (the sites Lambda the unsubscribe links' too).
        ...(group === 'health' || group === 'fallback'
          ? []
          : ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret']),
        // The archive Lambda starts the export worker and signs links to its files (site-exports.test.ts).
        ...(group === 'archive' ? ['lambda:InvokeFunction', 's3:GetObject'] : []),
        'logs:CreateLogStream',
        'logs:PutLogEvents',
      ]),
    ];
    expect(new Set(actions)).toEqual(new Set(expected));
    expect(actions).not.toContain('dynamodb:Scan');
    expect(JSON.stringify(statements)).not.toMatch(/\/index\/\*|"\*"/);
  });

  it('lets the comments Lambda only read the reactions table (a reader’s own, when listing)', () => {
    const table = stacks.data.getLogicalId(stacks.data.tables.reactions.node.defaultChild as CfnElement);
    // The table itself, not its indexes (`<arn>/index/<name>`, which only ever get Query).
    const isTable = (resource: unknown) => {
      const json = JSON.stringify(resource);
      return json.includes(table) && !json.includes('/index/');
    };
    const onTable = statementsOf(api, roleOf('comments')).filter((s) => [s.Resource].flat().some(isTable));
    const actions = onTable.flatMap((statement) => [statement.Action].flat() as string[]);
    expect(actions).toContain('dynamodb:Query');
    for (const write of ['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem', 'ConditionCheckItem'])
      expect(actions).not.toContain(`dynamodb:${write}`);
  });

  it('keeps the health Lambda away from the tables', () => {
    expect(JSON.stringify(statementsOf(api, roleOf('health')))).not.toContain('dynamodb');
  });

  it('lets the accounts Lambda revoke every refresh token of an account (log out everywhere)', () => {
    const statements = JSON.stringify(statementsOf(api, roleOf('accounts')));
    expect(statements).toContain('cognito-idp:AdminUserGlobalSignOut');
  });

  it('lets the moderation Lambda list a user’s groups (a moderator may not ban a moderator)', () => {
    const statements = JSON.stringify(statementsOf(api, roleOf('moderation')));
    expect(statements).toContain('cognito-idp:AdminListGroupsForUser');
  });

  it('lets the moderation Lambda find an account by email (the search by email) and no other Lambda', () => {
    expect(JSON.stringify(statementsOf(api, roleOf('moderation')))).toContain('cognito-idp:ListUsers"');
    expect(JSON.stringify(statementsOf(api, roleOf('comments')))).not.toContain('cognito-idp:ListUsers"');
  });
});
