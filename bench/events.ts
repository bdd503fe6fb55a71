/**
 * Bench: the event pipeline. A reader's comment gets `REPLIES` replies from another reader
 * through the local server, on a table of the scenario's own (its stream holds these writes
 * only); then the stream is read from its start and fed to the events handler in batches, timed,
 * with the DynamoDB requests counted; then one schedule round after the alert window sends the
 * batched email. Reported: the handler's time per record, and the DynamoDB requests per published
 * reply (the stream's part and the schedule's share).
 */
import { ensureUser } from '../functions/local/cognito-local.js';
import type { LocalIdentity } from '../functions/local/local-env.js';
import { startStreamReader } from '../functions/local/stream-reader.js';
import { ensureTables } from '../functions/local/tables.js';
import { saveSite } from '../functions/sites/service.js';
import { countRequests, type RequestCount } from './dynamo-requests.js';

export interface EventsCost {
  replies: number;
  records: number;
  /** The events handler's time per stream record (batches of up to 100), median and worst batch. */
  msPerRecordP50: number;
  msPerRecordMax: number;
  /** DynamoDB requests of the handler for all records, and of the schedule round that mails. */
  streamRequests: RequestCount;
  scheduleRequests: RequestCount;
  requestsPerReply: number;
  emails: number;
}

async function token(url: string, identity: LocalIdentity, email: string, name: string): Promise<string> {
  const { endpoint, ...pool } = identity;
  const password = 'correct horse battery';
  await ensureUser(endpoint, pool, { email, password, name });
  const login = await fetch(`${url}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return ((await login.json()) as { idToken: string }).idToken;
}

async function post(url: string, idToken: string, body: Record<string, unknown>): Promise<string> {
  const answer = await fetch(`${url}/v1/comments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${idToken}` },
    body: JSON.stringify(body),
  });
  const json = (await answer.json()) as { comment?: { id: string } };
  if (!json.comment)
    throw new Error(`bench events: POST /v1/comments answered ${answer.status} ${JSON.stringify(json)}`);
  return json.comment.id;
}

/** Runs the scenario on its own table, then points the handlers back at the bench's. */
export async function measureEvents(
  url: string,
  identity: LocalIdentity,
  dynamoEndpoint: string,
  sesMessages: () => Promise<unknown[]>,
  replies = 50,
): Promise<EventsCost> {
  const saved = { comments: process.env.COMMENTS_TABLE, reactions: process.env.REACTIONS_TABLE };
  const tables = { comments: 'bench-events', reactions: 'bench-events-reactions' };
  await ensureTables(dynamoEndpoint, tables);
  // One replier posting 50 replies in seconds is what the write limits stop: off for the scenario.
  const limits = process.env.RATE_LIMITS;
  Object.assign(process.env, {
    COMMENTS_TABLE: tables.comments,
    REACTIONS_TABLE: tables.reactions,
    RATE_LIMITS: 'off',
  });
  try {
    const site = 'bench-events';
    await saveSite(site, { name: 'Bench events', moderation: 'post', guests: true });
    const author = await token(url, identity, 'bench-author@example.org', 'Autrice');
    const replier = await token(url, identity, 'bench-replier@example.org', 'Répondeur');
    const parentId = await post(url, author, { site, page: 'article-events', body: 'Un avis à discuter' });
    for (let i = 0; i < replies; i++)
      await post(url, replier, { site, page: 'article-events', body: `Réponse ${i}`, parentId });

    const { handler } = await import('../functions/events/handler.js');
    const { runSchedule } = await import('../functions/events/schedule-handler.js');
    const perRecord: number[] = [];
    let records = 0;
    const { count: streamRequests } = await countRequests(async () => {
      const reader = await startStreamReader({
        endpoint: dynamoEndpoint,
        table: tables.comments,
        fromStart: true,
        handle: async (event) => {
          const started = performance.now();
          const answer = await handler(event);
          perRecord.push((performance.now() - started) / event.Records.length);
          records += event.Records.length;
          return answer;
        },
      });
      await reader.drain(120_000);
      await reader.stop();
    });
    const before = (await sesMessages()).length;
    const { count: scheduleRequests } = await countRequests(() =>
      runSchedule(new Date(Date.now() + 11 * 60_000)),
    );
    const emails = (await sesMessages()).length - before;
    perRecord.sort((a, b) => a - b);
    return {
      replies,
      records,
      msPerRecordP50: perRecord[Math.floor(perRecord.length / 2)] ?? 0,
      msPerRecordMax: perRecord.at(-1) ?? 0,
      streamRequests,
      scheduleRequests,
      requestsPerReply: (streamRequests.total + scheduleRequests.total) / replies,
      emails,
    };
  } finally {
    Object.assign(process.env, { COMMENTS_TABLE: saved.comments, REACTIONS_TABLE: saved.reactions });
    if (limits === undefined) delete process.env.RATE_LIMITS;
    else process.env.RATE_LIMITS = limits;
  }
}
