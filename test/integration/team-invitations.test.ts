/**
 * Integration: inviting people to a site's team (issue 16, point 5), end to end through the dev
 * mailbox. An email without an account gets a link; the link's page sets a name and a password,
 * which makes a confirmed account in the team; an email with an account joins at once and is told;
 * a link works once, dies when replaced, withdrawn or expired; and every team change is in the log.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { config } from '../../functions/shared/config.js';
import { dynamo } from '../../functions/shared/data/dynamo-client.js';
import { inviteKey } from '../../functions/shared/data/keys.js';
import type { ErrorBody } from '../../functions/shared/http/errors.js';
import type { InvitationView, TeamAddAnswer, TeamAnswer } from '../../functions/sites/types.js';
import {
  confirmSignup,
  isMfaChallenge,
  login as logInOrChallenge,
  signup,
} from '../../widget/src/api/auth.js';
import { readLog } from '../../widget/src/api/moderation.js';
import { acceptInvitation, addTeamMember, listTeam, lookUpInvitation } from '../../widget/src/api/team.js';
import { bearer } from '../support/test-app.js';
import { type Staff, useTestApp } from '../support/use-test-app.js';

const t = useTestApp();
let operator: Staff;
beforeAll(async () => {
  operator = await t.staff(['admins'], 'Opératrice <b>en chef</b>');
});

let counter = 0;
const newEmail = () => `invitee-${Date.now()}-${++counter}@example.org`;

/** The newest mail of `kind` to `to`. */
const mailTo = (to: string, kind: string) =>
  t.app.mailbox.list().findLast((m) => m.to === to && m.kind === kind);
