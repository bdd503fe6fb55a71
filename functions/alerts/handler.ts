/**
 * Alerts: HTTP adapter of the unsubscribe link (a page and its one-click post). Served by the
 * sites Lambda (functions/sites/handler.ts): a Lambda of its own would cost the dashboard's metrics.
 */
import { AppError } from '../shared/errors.js';
import type { Operations } from '../shared/http/http-handler.js';
import { ownOrigin } from '../shared/http/own-origin.js';
import { readQuery } from '../shared/http/request.js';
import { validate } from '../shared/http/validate.js';
import { unsubscribeQuery } from './schemas.js';
import { readUnsubscribe, unsubscribe } from './service.js';
import { invalidToken, unsubscribed, unsubscribeForm } from './unsubscribe-page.js';

// A missing or malformed token is bad input (a JSON 4xx, as every route's); a well-formed one that
// fails its signature gets the page saying the link is not valid.
const tokenOf = (query: Record<string, string | string[]>) =>
  validate(unsubscribeQuery, query, 'query').token;

export const alertOperations: Pick<Operations<'sites'>, 'showUnsubscribe' | 'unsubscribe'> = {
  // Only shows the button: a link scanner opening the link unsubscribes no one.
  async showUnsubscribe(context) {
    const token = tokenOf(readQuery(context.event));
    const claim = token ? await readUnsubscribe(token) : undefined;
    return token && claim ? unsubscribeForm(claim.lang, claim.target.kind, token) : invalidToken();
  },
  // A mail provider's one-click (RFC 8058, no Origin) or the page's own button; no login.
  async unsubscribe(context) {
    if (context.origin && context.origin !== ownOrigin(context.event))
      throw new AppError(
        'origin_not_allowed',
        `Alerts are stopped from their link, not from ${context.origin}.`,
      );
    const token = tokenOf(readQuery(context.event));
    const done = token ? await unsubscribe(token) : undefined;
    return done ? unsubscribed(done.lang, done.target.kind) : invalidToken();
  },
};
