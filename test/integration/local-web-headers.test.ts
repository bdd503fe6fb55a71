/**
 * Integration: `npm start` sends the CDN's headers. The console page, `widget.js`, the chunks and
 * the console's hashed files come back from the local server with every header the CDN's
 * definition (infra/web-security.ts) gives their kind of file, the entry's cache excepted (fetched
 * again on every load locally, so a rebuild shows); the demo article and the dev mailbox carry the
 * same security headers with their own CSP. Needs the built widget and console (`npm run build:widget`).
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localEntryCacheControl } from '../../functions/local/static-files.js';
import {
  localPageHeaders,
  securityHeaders,
  type WebFileKind,
  webFileHeaders,
} from '../../infra/web-security.js';
import { useTestApp } from '../support/use-test-app.js';

const t = useTestApp();

/** The headers of `path` on the local server, for the names `expected` lists. */
async function headersOf(
  path: string,
  expected: Record<string, string>,
): Promise<Record<string, string | null>> {
  const res = await fetch(`${t.app.url}${path}`);
  expect(res.status, path).toBe(200);
  return Object.fromEntries(Object.keys(expected).map((name) => [name, res.headers.get(name)]));
}

const chunk = readdirSync('dist/widget/chunks').find((name) => name.endsWith('.js'));
const consoleAsset = readdirSync('dist/console/assets').find((name) => name.endsWith('.js'));

const files: [string, string, WebFileKind][] = [
  ['the console page', '/console/', 'console'],
  ['a chunk of the widget', `/chunks/${chunk}`, 'immutable'],
  ['a hashed file of the console', `/console/assets/${consoleAsset}`, 'immutable'],
];

describe("the local server's headers", () => {
  it.each(files)('are the CDN headers of %s', async (_what, path, kind) => {
    const expected = webFileHeaders(kind);

    const sent = await headersOf(path, expected);

    expect(sent).toEqual(expected);
  });

  it('are the CDN headers of widget.js, but for a cache that a rebuild passes', async () => {
    const expected = { ...webFileHeaders('widget'), 'cache-control': localEntryCacheControl };

    const sent = await headersOf('/widget.js', expected);

    expect(sent).toEqual(expected);
  });

  it.each([
    ['the demo article', '/'],
    ['the dev mailbox', '/_dev/mail.html'],
  ])('carry the CDN security headers on %s, with a CSP of its own', async (_what, path) => {
    const expected = localPageHeaders();

    const sent = await headersOf(path, expected);

    expect(sent).toEqual(expected);
    expect(sent).toMatchObject(securityHeaders);
    expect(sent['content-security-policy']).toContain("frame-ancestors 'none'");
  });
});
