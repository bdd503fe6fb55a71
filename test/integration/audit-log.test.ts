/**
 * The audit log a newsroom can read (issue 14, point 6): each entry carries the comment's excerpt,
 * its author's name and its article's title and URL; holds and refusals at posting are logged by
 * the system with their reason codes; filters by moderator, action, article, author and date
 * range page correctly; a bad filter names its field; a date range exports as CSV, quoted and
 * defused against spreadsheet formulas.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LogPage } from '../../functions/moderation/types.js';
import type { FieldIssue } from '../../functions/shared/errors.js';
import { decide, type LogFilters, searchLog } from '../../widget/src/api/moderation.js';
import { bearer } from '../support/test-app.js';
import { newKey } from '../support/test-fetcher.js';
import { type Staff, useTestApp } from '../support/use-test-app.js';

const t = useTestApp();
const JOURNAL = 'https://www.journal.example';
let claire: Staff;
let marc: Staff;
beforeAll(async () => {
  claire = await t.staff(['moderators'], 'Claire');
  marc = await t.staff(['moderators'], 'Marc');
});

let n = 0;
/** A guest's comment from the site's page, naming its article; its id. */
const post = async (site: string, options: { body?: string; name?: string; page?: string } = {}) => {
  const page = options.page ?? 'a1';
  const posted = await t.raw<{ comment: { id: string; status: string } }>(
    'POST',
    '/v1/comments',
    {
      site,
      page,
      body: options.body ?? `Un avis mesuré sur la réforme, numéro ${n++}.`,
      pageTitle: `Réforme des retraites (${page})`,
      pageUrl: `${JOURNAL}/${page}`,
      author: { name: options.name ?? 'Hortense', email: `h${n++}@example.org` },
    },
    { origin: JOURNAL, 'idempotency-key': newKey() },
  );
  expect(posted.status).toBe(201);
  return posted.body.comment;
};
const as = (who: Staff) => t.client(who.idToken);
const log = (site: string, filters: LogFilters = {}, cursor?: string) =>
  searchLog(as(claire), site, filters, cursor);
/** The log as a raw answer, for the statuses and issues of bad filters. */
const rawLog = (query: string) =>
  t.raw<LogPage & { error: { code: string; issues: FieldIssue[] } }>(
    'GET',
    `/v1/moderation/log?${query}`,
    undefined,
    bearer(claire.idToken),
  );
/** The CSV export of a range as text (the raw helper decodes JSON only). */
const csv = async (query: string) => {
  const response = await fetch(`${t.app.url}/v1/moderation/log?format=csv&${query}`, {
    headers: bearer(claire.idToken),
  });
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
};
const preSite = () => t.site({ moderation: 'pre', allowedOrigins: [JOURNAL] });

describe('a readable log entry', () => {
  it("carries the comment's excerpt, its author's name, the moderator's and the article's title and URL", async () => {
    // Prepare
    const site = await preSite();
    const { id } = await post(site, {
      body: 'Le texte de Hortense\n\nsur deux paragraphes.',
      name: 'Hortense',
    });
    // Act
    await decide(as(claire), { [id]: 'pending' }, 'reject', 'Hors charte');
    const { entries } = await log(site, { action: 'reject' });
    // Assess
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      commentId: id,
      excerpt: 'Le texte de Hortense sur deux paragraphes.',
      authorName: 'Hortense',
      actorName: 'Claire',
      action: 'reject',
      reason: 'Hors charte',
      pageTitle: 'Réforme des retraites (a1)',
      pageUrl: `${JOURNAL}/a1`,
    });
  });

  it('cuts a long text to an excerpt of 140 characters ending with an ellipsis', async () => {
    const site = await preSite();
    const { id } = await post(site, { body: 'mot '.repeat(100) });

    await decide(as(claire), { [id]: 'pending' }, 'approve');
    const [entry] = (await log(site, { action: 'approve' })).entries;

    expect([...(entry?.excerpt ?? '')]).toHaveLength(140);
    expect(entry?.excerpt?.endsWith('…')).toBe(true);
  });
});

