/**
 * Local stack: what S3 + CloudFront serve in production: the widget (`/widget.js` and the chunks
 * it loads on demand, from dist/widget) and the moderator console (`/console/`, from
 * dist/console). Only plain file names are served, never a path that climbs out.
 */
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { assetAllowOrigin } from '../../infra/web-security.js';

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

async function fileIn(
  dir: string,
  name: string,
  cache: string,
  cors = false,
): Promise<StaticFile | undefined> {
  if (!SAFE_NAME.test(name) || name.startsWith('.')) return undefined;
  const body = await readFile(join(dir, name)).catch(() => undefined);
  if (!body) return undefined;
  const headers: Record<string, string> = {
    'content-type': TYPES[extname(name)] ?? 'application/octet-stream',
    'cache-control': cache,
  };
  // As the CDN does (web-headers.ts): a page of another origin imports the chunks with CORS.
  if (cors) headers['access-control-allow-origin'] = assetAllowOrigin;
  return { body, headers };
}

/** The file for a GET path, or undefined when the path is not a static one (or not built). */
export async function staticFile(path: string, widgetDir: string): Promise<StaticFile | undefined> {
  const consoleDir = join(widgetDir, '..', 'console');
  if (path === '/console') return { body: Buffer.alloc(0), status: 301, headers: { location: '/console/' } };
  if (path === '/console/') return fileIn(consoleDir, 'index.html', 'no-cache');
  if (path.startsWith('/console/assets/')) {
    return fileIn(
      join(consoleDir, 'assets'),
      path.slice('/console/assets/'.length),
      'public, max-age=31536000, immutable',
      true,
    );
  }
  if (path.startsWith('/console/')) return fileIn(consoleDir, path.slice('/console/'.length), 'no-cache');
  const name = path.slice(1);
  // The entry script is re-fetched on each load (its name never changes); chunks are content-hashed.
  if (name === 'widget.js') return fileIn(widgetDir, name, 'no-cache', true);
  if (path.startsWith('/chunks/'))
    return fileIn(
      join(widgetDir, 'chunks'),
      path.slice('/chunks/'.length),
      'public, max-age=31536000, immutable',
      true,
    );
  return undefined;
}
