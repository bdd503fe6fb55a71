import { beforeAll, describe, expect, it } from 'vitest';
import type { PageCounts } from '../../functions/comments/types.js';
import type { ErrorBody } from '../../functions/shared/http/errors.js';
import { listComments, postComment } from '../../widget/src/api/comments.js';
import { newKey } from '../support/test-fetcher.js';
import { useTestApp } from '../support/use-test-app.js';

const t = useTestApp();
let site: string;
beforeAll(async () => {
  site = await t.site({ maxLength: 50, maxDepth: 1, allowedOrigins: ['https://journal.example'] });
});

const guest = { name: 'Alex', email: 'alex@example.org' };
let n = 0;
// Distinct texts: the same text twice in a row from one author is held as a repeat.
const valid = () => ({ site, page: 'p', body: `ok ${n++}`, author: guest });
/** Posts a valid comment through the widget's client; its id. */
const posted = async (comment: ReturnType<typeof valid>) =>
  (await postComment(t.client(), comment, newKey())).comment.id;

async function expectError(
  res: { status: number; body: { error?: { code: string; message: string } } },
  status: number,
  code: string,
) {
  expect(res.status).toBe(status);
  expect(res.body.error?.code).toBe(code);
  expect(res.body.error?.message.length).toBeGreaterThan(10);
}

