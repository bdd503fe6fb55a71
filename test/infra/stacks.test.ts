/**
 * Infra: the synthesized templates say what the design says. Routes are checked row by row from
 * the route table, so a new row is covered without touching this file.
 */
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { type Route, routeGroups, routeKey, routes } from '../../functions/routes.js';
import {
  commentsTableDefinition,
  reactionsTableDefinition,
  type TableDefinition,
} from '../../functions/shared/data/tables.js';
import { userGroups } from '../../infra/constructs/identity.js';
import { indexPattern, lambdaBehind, type Resource, synthStacks } from './synth-stacks.js';

const { stacks, data, api, functionOf, roleOf } = synthStacks();

/** What the handlers read from the environment on AWS (functions/shared/config.ts and the verifier). */
const lambdaEnvironment = [
  'COMMENTS_TABLE',
  'REACTIONS_TABLE',
  'COGNITO_ISSUER',
  'COGNITO_JWKS_URL',
  'COGNITO_CLIENT_ID',
  'COGNITO_USER_POOL_ID',
];

describe('the API stack', () => {
  it.each(routes.map((route) => [routeKey(route), route]))(
    'serves %s with its access level',
    (key, route) => {
      api.hasResourceProperties('AWS::ApiGatewayV2::Route', {
        RouteKey: key,
        AuthorizationType: route.access === 'public' ? 'NONE' : 'JWT',
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

  it('leaves CORS to the Lambdas', () => {
    api.hasResourceProperties('AWS::ApiGatewayV2::Api', { CorsConfiguration: Match.absent() });
  });

  it('has one Lambda per route group plus the fallback', () => {
    api.resourceCountIs('AWS::Lambda::Function', routeGroups().length + 1);
  });

  it('runs every Lambda on Node.js 22 and arm64', () => {
    api.allResourcesProperties('AWS::Lambda::Function', { Runtime: 'nodejs22.x', Architectures: ['arm64'] });
  });

  it('gives every Lambda the table names and the user pool settings', () => {
    const variables = Object.fromEntries(lambdaEnvironment.map((name) => [name, Match.anyValue()]));
    api.allResourcesProperties('AWS::Lambda::Function', { Environment: { Variables: variables } });
  });

  it('keeps the health Lambda away from the tables', () => {
    const policies = api.findResources('AWS::IAM::Policy', {
      Properties: { Roles: [{ Ref: roleOf('health') }] },
    });
    expect(Object.keys(policies)).toEqual([]);
  });

  it('lets the comments Lambda write both tables', () => {
    const policies = api.findResources('AWS::IAM::Policy', {
      Properties: { Roles: [{ Ref: roleOf('comments') }] },
    });
    const statements = JSON.stringify(Object.values(policies));
    expect(statements).toContain('dynamodb:PutItem');
    expect(statements).toContain('TablesComments');
    expect(statements).toContain('TablesReactions');
  });

  it('checks tokens of non-public routes against the user pool the handlers trust', () => {
    // A row of our own, so the wiring is checked whatever the table holds today.
    const reader: Route = {
      method: 'GET',
      path: '/v1/infra-test',
      group: 'health',
      operation: 'x',
      access: 'reader',
    };
    const { api: withReader } = synthStacks([...routes, reader]);

    withReader.hasResourceProperties('AWS::ApiGatewayV2::Route', {
      RouteKey: routeKey(reader),
      AuthorizationType: 'JWT',
      AuthorizerId: { Ref: Match.anyValue() },
    });
    const [lambda] = Object.values(withReader.findResources('AWS::Lambda::Function')) as Resource[];
    const env =
      (lambda?.Properties.Environment as { Variables?: Record<string, unknown> } | undefined)?.Variables ??
      {};
    withReader.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: { Issuer: env.COGNITO_ISSUER, Audience: [env.COGNITO_CLIENT_ID] },
    });
    expect(JSON.stringify(env.COGNITO_ISSUER)).toContain('https://cognito-idp.');
  });

  it('outputs the API URL', () => {
    api.hasOutput('ApiUrl', {});
  });
});

const tables: [string, TableDefinition][] = [
  ['comments', commentsTableDefinition],
  ['reactions', reactionsTableDefinition],
];

describe('the data stack', () => {
  it('has exactly the two tables', () => {
    data.resourceCountIs('AWS::DynamoDB::Table', 2);
  });

  it.each(tables)(
    'keeps the %s table on demand, recoverable, protected and retained',
    (_name, definition) => {
      data.hasResource('AWS::DynamoDB::Table', {
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
        Properties: {
          TableName: Match.absent(),
          BillingMode: 'PAY_PER_REQUEST',
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          DeletionProtectionEnabled: true,
          TimeToLiveSpecification: { AttributeName: definition.timeToLiveAttribute, Enabled: true },
          KeySchema: indexPattern({ name: '', ...definition }).KeySchema,
          LocalSecondaryIndexes: definition.localIndexes.length
            ? definition.localIndexes.map(indexPattern)
            : Match.absent(),
          GlobalSecondaryIndexes: definition.globalIndexes.map(indexPattern),
        },
      });
    },
  );

  it('retains a user pool with no physical name, email sign-in and codes by email', () => {
    data.hasResource('AWS::Cognito::UserPool', {
      DeletionPolicy: 'Retain',
      Properties: {
        UserPoolName: Match.absent(),
        UsernameAttributes: ['email'],
        AutoVerifiedAttributes: ['email'],
        AdminCreateUserConfig: { AllowAdminCreateUserOnly: false },
        Policies: { PasswordPolicy: { MinimumLength: 8 } },
        VerificationMessageTemplate: { DefaultEmailOption: 'CONFIRM_WITH_CODE' },
      },
    });
  });

  it('has a public app client that signs in with a password and refreshes', () => {
    data.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: false,
      ExplicitAuthFlows: Match.arrayEquals(['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']),
      PreventUserExistenceErrors: 'ENABLED',
    });
  });

  it.each(userGroups)('has the %s group', (groupName) => {
    data.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: groupName });
  });
});

describe('the app', () => {
  it('is environment-agnostic, so synth needs no credentials and one template deploys anywhere', () => {
    expect([stacks.data.environment, stacks.api.environment]).toEqual([
      'aws://unknown-account/unknown-region',
      'aws://unknown-account/unknown-region',
    ]);
  });
});