describe('holds and refusals at posting', () => {
  it("logs a comment the pipeline holds as the system's, with every reason code", async () => {
    const site = await t.site({ moderation: 'pre', allowedOrigins: [JOURNAL], maxLinks: 0 });
    const { id } = await post(site, { body: 'Lisez https://example.org avant de juger.' });

    const { entries } = await log(site, { moderator: 'system' });

    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      commentId: id,
      actorId: 'system',
      action: 'held',
      to: 'pending',
      authorName: 'Hortense',
      code: 'too_many_links',
      reasons: [
        { code: 'too_many_links', params: { links: 1, max: 0 } },
        { code: 'pre_moderation', params: {} },
      ],
    });
  });

  it('logs a comment refused at posting for a banned word, never saying which word matched', async () => {
    const site = await t.site({ allowedOrigins: [JOURNAL], bannedWords: ['crétin'] });
    const posted = await post(site, { body: 'Quel crétin, ce ministre.' });

    const { entries } = await log(site, { action: 'refused' });

    expect(posted.status).toBe('rejected');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      commentId: posted.id,
      actorId: 'system',
      to: 'rejected',
      code: 'banned_word',
    });
    expect(JSON.stringify(entries[0])).not.toContain('matched');
  });

  it('quotes the new text of an edit the pipeline holds again', async () => {
    const site = await t.site({ allowedOrigins: [JOURNAL], maxLinks: 0 });
    const reader = await t.reader('Agnès');
    const posted = await t.raw<{ comment: { id: string } }>(
      'POST',
      '/v1/comments',
      { site, page: 'a1', body: 'Premier jet, sans lien.' },
      bearer(reader.idToken),
    );
    const id = posted.body.comment.id;

    const edited = await t.raw(
      'PATCH',
      `/v1/comments/${id}`,
      { body: 'Second jet : https://example.org' },
      bearer(reader.idToken),
    );
    const { entries } = await log(site, { action: 'edit' });

    expect(edited.status).toBe(200);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: 'edit_links',
      excerpt: 'Second jet : https://example.org',
      authorName: 'Agnès',
    });
  });

  it('logs nothing for a comment published at once', async () => {
    const site = await t.site({ moderation: 'post', allowedOrigins: [JOURNAL] });
    await post(site);

    expect((await log(site)).entries).toEqual([]);
  });
});

describe("an account's deletion", () => {
  it("takes the author's name and words out of the entries about their comments, keeping what was decided", async () => {
    // Prepare: a reader's comment held, then rejected
    const site = await preSite();
    const reader = await t.reader('Agathe Oubli');
    const posted = await t.raw<{ comment: { id: string } }>(
      'POST',
      '/v1/comments',
      { site, page: 'a1', body: 'Des mots à retirer du journal.' },
      bearer(reader.idToken),
    );
    const id = posted.body.comment.id;
    await decide(as(claire), { [id]: 'pending' }, 'reject');
    // Act
    const deleted = await t.raw('DELETE', '/v1/me', undefined, bearer(reader.idToken));
    const { entries } = await log(site, { comment: id });
    // Assess
    expect(deleted.status).toBe(204);
    expect(entries.map((e) => e.action)).toEqual(['account_deleted', 'reject', 'held']);
    expect(JSON.stringify(entries)).not.toMatch(/Agathe|retirer/);
    expect(JSON.stringify((await log(site)).entries)).not.toMatch(/Agathe|retirer/);
  });
});

describe('filters', () => {
  /** A site where Claire approved Hortense's comment on a1 and Marc rejected Bruno's on a2. */
  async function twoDecisions() {
    const site = await preSite();
    const first = await post(site, { name: 'Hortense', page: 'a1' });
    const second = await post(site, { name: 'Bruno', page: 'a2' });
    await decide(as(claire), { [first.id]: 'pending' }, 'approve');
    await decide(as(marc), { [second.id]: 'pending' }, 'reject');
    const { entries } = await log(site, { moderator: marc.user.id });
    return { site, first: first.id, second: second.id, bruno: entries[0]?.authorKey ?? '' };
  }

  it("keeps one moderator's entries", async () => {
    const { site, second } = await twoDecisions();

    const { entries } = await log(site, { moderator: marc.user.id });

    expect(entries.map((e) => [e.actorName, e.commentId])).toEqual([['Marc', second]]);
  });

  it('keeps one action', async () => {
    const { site, first } = await twoDecisions();

    const { entries } = await log(site, { action: 'approve' });

    expect(entries.map((e) => e.commentId)).toEqual([first]);
  });

  it("keeps one article's entries", async () => {
    const { site, second } = await twoDecisions();

    const { entries } = await log(site, { page: 'a2' });

    expect(entries.map((e) => [e.action, e.commentId])).toEqual([
      ['reject', second],
      ['held', second],
    ]);
  });

  it("keeps one author's entries", async () => {
    const { site, second, bruno } = await twoDecisions();

    const { entries } = await log(site, { author: bruno });

    expect(bruno).toMatch(/^guest:/);
    expect(entries.map((e) => [e.authorName, e.commentId])).toEqual([
      ['Bruno', second],
      ['Bruno', second],
    ]);
  });

  it('keeps the entries of a date range, both ends included', async () => {
    const { site } = await twoDecisions();
    const all = (await log(site)).entries;
    const [newest, , third] = all;

    const { entries } = await log(site, { from: third?.at, to: newest?.at });
    const before = await log(site, { to: new Date(Date.parse(all.at(-1)?.at ?? '') - 1).toISOString() });

    expect(entries).toEqual(all.slice(0, 3));
    expect(before.entries).toEqual([]);
  });

  it('takes days for a range: a day reads from its first instant to its last (UTC)', async () => {
    const { site } = await twoDecisions();
    const today = new Date().toISOString().slice(0, 10);

    const { entries } = await log(site, { from: today, to: today });

    expect(entries).toHaveLength(4);
  });

  it('pages a filtered log without losing or repeating an entry', async () => {
    const { site, first, second } = await twoDecisions();

    const page1 = await searchLog(as(claire), site, { action: 'held' }, undefined);
    const one = await t.raw<LogPage>(
      'GET',
      `/v1/moderation/log?site=${site}&action=held&limit=1`,
      undefined,
      bearer(claire.idToken),
    );
    const two = await t.raw<LogPage>(
      'GET',
      `/v1/moderation/log?site=${site}&action=held&limit=1&cursor=${one.body.nextCursor}`,
      undefined,
      bearer(claire.idToken),
    );

    expect(page1.entries.map((e) => e.commentId)).toEqual([second, first]);
    expect(one.body.entries.map((e) => e.commentId)).toEqual([second]);
    expect(two.body.entries.map((e) => e.commentId)).toEqual([first]);
    expect(two.body.nextCursor).toBeNull();
  });

  it("refuses a cursor of another filter's pages", async () => {
    const { site } = await twoDecisions();
    const one = await rawLog(`site=${site}&action=held&limit=1`);

    const other = await rawLog(`site=${site}&action=approve&limit=1&cursor=${one.body.nextCursor}`);

    expect(other).toMatchObject({ status: 400, body: { error: { code: 'invalid_cursor' } } });
  });
});

