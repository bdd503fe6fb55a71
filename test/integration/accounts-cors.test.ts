import { describe, expect, it } from 'vitest';
import { bearer } from '../support/test-app.js';
import { useTestApp } from '../support/use-test-app.js';

const t = useTestApp();

describe('account routes from a site embedding the widget on its own domain', () => {
  it('answer with CORS headers for an origin the named site allows, and none for others', async () => {
    const site = await t.site({ allowedOrigins: ['https://journal.example'] });
    const reader = await t.reader();
    const body = { email: reader.email, password: reader.password };

    const allowed = await t.raw('POST', `/v1/auth/login?site=${site}`, body, {
      origin: 'https://journal.example',
    });
    const me = await t.raw('GET', `/v1/me?site=${site}`, undefined, {
      origin: 'https://journal.example',
      ...bearer(reader.idToken),
    });
    const other = await t.raw('POST', `/v1/auth/login?site=${site}`, body, {
      origin: 'https://evil.example',
    });

    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://journal.example');
    expect(me.headers.get('access-control-allow-origin')).toBe('https://journal.example');
    expect(other).toMatchObject({ status: 403, body: { error: { code: 'origin_not_allowed' } } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
