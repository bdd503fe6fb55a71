/** Comments: the rule a comment's text must meet before anything else looks at it. */
import { AppError } from '../shared/errors.js';
import { normalizeText, textLength } from '../shared/text/normalize.js';
import type { Site } from '../sites/schemas.js';

/** The stored form of a comment's text, or 400 when it is empty or over the site's limit. */
export function checkedBody(text: string, site: Pick<Site, 'maxLength'>): string {
  const body = normalizeText(text);
  if (!body) throw new AppError('body_empty', 'Write something before sending your comment.');
  const length = textLength(body);
  if (length > site.maxLength) {
    throw new AppError(
      'body_too_long',
      `Your comment is ${length} characters long; this site accepts up to ${site.maxLength}.`,
      undefined,
      undefined,
      { length, max: site.maxLength },
    );
  }
  return body;
}