describe('bad filters', () => {
  it('names a date that is not one', async () => {
    const site = await preSite();

    const answer = await rawLog(`site=${site}&from=hier`);

    expect(answer.status).toBe(400);
    expect(answer.body.error.issues).toEqual([
      expect.objectContaining({
        path: 'query.from',
        code: 'invalid_format',
        message: expect.stringMatching(/2026-12-02T08:30:00Z/),
      }),
    ]);
  });

  it('names the end of a range before its start', async () => {
    const site = await preSite();

    const answer = await rawLog(`site=${site}&from=2026-12-02&to=2026-12-01`);

    expect(answer.status).toBe(400);
    expect(answer.body.error.issues).toEqual([
      expect.objectContaining({ path: 'query.to', code: 'range_reversed' }),
    ]);
  });

  it('names an unknown action, listing the actions there are', async () => {
    const site = await preSite();

    const answer = await rawLog(`site=${site}&action=supprimer`);

    expect(answer.status).toBe(400);
    expect(answer.body.error.issues[0]).toMatchObject({
      path: 'query.action',
      code: 'invalid_value',
      params: { options: expect.arrayContaining(['approve', 'held', 'refused']) },
    });
  });
});

describe('CSV export', () => {
  it('exports a date range with every cell quoted, quotes doubled, and formulas defused', async () => {
    // Prepare: texts and a name a spreadsheet would run, and quotes and commas to quote
    const site = await preSite();
    const formula = await post(site, {
      body: '=HYPERLINK("https://evil.example","cliquez")',
      name: '@Bruno',
    });
    const quoted = await post(site, { body: 'Il a dit "non", puis "oui".', name: '+Chloé' });
    await decide(as(claire), { [formula.id]: 'pending', [quoted.id]: 'pending' }, 'reject', '-1 point');
    const today = new Date().toISOString().slice(0, 10);
    // Act
    const file = await csv(`site=${site}&from=${today}&to=${today}&action=reject`);
    // Assess
    expect(file.status).toBe(200);
    expect(file.type).toBe('text/csv; charset=utf-8');
    const lines = file.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^"at","moderator",/);
    expect(lines.join('\n')).toContain(`"'=HYPERLINK(""https://evil.example"",""cliquez"")"`);
    expect(lines.join('\n')).toContain('"\'@Bruno"');
    expect(lines.join('\n')).toContain('"\'+Chloé"');
    expect(lines.join('\n')).toContain('"\'-1 point"');
    expect(lines.join('\n')).toContain('"Il a dit ""non"", puis ""oui""."');
    expect(lines.join('\n')).toContain('"Réforme des retraites (a1)"');
  });

  it('needs a date range', async () => {
    const site = await preSite();

    const file = await csv(`site=${site}&to=2026-12-02`);

    expect(file.status).toBe(400);
    expect(JSON.parse(file.text).error.issues[0]).toMatchObject({ path: 'query.from', code: 'required' });
  });
});
