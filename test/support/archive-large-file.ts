/**
 * Test support: a large Disqus export, generated and streamed to disk (never one big string), for
 * the reader's memory test and the import bench. Deterministic for a seed. Replies go up to depth 6,
 * a few chains far deeper; some posts are deleted (some of them with replies), some spam; posts of
 * a few threads neighbour each other, as in a real export, and a few threads list replies before
 * their parents.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { DISQUS_HEAD, DISQUS_TAIL, disqusPost, disqusThread, type PostSpec } from './archive-xml.js';

/** What the file holds, by case, for the test to check the reader or importer against. */
export interface LargeFileCounts {
  threads: number;
  posts: number;
  approved: number;
  spam: number;
  deleted: number;
  /** Deleted posts that have replies: the importer keeps them as placeholders. */
  deletedWithReplies: number;
  /** Posts with a parent. */
  replies: number;
  /** The deepest reply (a top-level post is at depth 0). */
  maxDepth: number;
  /** Replies listed before their parent. */
  parentAfterChild: number;
  bytes: number;
}

const FIRST_THREAD_ID = 5_000_000;
const FIRST_POST_ID = 1_000_000;
/** Threads whose posts the file interleaves. */
const WINDOW = 8;
const WRITE_BYTES = 64 * 1024;

const SENTENCES = [
  'Je ne suis pas du tout d’accord avec l’auteur de cet article.',
  'Très bon papier, merci pour ce travail d’enquête remarquable.',
  'Encore une fois, on oublie les habitants des zones rurales… c’est désolant.',
  'Quelqu’un a-t-il lu le rapport complet ? Les chiffres cités sont « arrangés ».',
  'La réforme des retraites mérite mieux qu’un débat à coups de slogans.',
  'À Montréal comme à Lyon, les loyers explosent & personne ne réagit.',
  'Votre journaliste confond déficit et dette, ce n’est pas la même chose.',
  'Bravo pour la rubrique économie, elle est enfin lisible par tout le monde.',
  'Il faudrait aussi parler des hôpitaux, où la situation est dramatique.',
  'Mon grand-père disait : « Qui vivra verra ». Il avait raison, visiblement.',
  'Les élus locaux n’ont jamais été consultés, c’est bien là le problème.',
  'Pour ceux que ça intéresse, l’INSEE publie des données très détaillées.',
];
const NAMES = [
  'Camille Dupont',
  'Jean-Michel L.',
  'Élodie',
  'Zoé Martin',
  'François',
  'Anaïs B.',
  'Grégoire',
];
const LINKS = ['https://www.insee.fr/fr/statistiques', 'https://fr.wikipedia.org/wiki/D%C3%A9ficit_public'];

/** mulberry32: small, fast, good enough for test data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Random = () => number;
const pick = <T>(next: Random, list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;

/** A French HTML body of 100 to about 600 characters. */
function body(next: Random): string {
  const target = 100 + Math.floor(next() * 380);
  const paragraphs: string[] = [];
  let length = 0;
  while (length < target) {
    let sentence = pick(next, SENTENCES);
    const roll = next();
    if (roll < 0.08)
      sentence += ` Voir <a href="${pick(next, LINKS)}" rel="nofollow noopener">la source</a>.`;
    else if (roll < 0.16) sentence = `<b>${sentence}</b>`;
    else if (roll < 0.22) sentence += '<br>Cordialement.';
    paragraphs.push(`<p>${sentence}</p>`);
    length += sentence.length + 7;
  }
  return paragraphs.join('');
}

/** How many posts each thread has: uneven (a few busy articles), summing to `posts`. */
function postCounts(next: Random, threads: number, posts: number): number[] {
  const weights = Array.from({ length: threads }, () => next() ** 3 + 0.05);
  const total = weights.reduce((sum, w) => sum + w, 0);
  const counts = weights.map((w) => Math.floor((w / total) * posts));
  let missing = posts - counts.reduce((sum, c) => sum + c, 0);
  for (let i = 0; missing > 0; i = (i + 1) % threads, missing -= 1) counts[i] = (counts[i] ?? 0) + 1;
  return counts;
}

interface Generated {
  post: PostSpec;
  depth: number;
}

