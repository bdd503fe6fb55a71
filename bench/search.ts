/**
 * Bench: the moderators' search (`GET /v1/moderation/search`) over a site of N comments, through
 * the local server. The comments are written with BatchWriteItem, 25 at a time, as `commentItem`
 * builds them (the search reads comment items only, so no page record or counter is needed):
 * 10,000 by default, `BENCH_SEARCH_COMMENTS=100000` for the issue's 100,000 (minutes to seed on
 * two cores). Each search is timed `RUNS` times; its worst case, a word no comment holds, reads
 * every index entry of the window.
 */
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { commentItem } from '../functions/comments/items.js';
import type { CommentRecord } from '../functions/comments/records.js';
import { ensureUser } from '../functions/local/cognito-local.js';
import type { LocalIdentity } from '../functions/local/local-env.js';
import { config } from '../functions/shared/config.js';
import { dynamo } from '../functions/shared/data/dynamo-client.js';
import { newId } from '../functions/shared/ids.js';
import { summarize } from './latency.js';
import { forEachLimited } from './seed.js';

/** How many comments the search bench seeds: `BENCH_SEARCH_COMMENTS`, else 10,000. */
export const searchComments = () => Number(process.env.BENCH_SEARCH_COMMENTS) || 10_000;

const RUNS = 5;
const WORDS = ['tramway', 'budget', 'école', 'piscine', 'marché', 'vélo', 'parking', 'bibliothèque'];
const SENTENCES = [
  'Merci pour cet article très complet.',
  'Je ne partage pas tout à fait cette analyse, mais le sujet mérite d’être posé.',
  'Les chiffres cités datent un peu : il faudrait les mettre à jour.',
  'Dans ma commune, la situation est exactement celle que vous décrivez.',
  'On oublie souvent l’avis des premiers concernés dans ce débat.',
];

/** Deterministic: a comment in 5,000 names "kiosque"; each of WORDS is in one comment in 8. */
function record(site: string, n: number, time: number): CommentRecord {
  const id = newId(time);
  const reader = n % 2_000;
  const sentences = Array.from({ length: 1 + (n % 5) }, (_, k) => SENTENCES[(n + k) % SENTENCES.length]);
  const body = `${sentences.join(' ')} Le ${WORDS[n % WORDS.length]} ${n % 5_000 === 17 ? 'et le kiosque ' : ''}du quartier.`;
  return {
    id,
    site,
    page: `article-${n % 200}`,
    parentId: null,
    path: id,
    depth: 0,
    authorId: null,
    authorName: `Lecteur ${reader} Dupont${reader}`,
    authorKey: `guest:bench-search-${reader}`,
    guestEmail: `lecteur${reader}@example.org`,
    body,
    status: n % 10 === 0 ? 'pending' : 'approved',
    createdAt: new Date(time).toISOString(),
    replyCount: 0,
    reactions: {},
  };
}

/** One search's timings, what it found, and how many index entries it read. */
export interface SearchTiming {
  label: string;
  q: string;
  p50: number;
  max: number;
  found: number;
}

/** The search bench's measurements. */
export interface SearchBench {
  comments: number;
  seedMs: number;
  /** Mean size of a `search` index entry (keys, `page`, `searchText`, DynamoDB's 100 bytes). */
  entryBytes: number;
  searches: SearchTiming[];
}

/** Seeds `total` comments over the last 60 days with BatchWriteItem; the mean index entry size. */
async function seed(site: string, total: number): Promise<number> {
  const span = 60 * 24 * 3600_000;
  const start = Date.now() - span;
  const batches: CommentRecord[][] = [];
  for (let n = 0; n < total; n += 25) {
    batches.push(
      Array.from({ length: Math.min(25, total - n) }, (_, i) =>
        record(site, n + i, start + Math.floor(((n + i) * span) / total)),
      ),
    );
  }
  let entryBytes = 0;
  await forEachLimited(batches, 8, async (batch) => {
    const items: Record<string, unknown>[] = batch.map(commentItem);
    for (const item of items) {
      // Attribute names and values, as DynamoDB sizes an index entry, plus its 100 bytes per item.
      const attributes = ['pk', 'sk', 'gsi5pk', 'gsi2sk', 'page', 'searchText'];
      entryBytes +=
        100 + attributes.reduce((sum, name) => sum + name.length + String(item[name] ?? '').length, 0);
    }
    let requests: Record<string, unknown>[] = items.map((Item) => ({ PutRequest: { Item } }));
    while (requests.length) {
      const { UnprocessedItems } = await dynamo().send(
        new BatchWriteCommand({ RequestItems: { [config.commentsTable]: requests as never } }),
      );
      requests = (UnprocessedItems?.[config.commentsTable] ?? []) as Record<string, unknown>[];
    }
  });
  return entryBytes / total;
}

/** A moderator's ID token from the bench's user pool. */
async function moderatorToken(url: string, identity: LocalIdentity): Promise<string> {
  const { endpoint, ...pool } = identity;
  const user = {
    email: 'bench-moderator@example.org',
    password: 'correct horse battery',
    name: 'Modération bench',
  };
  await ensureUser(endpoint, pool, { ...user, groups: ['moderators'] });
  const login = await fetch(`${url}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: user.email, password: user.password }),
  });
  return ((await login.json()) as { idToken: string }).idToken;
}

/** Seeds the site and times each search `RUNS` times (after one untimed run). */
export async function measureSearch(
  url: string,
  identity: LocalIdentity,
  site: string,
): Promise<SearchBench> {
  const total = searchComments();
  const started = performance.now();
  const entryBytes = await seed(site, total);
  const seedMs = performance.now() - started;
  const token = await moderatorToken(url, identity);
  const cases = [
    { label: 'a word no comment holds (reads the whole window)', q: 'introuvable' },
    { label: `a rare word (${Math.ceil(total / 5_000)} comments)`, q: 'kiosque' },
    { label: 'a common word (1 comment in 8)', q: 'tramway' },
    { label: 'an author’s name', q: 'dupont1234' },
    { label: 'two words', q: 'quartier bibliotheque' },
  ];
  const searches: SearchTiming[] = [];
  for (const { label, q } of cases) {
    const get = async () => {
      const t0 = performance.now();
      const res = await fetch(
        `${url}/v1/moderation/search?${new URLSearchParams({ site, q, limit: '20' })}`,
        {
          headers: { authorization: `Bearer ${token}` },
        },
      );
      if (res.status !== 200) throw new Error(`search "${q}": ${res.status} ${await res.text()}`);
      const body = (await res.json()) as { comments: unknown[] };
      return { ms: performance.now() - t0, found: body.comments.length };
    };
    const first = await get();
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) samples.push((await get()).ms);
    const stats = summarize(samples);
    searches.push({ label, q, p50: stats.p50, max: Math.max(...samples), found: first.found });
  }
  return { comments: total, seedMs, entryBytes, searches };
}
