/** Bench: DynamoDB commands per API call for the calls other than the timed list. */

import { clearSiteCache } from '../functions/sites/service.js';
import { type Capacity, meterCapacity } from './capacity.js';
import { countRequests, type RequestCount } from './dynamo-requests.js';
import { timedGet } from './latency.js';

/** Commands sent by one call of each kind. */
export interface CallCosts {
  /** First-page list right after the site cache was emptied, as on a fresh Lambda. */
  listCold: RequestCount;
  /** A guest's top-level comment with an Idempotency-Key, as the widget posts it. */
  postComment: RequestCount;
  /** A guest's reply to that comment, with its own Idempotency-Key. */
  postReply: RequestCount;
  /** GET /v1/counts for the given pages. */
  counts: RequestCount;
  /** Capacity units, as DynamoDB Local reports them, of a warm first page, the comment and the reply. */
  units: { list: Capacity; postComment: Capacity; postReply: Capacity };
}

async function post(
  url: string,
  body: Record<string, unknown>,
  key: string,
): Promise<{ comment: { id: string } }> {
  const response = await fetch(`${url}/v1/comments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status !== 201)
    throw new Error(`POST /v1/comments answered ${response.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as { comment: { id: string } };
}

/** Measures each call once, one after the other; `page` receives two new comments. */
export async function measureCallCosts(
  url: string,
  site: string,
  page: string,
  countPages: string[],
): Promise<CallCosts> {
  const query = new URLSearchParams({ site, page, limit: '20' });
  clearSiteCache();
  const listCold = (await countRequests(() => timedGet(`${url}/v1/comments?${query}`))).count;

  const meter = meterCapacity();
  meter.take();
  await timedGet(`${url}/v1/comments?${query}`);
  const listUnits = meter.take();

  const author = { name: 'Banc d’essai', email: 'bench@example.org' };
  const base = { site, page, author };
  const stamp = Date.now().toString(36);
  const created = await countRequests(() =>
    post(url, { ...base, body: 'Un commentaire de mesure.' }, `bench-${stamp}-1`),
  );
  const postUnits = meter.take();
  const parentId = created.result.comment.id;
  const reply = await countRequests(() =>
    post(url, { ...base, body: 'Une réponse de mesure.', parentId }, `bench-${stamp}-2`),
  );
  const replyUnits = meter.take();
  meter.stop();

  const countsQuery = new URLSearchParams([['site', site], ...countPages.map((p) => ['page', p])]);
  const counts = (await countRequests(() => timedGet(`${url}/v1/counts?${countsQuery}`))).count;
  return {
    listCold,
    postComment: created.count,
    postReply: reply.count,
    counts,
    units: { list: listUnits, postComment: postUnits, postReply: replyUnits },
  };
}
