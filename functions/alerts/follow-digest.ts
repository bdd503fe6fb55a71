/**
 * Alerts, follow digests (issue 15, point 1): once a day per follower, one email listing the
 * comments others published on each article they follow since the last digest. The schedule reads
 * the digests due by key (`FOLLOWDIGEST#due`), hands each to the ledger as `follow-digest` (once
 * per reader and due time, so a replay never sends twice), then moves the digest on by a day.
 * Nothing is sent when nothing is new; a suppressed address, the daily cap and a reader without
 * an address skip it.
 */

import { getProfile } from '../accounts/profile-repository.js';
import { emailOf } from '../accounts/reader-directory.js';
import { getPages, publishedBetween } from '../comments/store.js';
import type { EffectOutcome } from '../events/effects.js';
import { performOnce, registerKind } from '../events/perform.js';
import { scheduledTasks } from '../events/riders.js';
import { isSuppressed } from '../events/suppressions.js';
import { sendMail } from '../shared/mail/mailer.js';
import type { Site } from '../sites/schemas.js';
import { requireSite } from '../sites/service.js';
import { countEmail } from './batch-repository.js';
import { DIGEST_EXCERPTS, type DigestArticle, followDigestMail } from './follow-mail.js';
import { advanceDigest, dueDigests, type Follow, listFollows, readFollowState } from './follow-repository.js';

/** Followed articles read in parallel by one digest. */
const ARTICLES_IN_FLIGHT = 8;

/** The news of one followed article between `since` and `until`, others' comments only. */
async function newsOf(userId: string, follow: Follow, since: string, until: string) {
  const from = follow.followedAt > since ? follow.followedAt : since;
  const { comments, more } = await publishedBetween(follow.site, follow.page, from, until);
  const others = comments.filter((comment) => comment.authorId !== userId);
  return others.length > 0 ? { follow, comments: others, more } : undefined;
}

/** Where an article is: its page record's URL when known, else the site's first origin + page. */
function articleUrl(site: Site, page: string, known: string | undefined): string {
  const origin = site.allowedOrigins.find((o) => o !== '*') ?? '';
  return known ?? `${origin}/${page.replace(/^\/+/, '')}`;
}

/** The `follow-digest` effect: one email for the reader's followed articles with news. */
export async function sendFollowDigest(
  payload: Record<string, unknown>,
  eventId: string,
  now: Date,
): Promise<EffectOutcome> {
  const userId = String(payload.userId);
  const since = String(payload.since);
  const until = String(payload.until);
  const follows = await listFollows(userId);
  const news: NonNullable<Awaited<ReturnType<typeof newsOf>>>[] = [];
  // A few articles at a time: up to 200 followed articles must not all query at once.
  for (let i = 0; i < follows.length; i += ARTICLES_IN_FLIGHT) {
    const read = await Promise.all(
      follows.slice(i, i + ARTICLES_IN_FLIGHT).map((f) => newsOf(userId, f, since, until)),
    );
    for (const n of read) if (n) news.push(n);
  }
  if (news.length === 0) return { status: 'skipped', detail: 'nothing_new' };
  const to = await emailOf(userId);
  if (!to) return { status: 'skipped', detail: 'no_address' };
  if (await isSuppressed(to)) return { status: 'skipped', detail: 'suppressed' };
  const sites = new Map<string, Site>();
  for (const n of news)
    if (!sites.has(n.follow.site)) sites.set(n.follow.site, await requireSite(n.follow.site));
  const articles: DigestArticle[] = [];
  for (const [id, site] of sites) {
    const mine = news.filter((n) => n.follow.site === id);
    const pages = await getPages(
      id,
      mine.map((n) => n.follow.page),
    );
    for (const n of mine) {
      const record = pages.get(n.follow.page);
      articles.push({
        site: id,
        page: n.follow.page,
        title: record?.title ?? n.follow.page,
        url: articleUrl(site, n.follow.page, record?.url),
        count: n.comments.length,
        more: n.more,
        comments: n.comments
          .slice(0, DIGEST_EXCERPTS)
          .map((c) => ({ id: c.id, authorName: c.authorName, body: c.body })),
      });
    }
  }
  if (!(await countEmail(userId, eventId, now))) return { status: 'skipped', detail: 'daily_cap' };
  const [first] = sites.values();
  const lang = (await getProfile(userId)).language ?? first?.languages[0] ?? 'fr';
  await sendMail(followDigestMail(to, userId, lang, articles, now));
  return { status: 'sent', detail: `${articles.length} articles` };
}

registerKind('follow-digest', {
  retryDelays: [60, 300, 1800, 7200],
  perform: (payload, context) => sendFollowDigest(payload, context.eventId, context.now),
});

/** Hands each due digest to the ledger once (`follow-digest:<userId>:<dueAt>`), then moves it on. */
export async function sendDueDigests(now: Date): Promise<number> {
  let handed = 0;
  for (const due of await dueDigests(now)) {
    const state = await readFollowState(due.userId);
    if (state && state.dueAt === due.dueAt && state.count > 0) {
      const follows = await listFollows(due.userId);
      await performOnce(
        `follow-digest:${due.userId}:${due.dueAt}`,
        {
          key: 'mail',
          kind: 'follow-digest',
          site: follows[0]?.site,
          payload: { userId: due.userId, since: state.since, until: due.dueAt },
        },
        now,
      );
      handed++;
    }
    // The ledger holds the email from here (a failed send is retried from it): the digest moves on.
    await advanceDigest(due.userId, due.dueAt, now);
  }
  return handed;
}

scheduledTasks.push({ name: 'follow-digests', run: sendDueDigests });
