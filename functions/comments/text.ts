import { AppError } from '../shared/http/errors.js';
import type { Site } from '../sites/schemas.js';

/**
 * Comments: how reader-written text is stored. Plain text only, NFC-normalised, with control
 * characters removed (tabs and line breaks kept) and outer blank space trimmed. Nothing is ever
 * interpreted as markup here or later: the widget renders text as text.
 */

// C0 controls except tab and line feed, DEL, and C1 controls: removing them is the point here.
// biome-ignore lint/suspicious/noControlCharactersInRegex: this regex exists to strip control characters
const CONTROL_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** A multi-line text (a comment body). */
export function normalizeText(input: string): string {
  return input.normalize('NFC').replace(/\r\n?/g, '\n').replace(CONTROL_CHARS, '').trim();
}

/** A one-line text (a name, a page title): line breaks and tabs become spaces. */
export function normalizeLine(input: string): string {
  return normalizeText(input).replace(/\s+/g, ' ');
}

/** Length as a reader counts it: in code points, so an emoji counts once. */
export function textLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** The stored form of a comment's text, or 400 when it is empty or over the site's limit. */
export function checkedBody(text: string, site: Pick<Site, 'maxLength'>): string {
  const body = normalizeText(text);
  if (!body) throw new AppError('body_empty', 'Write something before sending your comment.');
  const length = textLength(body);
  if (length > site.maxLength) {
    throw new AppError(
      'body_too_long',
      `Your comment is ${length} characters long; this site accepts up to ${site.maxLength}.`,
    );
  }
  return body;
}
