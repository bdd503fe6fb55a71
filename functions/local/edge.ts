/**
 * Local stack: what CloudFront does in front of the API, so that `npm start` and the tests see
 * the deployed behaviour. Compression: gzip or brotli by `Accept-Encoding`, for bodies from 1,000
 * bytes, as CloudFront compresses. The shared cache (opt-in): an answer whose `Cache-Control`
 * says `public` and `s-maxage` is kept under its path, query and `Origin` for that long, served
 * stale for `stale-while-revalidate` more while one request asks the API again (with
 * `If-None-Match`, a 304 renewing it), and answered 304 to a viewer already holding its `ETag`.
 * A request with a token never reads or fills it, as CloudFront keys it apart (infra/constructs/
 * web-headers.ts). A stand-in: one process, no eviction beyond expiry, no edge locations.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { matchesTag } from '../shared/http/shared-cache.js';

/** An answer as the local server sends it. */
export interface EdgeAnswer {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
}

/** CloudFront compresses files from 1,000 bytes up to 10 MB. */
const MIN_COMPRESS_BYTES = 1000;
const COMPRESSIBLE = /^(application\/(json|javascript|x-ndjson)|text\/)/;

const headerValue = (headers: Record<string, string | string[]>, name: string) => {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
};

/** The answer compressed for a viewer that accepts it (brotli first, as CloudFront prefers it). */
export function compressed(acceptEncoding: string | undefined, answer: EdgeAnswer): EdgeAnswer {
  const type = headerValue(answer.headers, 'content-type') ?? '';
  const accepts = (acceptEncoding ?? '').toLowerCase();
  if (
    answer.body.length < MIN_COMPRESS_BYTES ||
    !COMPRESSIBLE.test(type) ||
    answer.headers['content-encoding']
  )
    return answer;
  const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : undefined;
  if (!encoding) return answer;
  const body =
    encoding === 'br'
      ? brotliCompressSync(answer.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
      : gzipSync(answer.body, { level: 6 });
  const vary = headerValue(answer.headers, 'vary');
  return {
    status: answer.status,
    headers: {
      ...answer.headers,
      'content-encoding': encoding,
      vary: vary ? `${vary}, accept-encoding` : 'accept-encoding',
    },
    body,
  };
}

interface Entry {
  answer: EdgeAnswer;
  storedAt: number;
  freshMs: number;
  staleMs: number;
  revalidating?: Promise<void>;
}

/** Seconds of a `Cache-Control` directive (`s-maxage`, `stale-while-revalidate`), if present. */
function directive(cacheControl: string, name: string): number | undefined {
  const found = new RegExp(`(?:^|[,\\s])${name}=(\\d+)`).exec(cacheControl);
  return found ? Number(found[1]) : undefined;
}

/** Whether the API said this answer may be shared, and for how long (ms). */
function sharedFor(answer: EdgeAnswer): { freshMs: number; staleMs: number } | undefined {
  const cacheControl = headerValue(answer.headers, 'cache-control') ?? '';
  if (answer.status !== 200 || !/\bpublic\b/.test(cacheControl)) return undefined;
  const fresh = directive(cacheControl, 's-maxage');
  if (!fresh) return undefined;
  return { freshMs: fresh * 1000, staleMs: (directive(cacheControl, 'stale-while-revalidate') ?? 0) * 1000 };
}

/** What the edge asks the API: the request, with `If-None-Match` when it holds a copy. */
export type Origin = (ifNoneMatch: string | undefined) => Promise<EdgeAnswer>;

/** The shared cache of one local server. */
export class EdgeCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly now: () => number = Date.now) {}

  /** The answer for a viewer: from the cache when fresh (or stale, while renewed), else from the API. */
  async serve(key: string, viewerTag: string | undefined, origin: Origin): Promise<EdgeAnswer> {
    const entry = this.entries.get(key);
    const age = entry ? this.now() - entry.storedAt : Number.POSITIVE_INFINITY;
    let answer: EdgeAnswer;
    let hit = true;
    if (entry && age < entry.freshMs) answer = entry.answer;
    else if (entry && age < entry.freshMs + entry.staleMs) {
      entry.revalidating ??= this.fetch(key, entry, origin).then(
        () => undefined,
        () => undefined,
      );
      answer = entry.answer;
    } else {
      hit = false;
      answer = await this.fetch(key, entry, origin);
    }
    const headers = { ...answer.headers, 'x-cache': hit ? 'Hit from local edge' : 'Miss from local edge' };
    const tag = headerValue(answer.headers, 'etag');
    if (answer.status === 200 && tag && matchesTag(viewerTag, tag))
      return { status: 304, headers, body: Buffer.alloc(0) };
    return { ...answer, headers };
  }

  private async fetch(key: string, entry: Entry | undefined, origin: Origin): Promise<EdgeAnswer> {
    const held = entry && headerValue(entry.answer.headers, 'etag');
    const answer = await origin(held);
    if (answer.status === 304 && entry) {
      // The API says the copy is still right: it is fresh again, under the answer's new headers.
      const renewed = { ...entry.answer, headers: { ...entry.answer.headers, ...answer.headers } };
      const shared = sharedFor(renewed);
      if (shared) this.entries.set(key, { answer: renewed, storedAt: this.now(), ...shared });
      else this.entries.delete(key);
      return renewed;
    }
    const shared = sharedFor(answer);
    if (shared) this.entries.set(key, { answer, storedAt: this.now(), ...shared });
    else this.entries.delete(key);
    return answer;
  }
}
