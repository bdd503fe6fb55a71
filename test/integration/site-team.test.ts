/**
 * Integration: staff roles per site (issue 16, point 4). The operator (Cognito `admins`) puts an
 * account in a site's team; it then moderates that site and no other, its comments carry the
 * staff badge there only; a site's administrator manages that site's team and no other's; a
 * removed member is refused at once. `npm run site -- team` does the same from the command line.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CreatedComment } from '../../functions/comments/types.js';
import type { ErrorBody } from '../../functions/shared/http/errors.js';
import { saveSite } from '../../functions/sites/service.js';
import { removeSite } from '../../functions/sites/site-removal.js';
import { querySsoKeys } from '../../functions/sites/sso-key-repository.js';
import { enableSso } from '../../functions/sites/sso-keys.js';
import { listTeam } from '../../functions/sites/team.js';
import type { TeamAnswer, TeamMember } from '../../functions/sites/types.js';
import { bearer } from '../support/test-app.js';
import { type Staff, useTestApp } from '../support/use-test-app.js';

const run = promisify(execFile);
const t = useTestApp();
let operator: Staff;
beforeAll(async () => {
  operator = await t.staff(['admins'], 'Opératrice');
});

const grant = (site: string, email: string, role: string, token = operator.idToken) =>
  t.raw<{ member: TeamMember } & ErrorBody>('POST', `/v1/sites/${site}/team`, { email, role }, bearer(token));
const queue = (site: string, token: string) =>
  t.raw<ErrorBody>('GET', `/v1/moderation/queue?site=${site}`, undefined, bearer(token));

describe('a site’s team', () => {
  it('makes a moderator of one site only, badge included, until removed', async () => {
    const [a, b] = [await t.site(), await t.site()];
    const member = await t.reader('Modératrice de A');

    const granted = await grant(a, member.email, 'moderator');
    const onA = await queue(a, member.idToken);
    const onB = await queue(b, member.idToken);
    const postA = await t.raw<CreatedComment>(
      'POST',
      '/v1/comments',
      { site: a, page: 'p', body: 'Ici.' },
      bearer(member.idToken),
    );
    const postB = await t.raw<CreatedComment>(
      'POST',
      '/v1/comments',
      { site: b, page: 'p', body: 'Là.' },
      bearer(member.idToken),
    );

    expect(granted.status).toBe(201);
    expect(granted.body.member).toMatchObject({
      site: a,
      userId: member.user.id,
      role: 'moderator',
      grantedBy: operator.user.id,
    });
    expect(onA.status).toBe(200);
    expect(onB.status).toBe(403);
    expect(onB.body.error.code).toBe('forbidden');
    expect(postA.body.comment.author.staff).toBe(true);
    expect(postB.body.comment.author.staff).toBe(false);
    const me = await t.raw<{ user: { sites: Record<string, string> } }>(
      'GET',
      '/v1/me',
      undefined,
      bearer(member.idToken),
    );
    expect(me.body.user.sites).toEqual({ [a]: 'moderator' });

    const removed = await t.raw(
      'DELETE',
      `/v1/sites/${a}/team/${member.user.id}`,
      undefined,
      bearer(operator.idToken),
    );
    expect(removed.status).toBe(204);
    expect((await queue(a, member.idToken)).status).toBe(403);
  });

  it('lets a site’s administrator manage its team, and not another site’s', async () => {
    const [a, b] = [await t.site(), await t.site()];
    const chief = await t.reader('Rédactrice en chef');
    const newcomer = await t.reader('Nouveau modérateur');
    await grant(a, chief.email, 'admin');

    const added = await grant(a, newcomer.email, 'moderator', chief.idToken);
    const listed = await t.raw<TeamAnswer>('GET', `/v1/sites/${a}/team`, undefined, bearer(chief.idToken));
    const elsewhere = await grant(b, newcomer.email, 'moderator', chief.idToken);
    const settingsB = await t.raw('GET', `/v1/sites/${b}`, undefined, bearer(chief.idToken));
    const unknownB = await grant(b, 'nobody-here@example.org', 'moderator', chief.idToken);

    expect(added.status).toBe(201);
    expect(listed.body.members.map((m) => [m.email, m.role])).toEqual([
      [chief.email, 'admin'],
      [newcomer.email, 'moderator'],
    ]);
    expect(elsewhere.status).toBe(403);
    expect(settingsB.status).toBe(403);
    expect(unknownB.status).toBe(403);
  });

  it('keeps a team member’s name from guests on that site, look-alikes included', async () => {
    const [a, b] = [await t.site(), await t.site()];
    const member = await t.reader(`Mathilde Gardienne ${Date.now()}`);
    await grant(a, member.email, 'moderator');
    const asGuest = (site: string, name: string) =>
      t.raw<ErrorBody>('POST', '/v1/comments', {
        site,
        page: 'p',
        body: 'Je suis de la modération.',
        author: { name, email: `imposteur-${Date.now()}@example.org` },
      });

    // A Cyrillic "а" in place of the Latin "a": the same name to a reader's eye.
    const onA = await asGuest(a, member.user.name.replace('a', '\u0430'));
    const onB = await asGuest(b, member.user.name);

    expect(onA.status).toBe(400);
    expect(onA.body.error.issues?.[0]).toMatchObject({ path: 'body.author.name', code: 'name_reserved' });
    expect(onB.status).toBe(201);
  });

  it('goes with its site: a site made again under the same id has no team, invitation or SSO key', async () => {
    const site = await t.site();
    const member = await t.reader('Équipe disparue');
    await grant(site, member.email, 'admin');
    await grant(site, `jamais-venue-${Date.now()}@example.org`, 'moderator');
    await enableSso(site);

    expect(await removeSite(site)).toBe(true);
    await saveSite(site, {});

    const team = await listTeam(site);
    const me = await t.raw<{ user: { sites: Record<string, string> } }>(
      'GET',
      '/v1/me',
      undefined,
      bearer(member.idToken),
    );
    expect(team).toEqual({ members: [], invitations: [] });
    expect(await querySsoKeys(site)).toEqual([]);
    expect(me.body.user.sites).toEqual({});
    expect((await queue(site, member.idToken)).status).toBe(403);
  });

  it('lets a team moderator ban an author known by pseudonym, with one of their comments', async () => {
    const site = await t.site({ moderation: 'post' });
    const member = await t.reader('Modère par le fil');
    const [author, other] = [await t.reader('Auteur à bannir'), await t.reader('Autre auteur')];
    await grant(site, member.email, 'moderator');
    const say = (token: string, body: string) =>
      t.raw<CreatedComment>('POST', '/v1/comments', { site, page: 'p', body }, bearer(token));
    const mine = (await say(author.idToken, 'À bannir.')).body.comment;
    const theirs = (await say(other.idToken, 'Rien à voir.')).body.comment;
    const thread = await t.raw<{ comments: { id: string; author: { id: string; key?: string } }[] }>(
      'GET',
      `/v1/comments?site=${site}&page=p`,
      undefined,
      bearer(member.idToken),
    );
    const pseudonym = thread.body.comments.find((c) => c.id === mine.id)?.author;
    const ban = (comment?: string) =>
      t.raw<ErrorBody>(
        'POST',
        `/v1/moderation/bans/${pseudonym?.id}?site=${site}${comment ? `&comment=${comment}` : ''}`,
        { preset: '7d' },
        bearer(member.idToken),
      );

    const without = await ban();
    const wrongComment = await ban(theirs.id);
    const banned = await ban(mine.id);
    const after = await say(author.idToken, 'Encore moi.');

    expect(pseudonym?.key).toBeUndefined();
    expect(without.status).toBe(404);
    expect(wrongComment.status).toBe(404);
    expect(banned.status).toBe(200);
    expect(after.status).toBe(403);
    expect((await say(other.idToken, 'Toujours là.')).status).toBe(201);
  });

  it('loses a member whose account is deleted', async () => {
    const site = await t.site();
    const member = await t.reader('Partie');
    await grant(site, member.email, 'moderator');

    expect((await t.raw('DELETE', '/v1/me', undefined, bearer(member.idToken))).status).toBe(204);

    const listed = await t.raw<TeamAnswer>(
      'GET',
      `/v1/sites/${site}/team`,
      undefined,
      bearer(operator.idToken),
    );
    expect(listed.body.members).toEqual([]);
  });

  it('is managed with npm run site -- team', async () => {
    const site = await t.site();
    const member = await t.reader('Par la ligne de commande');
    const cli = (...args: string[]) =>
      run('npx', ['tsx', 'functions/sites/cli.ts', 'team', ...args], { env: process.env });

    const added = await cli('add', site, member.email, '--role', 'admin');
    const listed = JSON.parse((await cli('list', site)).stdout) as TeamAnswer;
    await cli('remove', site, member.user.id);
    const after = JSON.parse((await cli('list', site)).stdout) as TeamAnswer;

    expect(added.stdout).toContain(`is now admin of ${site}`);
    expect(listed.members).toMatchObject([{ userId: member.user.id, role: 'admin', grantedBy: 'cli' }]);
    expect(after.members).toEqual([]);
  }, 60_000);

  it('makes and unmakes an operator with npm run site -- operator, without the AWS CLI', async () => {
    const reader = await t.reader('Future opératrice');
    const cli = (...args: string[]) =>
      run('npx', ['tsx', 'functions/sites/cli.ts', 'operator', ...args], { env: process.env });

    const added = await cli('add', reader.email);
    const relogged = await t.raw<{ user: { roles: string[] } }>('POST', '/v1/auth/login', {
      email: reader.email,
      password: reader.password,
    });
    const listed = JSON.parse((await cli('list')).stdout) as { email: string }[];
    await cli('remove', reader.email);
    const unknown = await cli('add', 'nobody-at-all@example.org').catch((error: { stderr: string }) => error);

    expect(added.stdout).toContain('is now an operator');
    expect(relogged.body.user.roles).toContain('admin');
    expect(listed.map((o) => o.email)).toContain(reader.email);
    expect(JSON.parse((await cli('list')).stdout)).not.toContainEqual(
      expect.objectContaining({ email: reader.email }),
    );
    expect(unknown.stderr).toContain('sign up in the widget first');
  }, 90_000);
});
