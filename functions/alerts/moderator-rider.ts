/**
 * Alerts, moderator alerts (issue 15, point 4). Each minute the schedule takes the digests due
 * (moderation's `MODALERTS#due` pointers, one Query), reads the site's queue counts (the console
 * tabs' own, kept exactly) and the oldest comments of each, and sends one email through the
 * ledger (`moddigest:<site>:<userId>:<due at>`), so a replay never sends it twice; nothing is sent
 * when the queues are empty. Then the next digest is due one period later. A notice of illegal
 * content emails at once every staff member of its site who asked for it (one effect each).
 */

import { getProfile } from '../accounts/profile-repository.js';
import { emailOf, groupsOf } from '../accounts/reader-directory.js';
import { getCommentById, listQueue, readQueueCounts } from '../comments/store.js';
import type { EffectOutcome, EffectSpec } from '../events/effects.js';
import { performOnce, registerKind } from '../events/perform.js';
import { planners, scheduledTasks } from '../events/riders.js';
import { isSuppressed } from '../events/suppressions.js';
import type { DomainEvent } from '../events/types.js';
import {
  advanceDigest,
  DIGEST_PERIOD_MS,
  type DueDigest,
  dropDigestPointer,
  dueDigests,
  noticeRecipients,
  readModeratorAlerts,
  stopModeratorAlert,
} from '../moderation/alert-settings-repository.js';
import { siteGrantsOf } from '../shared/auth/site-grants.js';
import { AppError } from '../shared/errors.js';
import { logger } from '../shared/logger.js';
import { sendMail } from '../shared/mail/mailer.js';
import { excerpt } from '../shared/mail/render.js';
import type { Site } from '../sites/schemas.js';
import { requireSite } from '../sites/service.js';
import {
  DIGEST_QUEUES,
  type DigestContent,
  type DigestItem,
  digestMail,
  type Lang,
  moderatorUnsubscribeUrl,
  type NoticeContent,
  noticeMail,
} from './moderator-mail.js';

/** The oldest comments a digest lists per queue. */
export const DIGEST_OLDEST = 3;

/** Whether the account is still staff of the site: of every site (a group), or in its team. */
const isStaffOf = async (userId: string, site: string) => {
  const [groups, grants] = await Promise.all([groupsOf(userId), siteGrantsOf(userId)]);
  return groups.includes('moderators') || groups.includes('admins') || grants[site] !== undefined;
};

/** The staff member's address, unless they are no longer staff of the site, have none, or it bounced. */
async function addressOf(userId: string, site: string): Promise<string | { skipped: string }> {
  if (!(await isStaffOf(userId, site))) return { skipped: 'not_staff' };
  const to = await emailOf(userId);
  if (!to) return { skipped: 'no_address' };
  if (await isSuppressed(to)) return { skipped: 'suppressed' };
  return to;
}

const langOf = async (userId: string, site: Site): Promise<Lang> =>
  (await getProfile(userId)).language ?? site.languages[0] ?? 'fr';

/** What the digest of `site` would say now. */
async function digestContent(site: Site): Promise<DigestContent> {
  const counts = await readQueueCounts(site.id);
  const oldest = {} as Record<(typeof DIGEST_QUEUES)[number], DigestItem[]>;
  for (const queue of DIGEST_QUEUES) {
    const { comments } = counts[queue]
      ? await listQueue({ site: site.id, queue, limit: DIGEST_OLDEST })
      : { comments: [] };
    oldest[queue] = comments.map((c) => ({ authorName: c.authorName, excerpt: excerpt(c.body, 140) }));
  }
  return {
    site: site.id,
    siteName: site.name,
    counts: { pending: counts.pending, reported: counts.reported, notices: counts.notices },
    oldest,
  };
}

/** The time the digest after `due` is due: one period later, or from now if the schedule lagged. */
function following(due: DueDigest, digest: keyof typeof DIGEST_PERIOD_MS, now: Date): string {
  const period = DIGEST_PERIOD_MS[digest];
  const next = new Date(due.dueAt).getTime() + period;
  return new Date(next > now.getTime() ? next : now.getTime() + period).toISOString();
}

