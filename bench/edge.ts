/**
 * Bench: what the CDN may keep, checked on the local server (issue 18, point 1). The shared first
 * page and counts must say `public` with an `s-maxage`, carry an `ETag` that a revalidation turns
 * into a bodiless 304, and be the same whatever token comes with them; the personal request must
 * say `private, no-store`. And the bytes each costs on the wire, as sent (identity) and compressed
 * as CloudFront compresses (gzip, brotli: the local server does it the same way, functions/local/edge.ts).
 */
import { request } from 'node:http';
import { bytes, type Row } from './report.js';

/** One GET as the wire carries it: status, headers, the body's bytes (not decoded), the headers' bytes. */
function get(url: string, headers: Record<string, string> = {}) {
  type Answer = { status: number; headers: Record<string, string>; bytes: number; headerBytes: number };
  return new Promise<Answer>((resolve, reject) => {
    const req = request(url, { headers }, (response) => {
      // The status line, each `name: value` line, and the blank line that ends them.
      let headerBytes = `HTTP/1.1 ${response.statusCode} ${response.statusMessage}\r\n\r\n`.length;
      for (let i = 0; i < response.rawHeaders.length; i += 2)
        headerBytes += `${response.rawHeaders[i]}: ${response.rawHeaders[i + 1]}\r\n`.length;
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
      });
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: Object.fromEntries(Object.entries(response.headers).map(([k, v]) => [k, String(v)])),
          bytes: size,
          headerBytes,
        }),
      );
      response.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

export interface EdgeBench {
  listCacheControl: string;
  countsCacheControl: string;
  personalCacheControl: string;
  /** A revalidation with the ETag just received: its status and body bytes. */
  revalidation: { status: number; bytes: number };
  /** The same page asked with a (made-up) token: same ETag as without. */
  sameWithToken: boolean;
  /** Bytes of the first page of 20 and of the counts, per encoding. */
  list: Record<'identity' | 'gzip' | 'br', number>;
  /** Bytes of the local server's response headers on the brotli first page. */
  listHeaderBytes: number;
  counts: Record<'identity' | 'gzip' | 'br', number>;
}

async function sizes(url: string) {
  const [identity, gzip, br] = await Promise.all(
    ['identity', 'gzip', 'br'].map(
      async (encoding) => (await get(url, { 'accept-encoding': encoding })).bytes,
    ),
  );
  return { identity: identity ?? 0, gzip: gzip ?? 0, br: br ?? 0 };
}

/** Reads the shared routes and the personal one of `site`/`page` on the local server at `base`. */
export async function measureEdge(
  base: string,
  site: string,
  page: string,
  pages: string[],
): Promise<EdgeBench> {
  const listUrl = `${base}/v1/comments?${new URLSearchParams({ site, page, limit: '20' })}`;
  const countsUrl = `${base}/v1/counts?${new URLSearchParams([['site', site], ...pages.map((p) => ['page', p])])}`;
  const first = await get(listUrl);
  const again = await get(listUrl, { 'if-none-match': first.headers.etag ?? '' });
  // A token the API would refuse anywhere else: on a shared route it is not even read.
  const withToken = await get(listUrl, { authorization: 'Bearer not-a-token' });
  const counts = await get(countsUrl);
  const personal = await get(`${base}/v1/comments/mine?${new URLSearchParams({ site, page })}`);
  return {
    listCacheControl: first.headers['cache-control'] ?? '',
    countsCacheControl: counts.headers['cache-control'] ?? '',
    personalCacheControl: personal.headers['cache-control'] ?? '',
    revalidation: { status: again.status, bytes: again.bytes },
    sameWithToken: withToken.status === 200 && withToken.headers.etag === first.headers.etag,
    list: await sizes(listUrl),
    listHeaderBytes: (await get(listUrl, { 'accept-encoding': 'br' })).headerBytes,
    counts: await sizes(countsUrl),
  };
}

const shareable = (cacheControl: string) =>
  /\bpublic\b/.test(cacheControl) && /\bs-maxage=\d+/.test(cacheControl);

/** The rows: the headers against what the CDN needs, then the bytes on the wire. */
export function edgeRows(edge: EdgeBench): Row[] {
  const encoded = (sizes: EdgeBench['list']) =>
    `${bytes(sizes.identity)} / ${bytes(sizes.gzip)} / ${bytes(sizes.br)}`;
  return [
    {
      metric: 'shared first page: Cache-Control',
      value: edge.listCacheControl,
      budget: 'public, s-maxage',
      ok: shareable(edge.listCacheControl),
    },
    {
      metric: 'shared counts: Cache-Control',
      value: edge.countsCacheControl,
      budget: 'public, s-maxage',
      ok: shareable(edge.countsCacheControl),
    },
    {
      metric: 'revalidation with its ETag: status, body',
      value: `${edge.revalidation.status}, ${bytes(edge.revalidation.bytes)}`,
      budget: '304, 0 B',
      ok: edge.revalidation.status === 304 && edge.revalidation.bytes === 0,
    },
    {
      metric: 'shared first page with a token: same ETag as without',
      value: edge.sameWithToken ? 'yes' : 'no',
      budget: 'yes',
      ok: edge.sameWithToken,
    },
    {
      metric: 'personal request: Cache-Control',
      value: edge.personalCacheControl,
      budget: 'private, no-store',
      ok: /\bprivate\b/.test(edge.personalCacheControl) && /\bno-store\b/.test(edge.personalCacheControl),
    },
    { metric: 'first page of 20 on the wire: identity / gzip / brotli', value: encoded(edge.list) },
    { metric: 'counts of 2 articles on the wire: identity / gzip / brotli', value: encoded(edge.counts) },
  ];
}
