/**
 * Test support: a client that behaves as the widget does after a failure: it retries the same
 * request, with the same Idempotency-Key, until the API gives an answer that is not a 5xx.
 */
import { api, type TestApp } from './test-app.js';

export interface Attempted {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are asserted field by field
  body: any;
  attempts: number;
}

/** Sends until the answer is not a 5xx nor a network failure (at most `max` times). */
export async function untilAnswered(
  app: TestApp,
  method: string,
  path: string,
  body: unknown,
  headers: Record<string, string>,
  max = 30,
): Promise<Attempted> {
  for (let attempts = 1; ; attempts++) {
    try {
      const res = await api(app, method, path, body, headers);
      if (res.status < 500 || attempts >= max) return { status: res.status, body: res.body, attempts };
    } catch (error) {
      if (attempts >= max) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * Math.min(attempts, 5)));
  }
}

/** Runs `work` for each item with at most `width` at once. */
export async function inParallel<T, R>(
  items: T[],
  width: number,
  work: (item: T, i: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: width }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i] as T, i);
    }
  });
  await Promise.all(lanes);
  return results;
}
