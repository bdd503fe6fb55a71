/** Test support: one HTTP request as sent, for tests that need the raw status, headers or a malformed body. */

/** An answer as it came: the status, the decoded JSON body (typed by the caller) and the headers. */
export interface RawAnswer<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/**
 * Sends `body` as JSON (a string goes as is, to send malformed JSON) with `headers`, and decodes
 * the answer without judging it: a 4xx is an answer like any other here.
 */
export async function rawRequest<T = unknown>(
  url: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<RawAnswer<T>> {
  const response = await fetch(url + path, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
}