/** Sends one due digest once when anything waits, then makes the next one due; true when sent. */
async function sendDigest(due: DueDigest, now: Date): Promise<boolean> {
  const settings = await readModeratorAlerts(due.site, due.userId);
  // Turned off, or its frequency changed since: the pointer is stale.
  if (settings.digest === 'off' || settings.nextDigestAt !== due.dueAt) {
    await dropDigestPointer(due.sk);
    return false;
  }
  const site = await requireSite(due.site).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'site_not_found') return undefined;
    throw error;
  });
  // Left the staff, deleted their account, or the site is gone: the digest stops (its pointer too).
  if (!site || !(await isStaffOf(due.userId, due.site))) {
    await stopModeratorAlert(due.site, due.userId, 'digest', now);
    return false;
  }
  const content = await digestContent(site);
  const waiting = DIGEST_QUEUES.some((queue) => content.counts[queue] > 0);
  if (waiting)
    await performOnce(
      `moddigest:${due.site}:${due.userId}:${due.dueAt}`,
      {
        key: 'mail',
        kind: 'moderator-digest',
        site: due.site,
        payload: { userId: due.userId, content: { ...content } },
      },
      now,
    );
  // The ledger holds the email from here (a failed send is retried from it).
  await advanceDigest(due, following(due, settings.digest, now), now);
  return waiting;
}

/** Sends each due digest; one that fails is logged and tried again next minute, the others go on. */
export async function sendDueDigests(now: Date): Promise<number> {
  let sent = 0;
  for (const due of await dueDigests(now)) {
    try {
      if (await sendDigest(due, now)) sent++;
    } catch (error) {
      logger.error('Moderator digest failed, tried again next minute', { site: due.site, error });
    }
  }
  return sent;
}

scheduledTasks.push({ name: 'moderator-digests', run: sendDueDigests });

registerKind('moderator-digest', {
  retryDelays: [60, 300, 1800],
  async perform(payload, context): Promise<EffectOutcome> {
    const userId = String(payload.userId);
    const content = payload.content as unknown as DigestContent;
    const to = await addressOf(userId, content.site);
    if (typeof to !== 'string') return { status: 'skipped', detail: to.skipped };
    const lang = await langOf(userId, await requireSite(content.site));
    const stop = moderatorUnsubscribeUrl('moddigest', content.site, userId, context.now);
    await sendMail(digestMail(to, lang, content, stop));
    return { status: 'sent' };
  },
});

/** The effects of a notice: one email for each staff member of its site who asked for them. */
export async function planNoticeAlerts(event: DomainEvent): Promise<EffectSpec[]> {
  if (event.type !== 'notice.received') return [];
  const recipients = await noticeRecipients(event.site);
  if (!recipients.length) return [];
  const comment = await getCommentById(event.commentId);
  const site = await requireSite(event.site);
  // Only what staff need to act: never who the notifier is (their name, their address).
  const content: NoticeContent = {
    site: event.site,
    siteName: site.name,
    reason: event.reason,
    explanation: event.text ? excerpt(event.text, 500) : undefined,
    commentExcerpt: excerpt(comment?.body ?? '', 280),
  };
  return recipients.map((userId) => ({
    key: `notice-alert:${userId}`,
    kind: 'moderator-notice',
    payload: { userId, content: { ...content } },
  }));
}

planners.push(planNoticeAlerts);

registerKind('moderator-notice', {
  retryDelays: [60, 300, 1800],
  async perform(payload, context): Promise<EffectOutcome> {
    const userId = String(payload.userId);
    const content = payload.content as unknown as NoticeContent;
    // Turned off since the notice came (a retry).
    if (!(await readModeratorAlerts(content.site, userId)).notices)
      return { status: 'skipped', detail: 'unsubscribed' };
    const to = await addressOf(userId, content.site);
    if (typeof to !== 'string') {
      if (to.skipped === 'not_staff') await stopModeratorAlert(content.site, userId, 'notices', context.now);
      return { status: 'skipped', detail: to.skipped };
    }
    const lang = await langOf(userId, await requireSite(content.site));
    const stop = moderatorUnsubscribeUrl('modnotices', content.site, userId, context.now);
    await sendMail(noticeMail(to, lang, content, stop));
    return { status: 'sent' };
  },
});
