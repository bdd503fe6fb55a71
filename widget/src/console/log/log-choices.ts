/**
 * Console: what the log's filters offer, learnt from the entries read so far (the API has no list
 * of a site's moderators, authors or articles): each id with the name or title it was last seen
 * with, kept for the session so a filter's own choice stays listed while it narrows the rows.
 */
import type { LogRow } from '../../api/moderation.js';

/** Ids seen, with their names, per filter. */
export interface LogChoices {
  moderators: Map<string, string>;
  authors: Map<string, string>;
  articles: Map<string, string>;
}

/** No choice seen yet. */
export const noChoices = (): LogChoices => ({
  moderators: new Map(),
  authors: new Map(),
  articles: new Map(),
});

/** The choices with the entries' moderators (the system apart), authors and articles added. */
export function learnChoices(choices: LogChoices, entries: readonly LogRow[]): LogChoices {
  const next = {
    moderators: new Map(choices.moderators),
    authors: new Map(choices.authors),
    articles: new Map(choices.articles),
  };
  for (const entry of entries) {
    if (entry.actorId !== 'system') next.moderators.set(entry.actorId, entry.actorName || entry.actorId);
    const author = entry.authorKey ?? entry.userId;
    if (author) next.authors.set(author, entry.authorName || author);
    if (entry.page) next.articles.set(entry.page, entry.pageTitle || entry.title || entry.page);
  }
  return next;
}

/** A choice map as `[value, text]` options sorted by text. */
export const sortedOptions = (choices: Map<string, string>): [string, string][] =>
  [...choices].sort(([, a], [, b]) => a.localeCompare(b));
