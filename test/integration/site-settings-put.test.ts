/**
 * Integration: `PUT /v1/sites/{site}` takes back what `GET` returned, read-only fields included,
 * and refuses a read-only field that was changed, naming it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../functions/shared/http/errors.js';
import type { SiteAnswer } from '../../functions/sites/types.js';
import { bearer } from '../support/test-app.js';
import { type Staff, useTestApp } from '../support/use-test-app.js';

const t = useTestApp();
let admin: Staff;
beforeAll(async () => {
  admin = await t.staff(['admins'], 'Admin');
});

const get = (site: string) => t.raw<SiteAnswer>('GET', `/v1/sites/${site}`, undefined, bearer(admin.idToken));
const put = (site: string, body: unknown) =>
  t.raw<SiteAnswer & ErrorBody>('PUT', `/v1/sites/${site}`, body, bearer(admin.idToken));

describe('PUT /v1/sites/{site}', () => {
  it('accepts the site GET returned, with one setting changed', async () => {
    const site = await t.site();
    const read = (await get(site)).body.site;

    const saved = await put(site, { ...read, moderation: 'pre' });

    expect(saved.status).toBe(200);
    expect(saved.body.site).toMatchObject({ id: site, createdAt: read.createdAt, moderation: 'pre' });
  });

  it('refuses a changed createdAt, naming the field', async () => {
    const site = await t.site();
    const read = (await get(site)).body.site;

    const refused = await put(site, { ...read, createdAt: '2020-01-01T00:00:00.000Z' });

    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({
      code: 'invalid_request',
      issues: [{ path: 'body.createdAt' }],
    });
    expect((await get(site)).body.site.createdAt).toBe(read.createdAt);
  });

  it('refuses another id than the site in the path', async () => {
    const site = await t.site();
    const read = (await get(site)).body.site;

    const refused = await put(site, { ...read, id: 'another-site' });

    expect(refused.status).toBe(400);
    expect(refused.body.error.issues?.map((issue) => issue.path)).toEqual(['body.id']);
  });

  it('refuses an updatedAt older than the stored one, as another client changed the site since', async () => {
    const site = await t.site();
    const read = (await get(site)).body.site;
    await put(site, { guests: false });

    const refused = await put(site, { ...read, maxDepth: 1 });

    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('body.updatedAt is read-only');
  });
});