/** The token of the newest invitation link mailed to `to`. */
const tokenFor = (to: string) =>
  mailTo(to, 'TeamInvitation')?.text.match(/#\/invitation\/([\w-]{43})/)?.[1] ?? '';

const invite = (site: string, email: string, role: 'moderator' | 'admin' = 'moderator') =>
  addTeamMember(t.client(operator.idToken), site, email, role, 'fr');
/** Signs in an account without a second factor: its session. */
async function login(...args: Parameters<typeof logInOrChallenge>) {
  const answer = await logInOrChallenge(...args);
  if (isMfaChallenge(answer)) throw new Error('No second factor expected');
  return answer;
}
const raw = <T>(path: string, body: unknown) => t.raw<T & ErrorBody>('POST', path, body);

describe('an invitation to a site’s team', () => {
  it('emails a link that makes a confirmed account in the team, once', async () => {
    const site = await t.site({ name: 'La Gazette' });
    const email = newEmail();

    const answer = await invite(site, email, 'admin');
    const token = tokenFor(email);
    const view = await lookUpInvitation(t.client(), token);
    const accepted = await acceptInvitation(t.client(), token, 'Nouvelle Admin', 'un mot de passe sûr');
    const session = await login(t.client(), email, 'un mot de passe sûr');
    const again = await raw('/v1/invitations/accept', {
      token,
      name: 'Autre',
      password: 'autre mot de passe',
    });
    const team = await listTeam(t.client(operator.idToken), site);

    expect(answer).toMatchObject({ invitation: { site, email, role: 'admin', invitedBy: operator.user.id } });
    expect(mailTo(email, 'TeamInvitation')?.subject).toBe('Invitation à l’équipe de La Gazette');
    expect(view).toMatchObject({ site, siteName: 'La Gazette', email, role: 'admin', hasAccount: false });
    expect(accepted.member).toMatchObject({ site, email, role: 'admin', userId: session.user.id });
    expect(session.user.sites).toEqual({ [site]: 'admin' });
    expect(again.status).toBe(404);
    expect(again.body.error.code).toBe('invitation_not_valid');
    expect(team.invitations).toEqual([]);
    expect(team.members.map((m) => m.email)).toEqual([email]);
  });

  it('escapes the administrator’s name in the email', async () => {
    const site = await t.site();
    const email = newEmail();

    await invite(site, email);

    const mail = mailTo(email, 'TeamInvitation');
    expect(mail?.html).toContain('Opératrice &#60;b&#62;en chef&#60;/b&#62;');
    expect(mail?.html).not.toContain('<b>en chef');
  });

  it('adds an email that has an account at once, and tells them', async () => {
    const site = await t.site({ name: 'Le Courrier' });
    const reader = await t.reader('Déjà inscrite');

    const answer = await invite(site, reader.email);

    expect(answer).toMatchObject({ member: { site, userId: reader.user.id, role: 'moderator' } });
    expect(mailTo(reader.email, 'TeamAdded')?.subject).toBe('Vous faites partie de l’équipe de Le Courrier');
    expect(mailTo(reader.email, 'TeamInvitation')).toBeUndefined();
  });

  it('stops the old link when the email is invited again, and lists one invitation', async () => {
    const site = await t.site();
    const email = newEmail();
    await invite(site, email);
    const first = tokenFor(email);

    await invite(site, email, 'admin');
    const second = tokenFor(email);
    const old = await raw('/v1/invitations/lookup', { token: first });
    const current = await lookUpInvitation(t.client(), second);
    const team = await listTeam(t.client(operator.idToken), site);

    expect(second).not.toBe(first);
    expect(old.status).toBe(404);
    expect(current.role).toBe('admin');
    expect(team.invitations.map((i) => [i.email, i.role])).toEqual([[email, 'admin']]);
  });

  it('stops the link when withdrawn', async () => {
    const site = await t.site();
    const email = newEmail();
    await invite(site, email);

    const withdrawn = await t.raw(
      'DELETE',
      `/v1/sites/${site}/team/invitations/${encodeURIComponent(email)}`,
      undefined,
      bearer(operator.idToken),
    );
    const lookup = await raw('/v1/invitations/lookup', { token: tokenFor(email) });

    expect(withdrawn.status).toBe(204);
    expect(lookup.status).toBe(404);
    expect((await listTeam(t.client(operator.idToken), site)).invitations).toEqual([]);
  });

  it('refuses an expired link', async () => {
    const site = await t.site();
    const email = newEmail();
    await invite(site, email);
    await dynamo().send(
      new UpdateCommand({
        TableName: config.commentsTable,
        Key: inviteKey(site, email),
        UpdateExpression: 'SET expiresAt = :past',
        ExpressionAttributeValues: { ':past': Math.floor(Date.now() / 1000) - 60 },
      }),
    );

    const accept = await raw('/v1/invitations/accept', {
      token: tokenFor(email),
      name: 'Trop tard',
      password: 'un mot de passe sûr',
    });

    expect(accept.status).toBe(404);
    expect(accept.body.error.code).toBe('invitation_not_valid');
  });

  it('takes the password of an account made since, not a new one', async () => {
    const site = await t.site();
    const email = newEmail();
    await invite(site, email);
    const token = tokenFor(email);
    // Signed up under an article after the invitation was sent, and confirmed.
    await signup(t.client(), email, 'son propre mot de passe', 'Inscrite entre-temps');
    await confirmSignup(t.client(), email, t.app.mailbox.latestCode(email) ?? '');

    const view = await lookUpInvitation(t.client(), token);
    const wrong = await raw('/v1/invitations/accept', { token, name: 'X', password: 'pas le sien du tout' });
    const right = await acceptInvitation(t.client(), token, '', 'son propre mot de passe');
    const session = await login(t.client(), email, 'son propre mot de passe');

    expect(view.hasAccount).toBe(true);
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('invalid_credentials');
    expect(right.member).toMatchObject({ userId: session.user.id, role: 'moderator' });
    expect(session.user.name).toBe('Inscrite entre-temps');
  });

  it('refuses a short password and keeps the link working', async () => {
    const site = await t.site();
    const email = newEmail();
    await invite(site, email);
    const token = tokenFor(email);

    const short = await raw('/v1/invitations/accept', { token, name: 'Pressée', password: 'court' });
    const view = await lookUpInvitation(t.client(), token);

    expect(short.status).toBe(400);
    expect(short.body.error.code).toBe('password_too_weak');
    expect(view.hasAccount).toBe(false);
  });

  it('answers a malformed token with 400', async () => {
    const lookup = await raw('/v1/invitations/lookup', { token: 'nope' });

    expect(lookup.status).toBe(400);
    expect(lookup.body.error.code).toBe('invalid_request');
  });
});

describe('the audit log of a site’s team', () => {
  it('records invitations, joins, additions, role changes and removals, with who and whom', async () => {
    const site = await t.site();
    const email = newEmail();
    const reader = await t.reader('Membre');
    await invite(site, email);
    await acceptInvitation(t.client(), tokenFor(email), 'Invitée', 'un mot de passe sûr');
    const added = (await invite(site, reader.email)) as Extract<TeamAddAnswer, { member: unknown }>;
    await invite(site, reader.email, 'admin');
    await t.raw(
      'DELETE',
      `/v1/sites/${site}/team/${added.member.userId}`,
      undefined,
      bearer(operator.idToken),
    );

    const log = await readLog(t.client(operator.idToken), site);

    const rows = log.entries.map((e) => [e.action, e.actorName, e.member, e.from ?? null, e.to ?? null]);
    expect(rows).toEqual([
      ['team_remove', operator.user.name, reader.email, 'admin', null],
      ['team_role', operator.user.name, reader.email, 'moderator', 'admin'],
      ['team_add', operator.user.name, reader.email, null, 'moderator'],
      ['team_join', 'Invitée', email, null, 'moderator'],
      ['team_invite', operator.user.name, email, null, 'moderator'],
    ]);
  });

  it('is read by the site’s team only', async () => {
    const [a, b] = [await t.site(), await t.site()];
    const chief = await t.reader('Cheffe de B');
    await addTeamMember(t.client(operator.idToken), b, chief.email, 'admin', 'fr');

    const onA = await t.raw<TeamAnswer & ErrorBody>(
      'GET',
      `/v1/sites/${a}/team`,
      undefined,
      bearer(chief.idToken),
    );
    const lookupAsAdmin = await t.raw<InvitationView & ErrorBody>(
      'POST',
      `/v1/sites/${a}/team`,
      { email: newEmail(), role: 'admin' },
      bearer(chief.idToken),
    );

    expect(onA.status).toBe(403);
    expect(lookupAsAdmin.status).toBe(403);
  });
});
