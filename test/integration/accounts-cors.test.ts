import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  bearer,
  createTestSite,
  signUpReader,
  startTestApp,
  type TestApp,
} from '../support/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

describe('account routes from a site embedding the widget on its own domain', () => {
  it('answer with CORS headers for an origin the named site allows, and none for others', async () => {
    const site = await createTestSite({ allowedOrigins: ['https://journal.example'] });
    const reader = await signUpReader(app);
    const body = { email: reader.email, password: reader.password };

    const allowed = await api(app, 'POST', `/v1/auth/login?site=${site}`, body, {
      origin: 'https://journal.example',
    });
    const me = await api(app, 'GET', `/v1/me?site=${site}`, undefined, {
      origin: 'https://journal.example',
      ...bearer(reader.idToken),
    });
    const other = await api(app, 'POST', `/v1/auth/login?site=${site}`, body, {
      origin: 'https://evil.example',
    });

    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://journal.example');
    expect(me.headers.get('access-control-allow-origin')).toBe('https://journal.example');
    expect(other).toMatchObject({ status: 403, body: { error: { code: 'origin_not_allowed' } } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
