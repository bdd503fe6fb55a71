/**
 * Text limits and Unicode, as the API enforces them (policy in functions/comments/text.ts):
 * - a comment over the site's limit is refused (400 `body_too_long`), counted in code points after
 *   NFC, on posting and editing;
 * - display names (account sign-up and change, guest name) are NFC, 1–80 characters, and refused
 *   (400 `invalid_request`, issue on the field) when they hold a control character (tab and line
 *   breaks included) or a bidi embedding, override or isolate (U+202A–U+202E, U+2066–U+2069);
 * - page titles are NFC and one line; control and bidi characters are removed (the host page
 *   supplies them, the reader cannot fix them);
 * - comment bodies are NFC; control characters but tab and line feed are removed; bidi controls
 *   stay only when every line closes what it opens, otherwise they are all removed;
 * - in every text (bodies, names, titles, reports), a lone surrogate becomes U+FFFD and a letter
 *   keeps at most MAX_STACKED_MARKS stacked combining marks (functions/shared/text/normalize.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_STACKED_MARKS } from '../../functions/shared/text/normalize.js';
import { account, PASSWORD, uniqueEmail } from '../support/security/world.js';
import { api, bearer, createTestSite, staff, startTestApp, type TestApp } from '../support/test-app.js';

const CONTROLS = ['\u0000', '\u0007', '\t', '\n', '\r', '\u001b', '\u007f', '\u0085', '\u009b'];
const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
const hex = (c: string) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

let app: TestApp;
let site: string;
let reader: Awaited<ReturnType<typeof account>>;
beforeAll(async () => {
  app = await startTestApp();
  site = await createTestSite({ maxLength: 50 });
  reader = await account(app);
}, 60_000);
afterAll(() => app.stop());

let n = 0;
const guest = (name = 'Camille') => ({ name, email: `g${n++}@example.org` });
let lastPage = '';
const post = (body: string, extra: Record<string, unknown> = {}) => {
  lastPage = `u${n++}`;
  return api(app, 'POST', '/v1/comments', { site, page: lastPage, body, author: guest(), ...extra });
};
const fieldIssue = (res: {
  status: number;
  body: { error: { code: string; issues?: { path: string }[] } };
}) => ({
  status: res.status,
  code: res.body.error?.code,
  paths: res.body.error?.issues?.map((i) => i.path),
});

describe('comment length', () => {
  it('accepts the limit and refuses one more, in code points after NFC, on posting and editing', async () => {
    expect((await post('x'.repeat(50))).status).toBe(201);
    expect((await post('😀'.repeat(50))).status).toBe(201);
    expect((await post('e\u0301'.repeat(50))).status).toBe(201);
    const over = await post('x'.repeat(51));
    expect({ status: over.status, code: over.body.error.code }).toEqual({
      status: 400,
      code: 'body_too_long',
    });
    const mine = await api(
      app,
      'POST',
      '/v1/comments',
      { site, page: 'edit', body: 'court' },
      bearer(reader.idToken),
    );
    const edit = await api(
      app,
      'PATCH',
      `/v1/comments/${mine.body.comment.id}`,
      { body: 'y'.repeat(51) },
      bearer(reader.idToken),
    );
    expect({ status: edit.status, code: edit.body.error.code }).toEqual({
      status: 400,
      code: 'body_too_long',
    });
  });
});

describe('display names', () => {
  const signUp = (name: string) =>
    api(app, 'POST', '/v1/auth/signup', { email: uniqueEmail('name'), password: PASSWORD, name });
  const rename = (name: string) => api(app, 'PATCH', '/v1/me', { name }, bearer(reader.idToken));
  const asGuest = (name: string) => post('bonjour', { author: guest(name) });

  it('take 80 characters and refuse 81, wherever a name is given', async () => {
    expect((await signUp('n'.repeat(80))).status).toBe(202);
    expect((await rename('n'.repeat(80))).status).toBe(200);
    // Another name than the reader's: a guest may not take a name an account posted under here.
    expect((await asGuest('g'.repeat(80))).status).toBe(201);
    expect(fieldIssue(await signUp('n'.repeat(81)))).toEqual({
      status: 400,
      code: 'invalid_request',
      paths: ['body.name'],
    });
    expect(fieldIssue(await rename('n'.repeat(81)))).toEqual({
      status: 400,
      code: 'invalid_request',
      paths: ['body.name'],
    });
    expect(fieldIssue(await asGuest('g'.repeat(81)))).toEqual({
      status: 400,
      code: 'invalid_request',
      paths: ['body.author.name'],
    });
  });

  it.each([...CONTROLS, ...BIDI].map((c) => ({ c, code: hex(c) })))(
    'refuse $code in every name field',
    async ({ c }) => {
      const name = `Ad${c}min`;
      expect(fieldIssue(await signUp(name))).toEqual({
        status: 400,
        code: 'invalid_request',
        paths: ['body.name'],
      });
      expect(fieldIssue(await rename(name))).toEqual({
        status: 400,
        code: 'invalid_request',
        paths: ['body.name'],
      });
      expect(fieldIssue(await asGuest(name))).toEqual({
        status: 400,
        code: 'invalid_request',
        paths: ['body.author.name'],
      });
    },
  );

  it('are stored in NFC, and 80 characters are counted after it', async () => {
    const nfd = 'Zoe\u0301 Cle\u0301ment';
    expect((await rename(nfd)).body.user.name).toBe('Zoé Clément');
    expect((await asGuest('Chloe\u0301 Ge\u0301rard')).body.comment.author.name).toBe('Chloé Gérard');
    const email = uniqueEmail('nfc');
    await api(app, 'POST', '/v1/auth/signup', { email, password: PASSWORD, name: nfd });
    await api(app, 'POST', '/v1/auth/confirm', { email, code: app.mailbox.latestCode(email) });
    const login = await api(app, 'POST', '/v1/auth/login', { email, password: PASSWORD });
    expect(login.body.user.name).toBe('Zoé Clément');
    expect((await rename('e\u0301'.repeat(80))).status).toBe(200);
  });
});

describe('page titles', () => {
  it('lose control and bidi characters and are stored in NFC', async () => {
    const held = await createTestSite({ moderation: 'pre' });
    const moderator = await staff(app, ['moderators']);
    const pageTitle = '\u202eLe\u0007 Cafe\u0301\u2066 du\tcoin\u202c\n';
    const res = await api(app, 'POST', '/v1/comments', {
      site: held,
      page: 'titled',
      body: 'à relire',
      author: guest(),
      pageTitle,
      pageUrl: `${app.url}/cafe`,
    });
    expect(res.status).toBe(201);
    const queue = await api(
      app,
      'GET',
      `/v1/moderation/queue?site=${held}`,
      undefined,
      bearer(moderator.idToken),
    );
    expect(queue.body.comments[0].page.title).toBe('Le Café du coin');
  });
});

describe('comment bodies', () => {
  it.each([
    ['NFC', 'Cafe\u0301', 'Café'],
    ['controls dropped, tab and line feed kept', 'a\u0000b\u0007c\td\r\ne\u009b', 'abc\td\ne'],
    ['balanced isolate kept', 'il a dit \u2067שלום\u2069 hier', 'il a dit \u2067שלום\u2069 hier'],
    ['balanced override kept', 'a \u202eb\u202c c', 'a \u202eb\u202c c'],
    ['nested, balanced', '\u2066x \u202by\u202c\u2069', '\u2066x \u202by\u202c\u2069'],
    ['unterminated override removed', 'facture\u202efdp.exe', 'facturefdp.exe'],
    ['stray closer removed', 'a\u202c b \u2069c', 'a b c'],
    ['crossed pairs removed', '\u2066a\u202eb\u2069c\u202c', 'abc'],
    ['opened on one line, closed on the next: removed', '\u202eun\ndeux\u202c', 'un\ndeux'],
    ['any unbalanced line removes them all', '\u2067ok\u2069\n\u202eko', 'ok\nko'],
  ])('%s', async (_, body, stored) => {
    const res = await post(body);
    expect(res.status).toBe(201);
    expect(res.body.comment.body).toBe(stored);
    const list = await api(app, 'GET', `/v1/comments?site=${site}&page=${lastPage}`);
    expect(list.body.comments[0].body).toBe(stored);
  });
});

describe('lone surrogates and combining floods', () => {
  const FLOOD = `Z${'\u0300\u0301\u0303'.repeat(300)}oé`;
  const CAPPED = `Z${'\u0300\u0301\u0303\u0300'.slice(0, MAX_STACKED_MARKS)}oé`;

  it('come back as U+FFFD in a body and a guest name, as posted and as listed', async () => {
    const res = await post('un \ud800 deux \udfff', { author: guest('Zo\udc00é') });

    expect(res.status).toBe(201);
    expect(res.body.comment.body).toBe('un \ufffd deux \ufffd');
    expect(res.body.comment.author.name).toBe('Zo\ufffdé');
    const list = await api(app, 'GET', `/v1/comments?site=${site}&page=${lastPage}`);
    expect(list.body.comments[0]).toMatchObject({
      body: 'un \ufffd deux \ufffd',
      author: { name: 'Zo\ufffdé' },
    });
  });

  it('come back capped in a body and a guest name', async () => {
    const res = await post(FLOOD, { author: guest(FLOOD) });

    expect(res.status).toBe(201);
    expect(res.body.comment.body).toBe(CAPPED);
    expect(res.body.comment.author.name).toBe(CAPPED);
  });

  it("are repaired and capped in an account's name, at sign-up and on a change", async () => {
    const renamed = await api(app, 'PATCH', '/v1/me', { name: `${FLOOD}\ud800` }, bearer(reader.idToken));
    const email = uniqueEmail('marks');
    await api(app, 'POST', '/v1/auth/signup', { email, password: PASSWORD, name: `\udbff${FLOOD}` });
    await api(app, 'POST', '/v1/auth/confirm', { email, code: app.mailbox.latestCode(email) });
    const login = await api(app, 'POST', '/v1/auth/login', { email, password: PASSWORD });

    expect(renamed.body.user.name).toBe(`${CAPPED}\ufffd`);
    expect(login.body.user.name).toBe(`\ufffd${CAPPED}`);
  });
});
