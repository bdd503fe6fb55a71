/**
 * Integration: moderator alert settings (issue 15, point 4): per site, each staff member chooses a
 * digest of the pending, reported and notices queues (every 15 minutes, hour or day) and an email
 * at once for each illegal-content notice; both off until set, validated, staff only, each one's own.
 */
import { describe, expect, it } from 'vitest';
import type { ModeratorAlerts } from '../../functions/moderation/types.js';
import { moderatorAlertHelpers } from '../support/moderator-alerts.js';
import { bearer } from '../support/test-app.js';
import { useTestApp } from '../support/use-test-app.js';

const t = useTestApp({ events: true });
const { setAlerts } = moderatorAlertHelpers(t);

describe('moderator alert settings', () => {
  it('are both off until the staff member sets them, then read back with the next digest’s time', async () => {
    const site = await t.site();
    const mod = await t.staff(['moderators']);

    const before = await t.raw<ModeratorAlerts>(
      'GET',
      `/v1/moderation/alerts?site=${site}`,
      undefined,
      bearer(mod.idToken),
    );
    const saved = await setAlerts(site, mod.idToken, { digest: '1h', notices: true });
    const after = await t.raw<ModeratorAlerts>(
      'GET',
      `/v1/moderation/alerts?site=${site}`,
      undefined,
      bearer(mod.idToken),
    );

    expect(before.body).toEqual({ site, digest: 'off', notices: false, nextDigestAt: null });
    expect(saved.body).toMatchObject({ site, digest: '1h', notices: true });
    const due = Date.parse(String(saved.body.nextDigestAt)) - Date.now();
    expect(due).toBeGreaterThan(55 * 60_000);
    expect(due).toBeLessThanOrEqual(60 * 60_000);
    expect(after.body).toEqual(saved.body);
  });

  it('refuses a frequency it does not know, a missing field and an unknown site with 4xx codes', async () => {
    const site = await t.site();
    const mod = await t.staff(['moderators']);

    const badFrequency = await setAlerts(site, mod.idToken, { digest: '5m', notices: true });
    const missing = await setAlerts(site, mod.idToken, { digest: '1h' });
    const noSite = await t.raw('GET', '/v1/moderation/alerts', undefined, bearer(mod.idToken));
    const unknown = await setAlerts('no-such-site-here', mod.idToken, { digest: '1h', notices: true });

    expect(badFrequency.status).toBe(400);
    expect(badFrequency.body).toMatchObject({ error: { code: 'invalid_request' } });
    expect(missing.status).toBe(400);
    expect(noSite.status).toBe(400);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ error: { code: 'site_not_found' } });
  });

  it('are for staff only: a reader is refused, an anonymous caller must log in', async () => {
    const site = await t.site();
    const reader = await t.reader();

    const asReader = await setAlerts(site, reader.idToken, { digest: '1h', notices: true });
    const anonymous = await t.raw('GET', `/v1/moderation/alerts?site=${site}`);

    expect(asReader.status).toBe(403);
    expect(asReader.body).toMatchObject({ error: { code: 'forbidden' } });
    expect(anonymous.status).toBe(401);
  });

  it('are each staff member’s own: another moderator’s stay off, whatever the body names', async () => {
    const site = await t.site();
    const one = await t.staff(['moderators']);
    const other = await t.staff(['moderators']);

    const saved = await setAlerts(site, one.idToken, {
      digest: '1d',
      notices: true,
      userId: other.user.id,
      site: 'x',
    });
    const theirs = await t.raw<ModeratorAlerts>(
      'GET',
      `/v1/moderation/alerts?site=${site}`,
      undefined,
      bearer(other.idToken),
    );

    expect(saved.body).toMatchObject({ site, digest: '1d', notices: true });
    expect(theirs.body).toMatchObject({ digest: 'off', notices: false });
  });
});
