/**
 * Local stack: what S3 + CloudFront serve in production: the widget (`/widget.js` and the chunks
 * it loads on demand, from dist/widget) and the moderator console (`/console/`, from
 * dist/console). Only plain file names are served, never a path that climbs out. Each kind of
 * file gets the CDN's headers from the one definition, infra/web-security.ts.
 */
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { type WebFileKind, webFileHeaders } from '../../infra/web-security.js';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const SAFE_NAME = /^[\w.-]+$/;

export interface StaticFile {
  body: Buffer;
  /** 200 unless said otherwise (a redirect). */
  status?: number;
  headers: Record<string, string>;
}

/**
 * `widget.js` is fetched again on every load here, not kept 5 minutes as from the CDN, so a rebuild
 * shows at the next reload; every other header is the CDN's (infra/web-security.ts).
 */
export const localEntryCacheControl = 'no-cache';

/** The headers `npm start` sends with a file of `kind`: the CDN's, but for the entry's cache. */
export function localFileHeaders(kind: WebFileKind): Record<string, string> {
  const headers = webFileHeaders(kind);
  return kind === 'widget' ? { ...headers, 'cache-control': localEntryCacheControl } : headers;
}

async function fileIn(dir: string, name: string, kind: WebFileKind): Promise<StaticFile | undefined> {
  if (!SAFE_NAME.test(name) || name.startsWith('.')) return undefined;
  const body = await readFile(join(dir, name)).catch(() => undefined);
  if (!body) return undefined;
  return {
    body,
    headers: {
      'content-type': TYPES[extname(name)] ?? 'application/octet-stream',
      ...localFileHeaders(kind),
    },
  };
}

/** The file for a GET path, or undefined when the path is not a static one (or not built). */
export async function staticFile(path: string, widgetDir: string): Promise<StaticFile | undefined> {
  const consoleDir = join(widgetDir, '..', 'console');
  if (path === '/console') return { body: Buffer.alloc(0), status: 301, headers: { location: '/console/' } };
  if (path === '/console/') return fileIn(consoleDir, 'index.html', 'console');
  if (path.startsWith('/console/assets/')) {
    return fileIn(join(consoleDir, 'assets'), path.slice('/console/assets/'.length), 'immutable');
  }
  if (path.startsWith('/console/')) return fileIn(consoleDir, path.slice('/console/'.length), 'console');
  const name = path.slice(1);
  if (name === 'widget.js') return fileIn(widgetDir, name, 'widget');
  if (path.startsWith('/chunks/'))
    return fileIn(join(widgetDir, 'chunks'), path.slice('/chunks/'.length), 'immutable');
  return undefined;
}
