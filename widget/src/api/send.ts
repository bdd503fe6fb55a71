/**
 * API client, lowest layer: one request to the API, JSON in and out, errors decoded into ApiError.
 * In the entry script (the first page of the thread goes through it); the fetcher (token, refresh)
 * is built on it in the interactive chunk.
 */
import type { ErrorBody } from '../../../functions/shared/types.js';
import { ApiError } from './api-error.js';

/** What a request carries besides its method and path. */
export interface RequestOptions {
  query?: Record<string, string | string[] | number | undefined>;
  body?: unknown;
  headers?: Record<string, string>;
  /** false: never send the token (login, signup... must not fail on a stale session). */
  auth?: boolean;
  /** The answer is text (a CSV file), not JSON; an error is still JSON. */
  text?: boolean;
}

/** Sends one request to `root + path` (with `token` as Bearer, if any) and decodes the answer. */
export async function send<T>(
  root: string,
  method: string,
  path: string,
  options: RequestOptions = {},
  token?: string,
): Promise<T> {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(options.query ?? {})) {
    for (const item of [value].flat()) if (item !== undefined) query.append(name, String(item));
  }
  const headers: Record<string, string> = { ...options.headers };
  if (token) headers.authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const search = query.toString();
  const url = root + path + (search ? `?${search}` : '');
  let response: Response;
  try {
    // `no-cache`: a copy the browser holds (a shared page it may serve stale a few seconds, by its
    // `stale-while-revalidate`) is always checked with its ETag first: a 304 when nothing moved.
    response = await fetch(url, { method, headers, body: JSON.stringify(options.body), cache: 'no-cache' });
  } catch {
    throw new ApiError('network_error');
  }
  if (response.ok && options.text) return (await response.text()) as T;
  const data = (await response.json().catch(() => undefined)) as (T & Partial<ErrorBody>) | undefined;
  if (response.ok) return data as T;
  const error = data?.error;
  throw new ApiError(error?.code ?? 'unknown_error', response.status, error?.issues, error?.params);
}
