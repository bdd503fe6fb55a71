/**
 * Test support: what the moderator alert suites share (issue 15, point 4): posting on a fresh
 * article, saving a staff member's alert settings, the emails the local SES holds for an address
 * once the stream has been read, a header of one, a time some minutes on, and a site whose
 * moderator takes the digest every 15 minutes.
 */
import { expect } from 'vitest';
import type { StoredEmail } from '../../functions/local/ses-local.js';
import type { ModeratorAlerts } from '../../functions/moderation/types.js';
import { bearer } from './test-app.js';
import type { Staff, UsedTestApp } from './use-test-app.js';

export function moderatorAlertHelpers(t: UsedTestApp) {
  let n = 0;
  const post = async (site: string, token: string, body: string) => {
    const answer = await t.raw<{ comment: { id: string; status: string } }>(
      'POST',
      '/v1/comments',
      { site, page: `article-${n++}`, body },
      bearer(token),
    );
    expect(answer.status).toBe(201);
    return answer.body.comment.id;
  };

  const setAlerts = (site: string, token: string, body: unknown) =>
    t.raw<ModeratorAlerts>('PUT', `/v1/moderation/alerts?site=${site}`, body, bearer(token));

  const mailsTo = async (email: string): Promise<StoredEmail[]> => {
    await t.app.events?.reader.drain();
    return (await t.app.ses?.messages())?.filter((m) => m.destination.to.includes(email)) ?? [];
  };

  /** A site with a staff member taking the digest every 15 minutes. */
  async function digestSite(
    settings: Parameters<typeof t.site>[0] = {},
  ): Promise<{ site: string; mod: Staff }> {
    const site = await t.site({ moderation: 'pre', reportThreshold: 1, languages: ['fr'], ...settings });
    const mod = await t.staff(['moderators'], 'Modé Digest');
    const saved = await setAlerts(site, mod.idToken, { digest: '15m', notices: false });
    expect(saved.status).toBe(200);
    return { site, mod };
  }

  return { post, setAlerts, mailsTo, digestSite };
}

export const headerOf = (mail: StoredEmail | undefined, name: string) =>
  mail?.headers?.find((h) => h.name.toLowerCase() === name.toLowerCase())?.value;

export const minutes = (m: number) => new Date(Date.now() + m * 60_000);
