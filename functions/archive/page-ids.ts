/**
 * Archive: which Réagir page an imported thread becomes. The rule is the widget's own default
 * (`data-page` absent: the page's path, `location.pathname`), so an imported thread shows under
 * the article without touching the site's templates: `https://www.example.fr/a/b?x=1#c` is
 * `/a/b`. A site whose pages pass `data-page` gives a mapping file instead, one `url,page` per
 * line (a header line `url,page` is allowed; `#` starts a comment), matched on the URL as written
 * and, failing that, on the URL without its query and fragment. A thread without a usable URL is
 * `<format>-<source id>` (Disqus threads always have one; the report says when one did not).
 */
import { readFileSync } from 'node:fs';
import { pageIdSchema } from '../comments/schemas.js';
import type { SourceFormat } from './sources/types.js';

export type PageMapping = ReadonlyMap<string, string>;

export class MappingError extends Error {
  override readonly name = 'MappingError';
}

const withoutQuery = (url: string) => url.replace(/[?#].*$/, '');

/** Reads a mapping file; a line that is not `url,page` stops with its number. */
export function readPageMapping(file: string): PageMapping {
  const mapping = new Map<string, string>();
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#') || /^url\s*,\s*page$/i.test(line)) return;
    const comma = line.lastIndexOf(',');
    const url = line.slice(0, comma).trim();
    const page = line.slice(comma + 1).trim();
    if (comma <= 0 || !url || !pageIdSchema.safeParse(page).success) {
      throw new MappingError(
        `${file}, line ${index + 1}: expected "url,page" with a page id of 1 to 256 characters, found ${JSON.stringify(raw.slice(0, 120))}`,
      );
    }
    mapping.set(url, page);
  });
  return mapping;
}

/** The page id of a thread: the mapping's, else the URL's path, else one made of its source id. */
export function pageIdOf(
  thread: { url?: string; sourceId: string },
  format: SourceFormat,
  mapping: PageMapping = new Map(),
): { page: string; fromUrl: boolean } {
  const url = thread.url?.trim();
  if (url) {
    const mapped = mapping.get(url) ?? mapping.get(withoutQuery(url));
    if (mapped) return { page: mapped, fromUrl: true };
    try {
      const path = new URL(url).pathname;
      if (pageIdSchema.safeParse(path).success) return { page: path, fromUrl: true };
    } catch {
      // Not an absolute URL: fall through to the source id.
    }
  }
  return { page: `${format}-${thread.sourceId}`.slice(0, 256), fromUrl: false };
}
