/**
 * Infra: the accounts Lambda sends its own mail (the existing-account message), and the comments
 * Lambda guests' confirmation links, through SES from the stage's sender only; no other Lambda
 * may; without a sender none gets a grant.
 * The enumeration-proof answers are held to a floor on AWS.
 */
import { describe, expect, it } from 'vitest';
import { AUTH_ANSWER_FLOOR_MS } from '../../infra/constructs/account-mail.js';
import { type Resource, statementsOf, synthStacks, testConfig } from './synth-stacks.js';

const email = { from: 'commentaires@example.fr', name: 'Réagir', replyTo: 'redaction@example.fr' };
const withSender = synthStacks({ config: testConfig({ email }) });
const without = synthStacks();

const variablesOf = (
  stacks: ReturnType<typeof synthStacks>,
  group: 'accounts' | 'comments' | 'moderation',
) => {
  const fn = stacks.api.findResources('AWS::Lambda::Function')[stacks.functionOf(group) ?? ''] as Resource;
  return (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
};
const sesStatements = (
  stacks: ReturnType<typeof synthStacks>,
  group: 'accounts' | 'comments' | 'moderation',
) => statementsOf(stacks.api, stacks.roleOf(group)).filter((s) => JSON.stringify(s.Action).includes('ses:'));

describe('the existing-account mail', () => {
  it('lets the accounts Lambda send from the configured sender only', () => {
    const [statement, ...others] = sesStatements(withSender, 'accounts');

    expect(others).toEqual([]);
    expect(statement?.Action).toBe('ses:SendEmail');
    expect(JSON.stringify(statement?.Resource)).toContain(':identity/commentaires@example.fr');
    expect(JSON.stringify(statement?.Resource)).toContain(':identity/example.fr');
    expect(statement?.Condition).toEqual({ StringEquals: { 'ses:FromAddress': 'commentaires@example.fr' } });
  });

  it('tells the accounts Lambda its sender, name and reply-to from the stage config', () => {
    expect(variablesOf(withSender, 'accounts')).toMatchObject({
      MAIL_FROM: 'commentaires@example.fr',
      MAIL_FROM_NAME: 'Réagir',
      MAIL_REPLY_TO: 'redaction@example.fr',
      SES_REGION: expect.anything(),
    });
  });

  it("lets the comments Lambda send guests' confirmation links from the same sender only", () => {
    const [statement, ...others] = sesStatements(withSender, 'comments');

    expect(others).toEqual([]);
    expect(statement?.Condition).toEqual({ StringEquals: { 'ses:FromAddress': 'commentaires@example.fr' } });
    expect(variablesOf(withSender, 'comments').MAIL_FROM).toBe('commentaires@example.fr');
  });

  it('grants no other Lambda any SES action', () => {
    expect(sesStatements(withSender, 'moderation')).toEqual([]);
    expect(variablesOf(withSender, 'moderation').MAIL_FROM).toBeUndefined();
  });

  it('grants nothing and names no sender when the stage has none', () => {
    expect(sesStatements(without, 'accounts')).toEqual([]);
    expect(variablesOf(without, 'accounts').MAIL_FROM).toBeUndefined();
  });

  it('holds sign-up, resend and forgot answers to the floor on AWS', () => {
    expect(variablesOf(without, 'accounts').AUTH_ANSWER_FLOOR_MS).toBe(String(AUTH_ANSWER_FLOOR_MS));
  });
});
