/**
 * Alerts, follows: a signed-in reader follows an article to get a daily digest of its new
 * comments (follow-digest.ts), unfollows it (here, from "Mon compte", or from the digest's link),
 * and lists what they follow with each article's title and link.
 */
import { getPages } from '../comments/store.js';
import { AppError } from '../shared/errors.js';
import { consume, hashed, type Limit } from '../shared/rate-limit/rate-limit.js';
import { requireSite } from '../sites/service.js';
import {
  addFollow,
  type Follow,
  forgetFollows,
  isFollowing,
  listFollows,
  maxFollows,
  removeFollow,
} from './follow-repository.js';
import type { FollowedArticle, FollowList, FollowState } from './types.js';

/**
 * Follows and unfollows per account per minute (FOLLOW_CHANGES_PER_ACCOUNT_PER_MINUTE, default 30):
 * each is a two-item transaction, and a script toggling one must not run the table's writes up.
 */
const followLimit = (userId: string): Limit => ({
  name: `follow:${hashed(userId)}`,
  max: Number(process.env.FOLLOW_CHANGES_PER_ACCOUNT_PER_MINUTE ?? 30),
  windowSeconds: 60,
});

/** Follows the article of a known site (idempotent); 409 `follows_full` past `maxFollows()`. */
export async function follow(
  userId: string,
  site: string,
  page: string,
  now = new Date(),
): Promise<FollowState> {
  await requireSite(site);
  await consume([followLimit(userId)]);
  const outcome = await addFollow(userId, site, page, now);
  if (outcome === 'full')
    throw new AppError(
      'follows_full',
      `You follow ${maxFollows()} articles already; unfollow one before following another.`,
    );
  return { site, page, following: true };
}

/** Unfollows the article (idempotent: unfollowing what one does not follow changes nothing). */
export async function unfollow(userId: string, site: string, page: string): Promise<FollowState> {
  await requireSite(site);
  await consume([followLimit(userId)]);
  await removeFollow(userId, site, page);
  return { site, page, following: false };
}

/** Whether the reader follows the article. */
export const following = (userId: string, site: string, page: string) => isFollowing(userId, site, page);

const BATCH_GET_MAX = 100;

/** The articles of `follows` on one site, with their titles and URLs as the page records hold them. */
async function named(site: string, follows: Follow[]): Promise<FollowedArticle[]> {
  const pages = follows.map((f) => f.page);
  const records = new Map<string, { title?: string; url?: string }>();
  for (let i = 0; i < pages.length; i += BATCH_GET_MAX)
    for (const [page, record] of await getPages(site, pages.slice(i, i + BATCH_GET_MAX)))
      records.set(page, record);
  return follows.map((f) => {
    const record = records.get(f.page);
    return {
      site,
      page: f.page,
      followedAt: f.followedAt,
      ...(record?.title ? { title: record.title } : {}),
      ...(record?.url ? { url: record.url } : {}),
    };
  });
}

/** Every article the reader follows, oldest follow first; `site` narrows the list to one site. */
export async function listFollowed(userId: string, site?: string): Promise<FollowList> {
  const all = (await listFollows(userId)).filter((f) => !site || f.site === site);
  const bySite = new Map<string, Follow[]>();
  for (const f of all) bySite.set(f.site, [...(bySite.get(f.site) ?? []), f]);
  const articles = (await Promise.all([...bySite].map(([id, follows]) => named(id, follows)))).flat();
  return { follows: articles.sort((a, b) => a.followedAt.localeCompare(b.followedAt)) };
}

/** Account deletion: every follow of the reader goes, with their digest. */
export const forgetReaderFollows = (userId: string) => forgetFollows(userId);