describe('bad input to POST /v1/comments gets a 4xx with a code and writes nothing', () => {
  it('refuses invalid JSON', async () => {
    await expectError(await t.raw<ErrorBody>('POST', '/v1/comments', '{"site":'), 400, 'invalid_json');
  });

  it('refuses wrong types and names the field', async () => {
    const res = await t.raw<ErrorBody>('POST', '/v1/comments', { ...valid(), body: 42 });
    await expectError(res, 400, 'invalid_request');
    expect(res.body.error.issues?.[0]?.path).toBe('body.body');
  });

  it('refuses an empty or blank text', async () => {
    await expectError(
      await t.raw<ErrorBody>('POST', '/v1/comments', { ...valid(), body: ' \n\u0000 ' }),
      400,
      'body_empty',
    );
  });

  it('refuses a text over the site limit, saying the limit', async () => {
    const res = await t.raw<ErrorBody>('POST', '/v1/comments', { ...valid(), body: 'x'.repeat(51) });
    await expectError(res, 400, 'body_too_long');
    expect(res.body.error.message).toContain('50');
    expect(res.body.error.params).toEqual({ length: 51, max: 50 });
  });

  it('refuses an unknown site', async () => {
    await expectError(
      await t.raw<ErrorBody>('POST', '/v1/comments', { ...valid(), site: 'no-such-site' }),
      404,
      'site_not_found',
    );
  });

  it('refuses a guest without a name and email', async () => {
    await expectError(
      await t.raw<ErrorBody>('POST', '/v1/comments', { site, page: 'p', body: 'x' }),
      400,
      'invalid_request',
    );
  });

  it('refuses guests on a site that does not allow them', async () => {
    const closedSite = await t.site({ guests: false });
    await expectError(
      await t.raw<ErrorBody>('POST', '/v1/comments', { ...valid(), site: closedSite }),
      403,
      'guests_not_allowed',
    );
  });

  it('refuses a reply to a missing parent and to a parent on another article', async () => {
    const other = await posted({ ...valid(), page: 'other' });
    await expectError(
      await t.raw<ErrorBody>('POST', '/v1/comments', { ...valid(), parentId: '01ARZ3NDEKTSV4RRFFQ69G5FAV' }),
      400,
      'parent_not_found',
    );
    await expectError(
      await t.raw<ErrorBody>('POST', '/v1/comments', { ...valid(), parentId: other }),
      400,
      'parent_not_found',
    );
  });

  it('refuses a reply on a site that allows none', async () => {
    const flat = await t.site({ maxDepth: 0 });
    const root = await posted({ ...valid(), site: flat, page: 'deep' });
    const tooDeep = await t.raw<ErrorBody>('POST', '/v1/comments', {
      ...valid(),
      site: flat,
      page: 'deep',
      parentId: root,
    });
    await expectError(tooDeep, 400, 'parent_too_deep');
    const counts = await t.raw<PageCounts>('GET', `/v1/counts?site=${flat}&page=deep`);
    expect(counts.body.counts.deep).toBe(1);
  });

  it('answers a body over the size limit with 413', async () => {
    await expectError(
      await t.raw<ErrorBody>('POST', '/v1/comments', { ...valid(), body: 'x'.repeat(40_000) }),
      413,
      'payload_too_large',
    );
  });

  it('refuses a write from a browser origin the site does not allow, without CORS headers', async () => {
    const res = await t.raw<ErrorBody>('POST', '/v1/comments', valid(), { origin: 'https://evil.example' });
    await expectError(res, 403, 'origin_not_allowed');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('bad input to GET /v1/comments', () => {
  it('refuses a limit out of range', async () => {
    await expectError(
      await t.raw<ErrorBody>('GET', `/v1/comments?site=${site}&page=p&limit=0`),
      400,
      'invalid_request',
    );
    await expectError(
      await t.raw<ErrorBody>('GET', `/v1/comments?site=${site}&page=p&limit=101`),
      400,
      'invalid_request',
    );
  });

  it('refuses a forged, truncated or foreign cursor', async () => {
    for (let i = 0; i < 3; i++) await posted(valid());
    const first = await listComments(t.client(), { site, page: 'p', sort: 'newest', limit: 1 });
    const cursor = first.nextCursor ?? '';
    expect(cursor).toBeTruthy();

    await expectError(
      await t.raw<ErrorBody>('GET', `/v1/comments?site=${site}&page=p&cursor=${cursor.slice(0, 10)}`),
      400,
      'invalid_cursor',
    );
    await expectError(
      await t.raw<ErrorBody>('GET', `/v1/comments?site=${site}&page=p&cursor=bm90LWpzb24`),
      400,
      'invalid_cursor',
    );
    await expectError(
      await t.raw<ErrorBody>('GET', `/v1/comments?site=${site}&page=other&cursor=${cursor}`),
      400,
      'invalid_cursor',
    );
    await expectError(
      await t.raw<ErrorBody>('GET', `/v1/comments?site=${site}&page=p&sort=oldest&cursor=${cursor}`),
      400,
      'invalid_cursor',
    );
  });

  it('refuses a missing site or page and an unknown sort', async () => {
    await expectError(await t.raw<ErrorBody>('GET', '/v1/comments?page=p'), 400, 'invalid_request');
    await expectError(await t.raw<ErrorBody>('GET', `/v1/comments?site=${site}`), 400, 'invalid_request');
    await expectError(
      await t.raw<ErrorBody>('GET', `/v1/comments?site=${site}&page=p&sort=best`),
      400,
      'invalid_request',
    );
  });

  it('refuses more than 100 pages in one counts call', async () => {
    const pages = Array.from({ length: 101 }, (_, i) => `page=p${i}`).join('&');
    await expectError(
      await t.raw<ErrorBody>('GET', `/v1/counts?site=${site}&${pages}`),
      400,
      'invalid_request',
    );
  });
});

describe('routing and CORS', () => {
  it('answers an unsupported method with 405 and Allow', async () => {
    const res = await t.raw<ErrorBody>('DELETE', '/v1/counts');
    await expectError(res, 405, 'method_not_allowed');
    expect(res.headers.get('allow')).toBe('GET');
  });

  it('answers an unknown path with 404', async () => {
    await expectError(await t.raw<ErrorBody>('GET', '/v1/nothing'), 404, 'not_found');
  });

  it('gives CORS headers to an allowed origin only', async () => {
    const allowed = await t.raw<ErrorBody>('GET', `/v1/comments?site=${site}&page=p`, undefined, {
      origin: 'https://journal.example',
    });
    const other = await t.raw<ErrorBody>('GET', `/v1/comments?site=${site}&page=p`, undefined, {
      origin: 'https://evil.example',
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://journal.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers a preflight for an allowed origin', async () => {
    const res = await fetch(`${t.app.url}/v1/comments?site=${site}&page=p`, {
      method: 'OPTIONS',
      headers: { origin: 'https://journal.example', 'access-control-request-method': 'GET' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://journal.example');
  });

  it('answers health', async () => {
    const res = await t.raw<ErrorBody>('GET', '/v1/health');
    expect(res).toMatchObject({ status: 200, body: { ok: true } });
  });
});