/** One thread's posts, parents before children; in one thread out of a hundred, a chain 30 deep. */
function threadPosts(next: Random, count: number, firstId: number, start: number): Generated[] {
  const made: Generated[] = [];
  const chain = next() < 0.01;
  for (let i = 0; i < count; i += 1) {
    let parent: Generated | undefined;
    if (chain && i > 0 && i < 30) parent = made[i - 1];
    else if (i > 0 && next() < 0.55) {
      const candidate = made[Math.floor(next() * made.length)];
      parent = candidate && candidate.depth < 6 ? candidate : undefined;
    }
    const roll = next();
    const email = next() < 0.05 ? undefined : `lecteur${(firstId + i) % 5000}@exemple.fr`;
    const post: PostSpec = {
      id: String(firstId + i),
      parent: parent?.post.id,
      html: body(next),
      createdAt: new Date(start + i * 97_000).toISOString(),
      name: pick(next, NAMES),
      email,
      spam: roll < 0.02,
      deleted: roll >= 0.02 && roll < 0.05,
    };
    made.push({ post, depth: parent ? parent.depth + 1 : 0 });
  }
  return made;
}

function count(counts: LargeFileCounts, posts: Generated[]) {
  const parents = new Set(posts.map((g) => g.post.parent).filter(Boolean));
  for (const { post, depth } of posts) {
    if (post.spam) counts.spam += 1;
    else if (post.deleted) counts.deleted += 1;
    else counts.approved += 1;
    if (post.deleted && !post.spam && parents.has(post.id)) counts.deletedWithReplies += 1;
    if (post.parent) counts.replies += 1;
    counts.maxDepth = Math.max(counts.maxDepth, depth);
  }
}

/** Writes a Disqus export of `posts` posts over `threads` threads to `path`; says what it holds. */
export async function writeLargeDisqusFile(
  path: string,
  options: { threads: number; posts: number; seed?: number },
): Promise<LargeFileCounts> {
  const next = random(options.seed ?? 17);
  const counts: LargeFileCounts = {
    ...{ threads: options.threads, posts: options.posts, approved: 0, spam: 0, deleted: 0 },
    ...{ deletedWithReplies: 0, replies: 0, maxDepth: 0, parentAfterChild: 0, bytes: 0 },
  };
  const out = createWriteStream(path, { encoding: 'utf8' });
  let buffer = '';
  const write = async (text: string) => {
    buffer += text;
    if (buffer.length < WRITE_BYTES) return;
    counts.bytes += Buffer.byteLength(buffer);
    if (!out.write(buffer)) await once(out, 'drain');
    buffer = '';
  };

  await write(DISQUS_HEAD);
  const start = Date.UTC(2019, 0, 1);
  const threadId = (i: number) => String(FIRST_THREAD_ID + i);
  for (let i = 0; i < options.threads; i += 1) {
    const createdAt = new Date(start + i * 3_600_000).toISOString();
    const url = `https://www.mon-journal.fr/article/${i}-un-titre-d-article`;
    await write(
      disqusThread({ id: threadId(i), url, title: `Article n° ${i} : l’été`, createdAt, posts: [] }),
    );
  }

  const perThread = postCounts(next, options.threads, options.posts);
  let firstId = FIRST_POST_ID;
  for (let w = 0; w < options.threads; w += WINDOW) {
    const lists: { thread: string; posts: Generated[] }[] = [];
    for (let i = w; i < Math.min(w + WINDOW, options.threads); i += 1) {
      const posts = threadPosts(next, perThread[i] ?? 0, firstId, start + i * 3_600_000);
      firstId += posts.length;
      count(counts, posts);
      // A few threads list their posts newest first: every reply comes before its parent.
      if (i % 41 === 7) {
        posts.reverse();
        counts.parentAfterChild += posts.filter((g) => g.post.parent).length;
      }
      lists.push({ thread: threadId(i), posts });
    }
    // Round robin over the window's threads, a few posts at a time.
    while (lists.some((list) => list.posts.length > 0)) {
      for (const list of lists) {
        for (const { post } of list.posts.splice(0, 1 + Math.floor(next() * 3))) {
          await write(disqusPost(post, list.thread));
        }
      }
    }
  }
  await write(DISQUS_TAIL);
  counts.bytes += Buffer.byteLength(buffer);
  out.end(buffer);
  await once(out, 'finish');
  return counts;
}
