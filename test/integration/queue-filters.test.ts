/**
 * Issue 14, point 3: a queue filtered by author or by article is read by key (GSIs
 * `queue-by-author`, `queue-by-article`), so the first page holds that author's or that article's
 * comments, on a queue of 500 from several authors and articles. Through the real handlers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { guestKey } from '../../functions/shared/guest-key.js';
import type { ErrorBody } from '../../functions/shared/types.js';
import { postComment } from '../../widget/src/api/comments.js';
import { decide, listQueue, type QueueQuery } from '../../widget/src/api/moderation.js';
import { bearer } from '../support/test-app.js';
import { newKey } from '../support/test-fetcher.js';
import { type Staff, useTestApp } from '../support/use-test-app.js';

const t = useTestApp();
let moderator: Staff;
const mod = () => t.client(moderator.idToken);

interface Posted {
  id: string;
  author: string;
  page: string;
  sort: string;
}

const AUTHORS = ['alice', 'bruno', 'chloe', 'driss', 'emma'];
const ARTICLES = ['ecoles', 'budget', 'tram', 'marche'];
const emailOf = (author: string) => `${author}@lecteurs.example`;

let site: string;
const posted: Posted[] = [];

/** Posts one guest comment; what the queue sorts it by is its `createdAt` then id. */
async function post(author: string, page: string, n: number): Promise<Posted> {
  const { comment } = await postComment(
    t.client(),
    { site, page, body: `avis numéro ${n} de ${author}`, author: { name: author, email: emailOf(author) } },
    newKey(),
  );
  return { id: comment.id, author, page, sort: `${comment.createdAt}#${comment.id}` };
}

/** The ids `filter` keeps, in queue order (oldest first). */
const expected = (filter: (p: Posted) => boolean) =>
  posted
    .filter(filter)
    .sort((a, b) => (a.sort < b.sort ? -1 : 1))
    .map((p) => p.id);

const ids = async (query: Omit<QueueQuery, 'site'>) =>
  (await listQueue(mod(), { site, ...query })).comments.map((item) => item.comment.id);

/** Every page of a filtered queue, following `nextCursor`. */
async function allPages(query: Omit<QueueQuery, 'site'>): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 50; pages++) {
    const page = await listQueue(mod(), { site, ...query, cursor });
    seen.push(...page.comments.map((item) => item.comment.id));
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return seen;
}

beforeAll(async () => {
  moderator = await t.staff(['moderators']);
  site = await t.site({ moderation: 'pre', postsPerMinutePerIp: 10_000 });
  // 494 comments round the five authors and four articles, 25 at a time; then the rare author
  // (`zoe`) and the rare article (`rare`) last, so no page of the whole queue before the last holds them.
  const plan: [string, string][] = [];
  for (let n = 0; n < 494; n++) plan.push([AUTHORS[n % 5] ?? '', ARTICLES[Math.floor(n / 5) % 4] ?? '']);
  plan.push(['zoe', 'ecoles'], ['zoe', 'budget'], ['zoe', 'rare'], ['alice', 'rare'], ['bruno', 'rare']);
  plan.push(['chloe', 'rare']);
  for (let start = 0; start < plan.length; start += 25) {
    const batch = plan.slice(start, start + 25);
    posted.push(...(await Promise.all(batch.map(([author, page], i) => post(author, page, start + i)))));
  }
}, 240_000);

describe('a queue of 500 comments filtered by author', () => {
  it('holds the author’s comments on the first page, though they were posted last', async () => {
    const page = await ids({ status: 'pending', author: guestKey(emailOf('zoe')) });

    expect(page).toEqual(expected((p) => p.author === 'zoe'));
    expect(page).toHaveLength(3);
  });

  it('fills the first page with a busy author’s comments only, oldest first', async () => {
    const page = await ids({ status: 'pending', author: guestKey(emailOf('bruno')), limit: 20 });

    expect(page).toEqual(expected((p) => p.author === 'bruno').slice(0, 20));
  });

  it('pages through every comment of the author once, in order', async () => {
    const seen = await allPages({ status: 'pending', author: guestKey(emailOf('chloe')), limit: 30 });

    expect(seen).toEqual(expected((p) => p.author === 'chloe'));
  });
});

describe('a queue of 500 comments filtered by article', () => {
  it('holds the article’s comments on the first page, though they were posted last', async () => {
    const page = await ids({ status: 'pending', page: 'rare' });

    expect(page).toEqual(expected((p) => p.page === 'rare'));
    expect(page).toHaveLength(4);
  });

  it('pages through every comment of the article once, in order', async () => {
    const seen = await allPages({ status: 'pending', page: 'tram', limit: 40 });

    expect(seen).toEqual(expected((p) => p.page === 'tram'));
  });

  it('narrows to one author on one article when both filters are given', async () => {
    const page = await ids({
      status: 'pending',
      page: 'budget',
      author: guestKey(emailOf('driss')),
      limit: 100,
    });

    expect(page).toEqual(expected((p) => p.page === 'budget' && p.author === 'driss'));
  });

  it('answers an empty page, with no cursor, for an article the site does not have', async () => {
    const answer = await listQueue(mod(), { site, status: 'pending', page: 'nulle-part' });

    expect(answer).toMatchObject({ comments: [], nextCursor: null });
  });
});

describe('a filtered queue after decisions', () => {
  it('moves a decided comment from the author’s pending filter to their approved filter', async () => {
    const [first] = expected((p) => p.author === 'zoe');
    if (!first) throw new Error('zoe posted nothing');

    await decide(mod(), { [first]: 'pending' }, 'approve');

    expect(await ids({ status: 'pending', author: guestKey(emailOf('zoe')) })).not.toContain(first);
    expect(await ids({ status: 'approved', author: guestKey(emailOf('zoe')) })).toEqual([first]);
  });

  it('refuses the cursor of another filter', async () => {
    const first = await listQueue(mod(), { site, status: 'pending', page: 'tram', limit: 5 });

    const res = await t.raw<ErrorBody>(
      'GET',
      `/v1/moderation/queue?site=${site}&status=pending&page=budget&cursor=${first.nextCursor}`,
      undefined,
      bearer(moderator.idToken),
    );

    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_cursor');
  });
});

describe('the unreviewed queue filtered by author', () => {
  it('holds the author’s comments on the first page, newest first, by key', async () => {
    const reviewed = await t.site({ moderation: 'post', postsPerMinutePerIp: 10_000 });
    const early: string[] = [];
    for (const n of [1, 2]) {
      const { comment } = await postComment(
        t.client(),
        {
          site: reviewed,
          page: 'p',
          body: `tôt ${n}`,
          author: { name: 'Yves', email: 'yves@lecteurs.example' },
        },
        newKey(),
      );
      early.push(comment.id);
    }
    for (let n = 0; n < 25; n++) {
      await postComment(
        t.client(),
        {
          site: reviewed,
          page: 'p',
          body: `tard ${n}`,
          author: { name: 'Ugo', email: 'ugo@lecteurs.example' },
        },
        newKey(),
      );
    }

    const page = await listQueue(mod(), {
      site: reviewed,
      status: 'unreviewed',
      author: guestKey('yves@lecteurs.example'),
      limit: 5,
    });

    expect(page.comments.map((item) => item.comment.id)).toEqual([...early].reverse());
  });
});
