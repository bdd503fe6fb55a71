/** Infra: the data stack keeps the tables and the user pool safe, and the pool's emails bilingual. */
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import {
  commentsTableDefinition,
  reactionsTableDefinition,
  type TableDefinition,
} from '../../functions/shared/data/tables.js';
import { userGroups } from '../../infra/constructs/identity.js';
import { CODE, USERNAME } from '../../infra/constructs/identity-messages.js';
import { indexPattern, type Resource, synthStacks, testConfig } from './synth-stacks.js';

const { data } = synthStacks();
const email = { from: 'commentaires@example.fr', name: 'Réagir', replyTo: 'redaction@example.fr' };
// One synth for the settings a stage may change: a throwaway stage sending through SES.
const { data: tuned } = synthStacks({ config: testConfig({ deletionProtection: false, email }) });
const pool = () => Object.values(data.findResources('AWS::Cognito::UserPool'))[0] as Resource;

const tables: [string, TableDefinition][] = [
  ['comments', commentsTableDefinition],
  ['reactions', reactionsTableDefinition],
];

describe('the tables', () => {
  it('are exactly two', () => {
    data.resourceCountIs('AWS::DynamoDB::Table', 2);
  });

  it.each(tables)(
    'keeps the %s table on demand, recoverable, protected, retained and expiring',
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

  it('projects the queue filters and the search narrowly, so a reaction count writes none of them', () => {
    const comments = Object.values(data.findResources('AWS::DynamoDB::Table')).find((table) =>
      JSON.stringify(table).includes('moderation-queue'),
    ) as Resource;
    const indexes = comments.Properties.GlobalSecondaryIndexes as {
      IndexName: string;
      Projection: { ProjectionType: string; NonKeyAttributes?: string[] };
    }[];
    const projection = (name: string) => indexes.find((index) => index.IndexName === name)?.Projection;
    expect(projection('queue-by-author')).toEqual({ ProjectionType: 'INCLUDE', NonKeyAttributes: ['page'] });
    expect(projection('queue-by-article')).toEqual({ ProjectionType: 'KEYS_ONLY' });
    expect(projection('search')).toEqual({
      ProjectionType: 'INCLUDE',
      NonKeyAttributes: ['page', 'searchText'],
    });
  });

  it('turns deletion protection off only when the stage says so (throwaway stages)', () => {
    const throwaway = tuned;
    throwaway.allResourcesProperties('AWS::DynamoDB::Table', { DeletionProtectionEnabled: false });
    throwaway.allResources('AWS::DynamoDB::Table', { DeletionPolicy: 'Retain' });
  });
});

describe('the user pool', () => {
  it('is retained, protected, has no physical name, signs in by email and verifies by code', () => {
    data.hasResource('AWS::Cognito::UserPool', {
      DeletionPolicy: 'Retain',
      Properties: {
        UserPoolName: Match.absent(),
        DeletionProtection: 'ACTIVE',
        UsernameAttributes: ['email'],
        AutoVerifiedAttributes: ['email'],
        AdminCreateUserConfig: Match.objectLike({ AllowAdminCreateUserOnly: false }),
        Policies: { PasswordPolicy: Match.objectLike({ MinimumLength: 8 }) },
        VerificationMessageTemplate: Match.objectLike({ DefaultEmailOption: 'CONFIRM_WITH_CODE' }),
      },
    });
  });

  it('sends codes in French then English, wording that fits sign-up and password reset', () => {
    const template = pool().Properties.VerificationMessageTemplate as {
      EmailSubject: string;
      EmailMessage: string;
    };
    expect(template.EmailSubject).toMatch(/Votre code.*Your .*code/);
    expect(template.EmailMessage).toContain(CODE);
    expect(template.EmailMessage).toContain('lang="fr"');
    expect(template.EmailMessage).toContain('lang="en"');
    expect(template.EmailMessage).toMatch(/mot de passe/);
    expect(template.EmailMessage.indexOf('lang="fr"')).toBeLessThan(
      template.EmailMessage.indexOf('lang="en"'),
    );
  });

  it('sends invitations in both languages with the user name and temporary password', () => {
    const invite = (
      pool().Properties.AdminCreateUserConfig as { InviteMessageTemplate: Record<string, string> }
    ).InviteMessageTemplate;
    expect(invite.EmailMessage).toContain(CODE);
    expect(invite.EmailMessage).toContain(USERNAME);
    expect(invite.EmailSubject).toContain('/');
  });

  it('names the stage’s product in the emails, not Réagir', () => {
    const { data: named } = synthStacks({ config: testConfig({ productName: 'Le Journal & Co' }) });

    const namedPool = Object.values(named.findResources('AWS::Cognito::UserPool'))[0] as Resource;
    const properties = namedPool.Properties;
    const verification = properties.VerificationMessageTemplate as Record<string, string>;
    const invite = (properties.AdminCreateUserConfig as { InviteMessageTemplate: Record<string, string> })
      .InviteMessageTemplate;
    expect(verification.EmailSubject).toBe('Votre code Le Journal & Co / Your Le Journal & Co code');
    expect(verification.EmailMessage).toContain('Le Journal &amp; Co');
    expect(invite.EmailSubject).toContain('Le Journal & Co');
    expect(JSON.stringify([verification, invite])).not.toContain('Réagir');
  });

  it('names Réagir in the emails when the stage names no product', () => {
    const verification = pool().Properties.VerificationMessageTemplate as Record<string, string>;

    expect(verification.EmailSubject).toBe('Votre code Réagir / Your Réagir code');
  });

  it('lets each account turn on TOTP MFA, never SMS, and requires it of nobody', () => {
    data.hasResourceProperties('AWS::Cognito::UserPool', {
      MfaConfiguration: 'OPTIONAL',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
    });
  });

  it('uses Cognito’s own email when no sender is configured', () => {
    data.hasResourceProperties('AWS::Cognito::UserPool', {
      EmailConfiguration: { EmailSendingAccount: 'COGNITO_DEFAULT' },
    });
  });

  it('sends through SES from the configured sender', () => {
    const withSes = tuned;
    withSes.hasResourceProperties('AWS::Cognito::UserPool', {
      EmailConfiguration: {
        EmailSendingAccount: 'DEVELOPER',
        // The display name is RFC 2047-encoded (é is not ASCII).
        From: '=?UTF-8?B?UsOpYWdpcg==?= <commentaires@example.fr>',
        ReplyToEmailAddress: 'redaction@example.fr',
        SourceArn: Match.objectLike({ 'Fn::Join': Match.anyValue() }),
      },
    });
    expect(JSON.stringify(withSes.toJSON())).toContain('ses:eu-west-3');
  });

  it('sends from the verified domain identity when the stage names one', () => {
    const domainMail = { from: 'commentaires@example.fr', verifiedDomain: 'example.fr' };

    const { data: withDomain } = synthStacks({ config: testConfig({ email: domainMail }) });

    const pools = Object.values(withDomain.findResources('AWS::Cognito::UserPool')) as Resource[];
    const mail = pools.map((userPool) => userPool.Properties.EmailConfiguration as { SourceArn?: unknown });
    expect(JSON.stringify(mail.map((m) => m.SourceArn))).toContain(':identity/example.fr');
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
