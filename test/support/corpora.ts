/**
 * Test support: the shared public corpora (XSS, injection, naughty strings), read in place from
 * `../shared/corpora` beside the repository (licences in its SOURCES.md; never copied in), or from
 * `CORPORA_DIR`. A fresh clone has no ../shared: the corpus tests then skip, loudly, unless
 * REQUIRE_CORPORA=1 (CI, see .ci/run), where missing corpora fail the run instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { it } from 'vitest';

/** Where the corpora are looked for. */
export const corporaDir = resolve(
  process.env.CORPORA_DIR || fileURLToPath(new URL('../../../shared/corpora', import.meta.url)),
);

/** Whether the corpora are there: without them, the corpus tests skip. */
export const hasCorpora = existsSync(corporaDir);

/** What a skipped corpus test says of itself. */
export const CORPORA_ABSENT = `${corporaDir} absent: corpus tests skipped`;

if (!hasCorpora) {
  const how = 'set CORPORA_DIR, or put shared/corpora beside the repository';
  if (process.env.REQUIRE_CORPORA === '1')
    throw new Error(`REQUIRE_CORPORA=1 but there are no corpora at ${corporaDir} (${how})`);
  console.warn(`${CORPORA_ABSENT} (${how}). Set REQUIRE_CORPORA=1 to make this a failure.`);
}

/** The path of a file or folder of the corpora. */
export const corpus = (...parts: string[]): string => join(corporaDir, ...parts);

/** A test that needs the corpora: without them, a skipped test whose name says why. */
export function itWithCorpora(name: string, fn: () => Promise<void> | void, timeout?: number): void {
  if (hasCorpora) it(name, fn, timeout);
  else it.skip(`${name} (${CORPORA_ABSENT})`, fn, timeout);
}

/** For a test that runs its own payloads without the corpora: a skipped test saying what is left out. */
export function noteCorporaAbsent(what: string): void {
  if (!hasCorpora) it.skip(`${what} (${CORPORA_ABSENT})`, () => undefined);
}

/**
 * Payloads of `../shared/corpora/xss`: a JSON file's `payload` fields, or a text file's non-blank
 * lines. Callers check `hasCorpora` first.
 */
export function xssPayloads(...files: string[]): string[] {
  return files.flatMap((file) => {
    const text = readFileSync(corpus('xss', file), 'utf8');
    return file.endsWith('.json')
      ? (JSON.parse(text) as { payload: string }[]).map((entry) => entry.payload)
      : text.split('\n').filter((line) => line.trim());
  });
}
