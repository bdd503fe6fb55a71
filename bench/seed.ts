/**
 * Bench: fills an article with comments through the repository's own `insertComment`, so every
 * item, counter and reply count is exactly what a POST would have written. A thread is 60 %
 * top-level comments, 30 % replies to them and 10 % replies to replies, written in three waves
 * (a reply's parent must exist first), each wave with bounded concurrency.
 */

import type { CommentRecord } from '../functions/comments/records.js';
import { insertComment } from '../functions/comments/repository.js';
import { newId } from '../functions/shared/ids.js';

// Measured on two cores: 4, 8 or 16 in flight seed equally fast (DynamoDB Local is then CPU-bound),
// one at a time takes twice as long.
const CONCURRENCY = 6;

const SENTENCES = [
  'Merci pour cet article très complet.',
  'Je ne partage pas tout à fait cette analyse, mais le sujet mérite d’être posé.',
  'Les chiffres cités datent un peu : il faudrait les mettre à jour.',
  'Enfin quelqu’un qui explique clairement les enjeux !',
  'Dans ma commune, la situation est exactement celle que vous décrivez.',
  'Quelles sont les sources de ce passage sur le financement ?',
  'Bravo à la rédaction pour ce travail de fond.',
  'On oublie souvent l’avis des premiers concernés dans ce débat.',
];

/** Deterministic text of 1 to 5 sentences (~40 to ~400 characters), so runs compare. */
const bodyOf = (n: number) =>
  Array.from({ length: 1 + (n % 5) }, (_, k) => SENTENCES[(n + k * 3) % SENTENCES.length]).join(' ');

/** Runs `task` on every item with at most `limit` in flight. */
export async function forEachLimited<T>(
  items: T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

function record(site: string, page: string, n: number, time: number, parent?: CommentRecord): CommentRecord {
  const id = newId(time);
  const reader = n % 500;
  return {
    id,
    site,
    page,
    parentId: parent?.id ?? null,
    path: parent ? `${parent.path}/${id}` : id,
    depth: parent ? parent.depth + 1 : 0,
    authorId: null,
    authorName: `Lecteur ${reader}`,
    authorKey: `guest:bench-${reader}`,
    guestEmail: `lecteur${reader}@example.org`,
    body: bodyOf(n),
    status: 'approved',
    createdAt: new Date(time).toISOString(),
    replyCount: 0,
    reactions: {},
  };
}

async function insertAll(records: CommentRecord[], title: string): Promise<void> {
  await forEachLimited(records, CONCURRENCY, async (r) => {
    const page = { title, url: `https://bench.example.org/${r.page}` };
    const refusal = await insertComment(r, { page, bodyHash: r.id, recentBodyHashes: [r.id] });
    if (refusal) throw new Error(`seeding ${r.page}: insertComment refused (${refusal})`);
  });
}

/** Writes `total` approved comments on one article; returns how long it took, in ms. */
export async function seedArticle(site: string, page: string, total: number): Promise<number> {
  const started = performance.now();
  const topCount = Math.ceil(total * 0.6);
  const replyCount = Math.floor(total * 0.3);
  const nestedCount = total - topCount - replyCount;
  // Top-level comments evenly spaced from a week ago on; a reply comes a minute after its parent.
  const base = Date.now() - 7 * 24 * 3600_000;
  const step = Math.floor((7 * 24 * 3600_000) / (2 * total));
  const title = `Article de bench (${total} commentaires)`;

  const top = Array.from({ length: topCount }, (_, i) => record(site, page, i, base + i * step));
  await insertAll(top, title);
  // Multiplying by a prime scatters replies over the thread, some parents getting several.
  const replies = Array.from({ length: replyCount }, (_, i) => {
    const parent = top[(i * 7919) % top.length] as CommentRecord;
    return record(site, page, topCount + i, Date.parse(parent.createdAt) + 60_000 + i, parent);
  });
  await insertAll(replies, title);
  const nested = Array.from({ length: nestedCount }, (_, i) => {
    // With no replies (a tiny thread) `% 0` is NaN: fall back to a top-level parent.
    const parent = (replies[(i * 104_729) % replies.length] ?? top[i % top.length]) as CommentRecord;
    return record(site, page, topCount + replyCount + i, Date.parse(parent.createdAt) + 60_000 + i, parent);
  });
  await insertAll(nested, title);
  return performance.now() - started;
}
