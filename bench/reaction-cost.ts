/**
 * Bench: a reaction write (PUT /v1/comments/{id}/reactions/like), timed through the local server
 * for many distinct readers on one top-level comment, with the DynamoDB requests and capacity
 * units each costs.
 */
import { ensureUser } from '../functions/local/cognito-local.js';
import type { LocalIdentity } from '../functions/local/local-env.js';
import { meterCapacity } from './capacity.js';
import { countRequests, type RequestCount } from './dynamo-requests.js';

export interface ReactionCost {
  p50Ms: number;
  p99Ms: number;
  samples: number;
  requests: RequestCount;
  /** Units per reaction write: read, write as reported, and write as billed (transactions x2). */
  units: { read: number; write: number; billedWrite: number };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function readerTokens(url: string, identity: LocalIdentity, count: number): Promise<string[]> {
  const { endpoint, ...pool } = identity;
  const password = 'correct horse battery';
  const tokens: string[] = [];
  // A hundred logins from one address in a minute is exactly what the login limit stops.
  const limits = process.env.RATE_LIMITS;
  process.env.RATE_LIMITS = 'off';
  for (let i = 0; i < count; i++) {
    const email = `bench-reader-${i}@example.org`;
    await ensureUser(endpoint, pool, { email, password, name: `Lecteur ${i}` });
    const login = await fetch(`${url}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    tokens.push(((await login.json()) as { idToken: string }).idToken);
  }
  if (limits === undefined) delete process.env.RATE_LIMITS;
  else process.env.RATE_LIMITS = limits;
  return tokens;
}

/** Each of `readers` readers likes the same new top-level comment, one after the other. */
export async function measureReactionWrites(
  url: string,
  identity: LocalIdentity,
  site: string,
  page: string,
  readers: number,
): Promise<ReactionCost> {
  const created = await fetch(`${url}/v1/comments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      site,
      page,
      body: 'À liker',
      author: { name: 'Bench', email: 'bench@example.org' },
    }),
  });
  const { comment } = (await created.json()) as { comment: { id: string } };
  const tokens = await readerTokens(url, identity, readers);
  const react = (token: string) =>
    fetch(`${url}/v1/comments/${comment.id}/reactions/like`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}` },
    });

  // The first reader warms the token verifier's key cache; not timed.
  await react(tokens[0] ?? '');
  const meter = meterCapacity();
  const timings: number[] = [];
  let requests: RequestCount | undefined;
  try {
    meter.take();
    for (const token of tokens.slice(1)) {
      const started = performance.now();
      if (!requests) {
        requests = (await countRequests(async () => (await react(token)).status)).count;
      } else {
        const res = await react(token);
        if (res.status !== 200) throw new Error(`reaction answered ${res.status}`);
      }
      timings.push(performance.now() - started);
    }
  } finally {
    meter.stop();
  }
  const total = meter.take();
  const n = timings.length;
  timings.sort((a, b) => a - b);
  return {
    p50Ms: percentile(timings, 50),
    p99Ms: percentile(timings, 99),
    samples: n,
    requests: requests ?? { total: 0, byCommand: {} },
    units: {
      read: total.read / n,
      write: total.write / n,
      billedWrite: (total.write + total.transactionalWrite) / n,
    },
  };
}
