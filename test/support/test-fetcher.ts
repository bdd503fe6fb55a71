/**
 * Test support: the widget's own API client (widget/src/api/) in Node, against the test app. The
 * widget's `send` does the request; the browser session store of its fetcher is replaced by a
 * fixed token, so a test calls `postComment(client, …)` and gets the declared type, or an ApiError.
 */
import { randomUUID } from 'node:crypto';
import type { Fetcher, RequestOptions } from '../../widget/src/api/fetcher.js';
import { send } from '../../widget/src/api/send.js';

/** A Fetcher for the API at `url` that sends `token` as Bearer, except where a call says `auth: false`. */
export const testFetcher = (url: string, token?: string): Fetcher =>
  Object.assign(
    <T>(method: string, path: string, options: RequestOptions = {}) =>
      send<T>(url, method, path, options, options.auth === false ? undefined : token),
    { signedIn: () => token !== undefined },
  );

/** A fresh Idempotency-Key, for a post whose retries the test does not look at. */
export const newKey = (): string => randomUUID();
