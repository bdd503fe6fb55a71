/** Test support: one HTTP request as sent, for tests that need the raw status, headers or a malformed body. */
import { request as httpRequest } from 'node:http';

/** An answer as it came: the status, the decoded JSON body (typed by the caller; a text body as is) and the headers. */
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
  // A page (the guest confirmation link's) or a file (a CSV export) is its text; JSON is decoded.
  const json = /\bjson\b/i.test(response.headers.get('content-type') ?? 'application/json');
  return {
    status: response.status,
    body: (text && json ? JSON.parse(text) : text || undefined) as T,
    headers: response.headers,
  };
}

/**
 * Sends a JSON `body` from the loopback address `from` (any of 127.0.0.0/8 on Linux): the local
 * API takes the client address from the socket, as API Gateway does, so this is how a test plays
 * many clients. Node's fetch cannot choose its local address; node:http can.
 */
export function rawRequestFrom<T = unknown>(
  from: string,
  url: string,
  method: string,
  path: string,
  body: unknown,
): Promise<RawAnswer<T>> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      url + path,
      { method, localAddress: from, headers: { 'content-type': 'application/json' } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const headers = new Headers();
          for (const [name, value] of Object.entries(response.headers)) {
            if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
          }
          resolve({ status: response.statusCode ?? 0, body: text ? JSON.parse(text) : undefined, headers });
        });
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}
