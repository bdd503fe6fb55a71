/**
 * Issue 15, the pipeline: the comments table's real stream on DynamoDB Local, read by the local
 * stream reader, reaches the events handler as domain events; each effect is recorded once in the
 * ledger, so replaying records performs nothing twice; a failing effect is retried with backoff by
 * the schedule, then kept as failed and listed for its site.
 */
import type { DynamoDBRecord } from 'aws-lambda';
import { afterEach, describe, expect, it } from 'vitest';
import { failedEffects, readEffect } from '../../functions/events/ledger.js';
import { registerKind } from '../../functions/events/perform.js';
import { processRecords } from '../../functions/events/process-records.js';
import { planners } from '../../functions/events/riders.js';
import type { DomainEvent } from '../../functions/events/types.js';
import { bearer } from '../support/test-app.js';
import { useTestApp } from '../support/use-test-app.js';

const t = useTestApp({ events: true });

const seen: DomainEvent[] = [];
const performed: string[] = [];
let failing = false;
registerKind('test-probe', {
  retryDelays: [60, 300],
  async perform(payload) {
    if (failing) throw new Error('receiver down');
    performed.push(String(payload.eventId));
    return { status: 'sent' };
  },
});
// A planner of this file only: one probe effect per event of its own sites.
const sites = new Set<string>();
planners.push(async (event) => {
  if (!sites.has(event.site)) return [];
  seen.push(event);
  return [{ key: 'probe', kind: 'test-probe', payload: { eventId: event.id } }];
});
afterEach(() => {
  failing = false;
});

const post = async (site: string, token: string, body: string, parentId?: string) =>
  (
    await t.raw<{ comment: { id: string } }>(
      'POST',
      '/v1/comments',
      { site, page: 'a1', body, parentId },
      bearer(token),
    )
  ).body.comment.id;

describe('the event pipeline on the local stream', () => {
  it('turns a post and its approval into created then published events', async () => {
    const site = await t.site({ moderation: 'pre' });
    sites.add(site);
    const reader = await t.reader();
    const moderator = await t.staff(['moderators']);
    const id = await post(site, reader.idToken, 'Un premier avis');
    await t.raw(
      'POST',
      '/v1/moderation/decisions',
      { commentIds: [id], seen: { [id]: 'pending' }, action: 'approve' },
      bearer(moderator.idToken),
    );
    await t.app.events?.reader.drain();

    const mine = seen.filter((event) => event.site === site);
    expect(mine.map((event) => event.type)).toEqual(['comment.created', 'comment.published']);
    expect(mine[1]).toMatchObject({ commentId: id, page: 'a1', comment: { status: 'approved' } });
    expect(performed.filter((eventId) => mine.some((event) => event.id === eventId))).toHaveLength(2);
  });

  it('performs each effect once when the stream delivers records again', async () => {
    const site = await t.site();
    sites.add(site);
    const reader = await t.reader();
    const captured: DynamoDBRecord[] = [];
    const id = await post(site, reader.idToken, 'Publié aussitôt');
    await t.app.events?.reader.drain();
    const event = seen.find((e) => e.commentId === id && e.type === 'comment.published');
    expect(event).toBeDefined();
    const before = performed.length;
    // The same record again, as a Lambda retry or a replay would deliver it.
    const [recordId] = String(event?.id).split(':');
    captured.push({
      eventID: recordId,
      eventName: 'INSERT',
      dynamodb: {
        SequenceNumber: '1',
        NewImage: toImage({
          pk: `PAGE#${site}#a1`,
          sk: `C#${id}`,
          id,
          site,
          page: 'a1',
          status: 'approved',
          body: 'Publié aussitôt',
        }),
      },
    });
    expect(await processRecords(captured)).toEqual({ batchItemFailures: [] });
    expect(performed.length).toBe(before);
    expect((await readEffect(String(event?.id), 'probe'))?.status).toBe('sent');
  });

  it('retries a failing effect with backoff, then keeps it as failed for the site', async () => {
    const site = await t.site();
    sites.add(site);
    const reader = await t.reader();
    failing = true;
    const id = await post(site, reader.idToken, 'Le receveur est en panne');
    await t.app.events?.reader.drain();
    const event = seen.find((e) => e.commentId === id && e.type === 'comment.published');
    const eventId = String(event?.id);
    expect(await readEffect(eventId, 'probe')).toMatchObject({ status: 'retrying', attempts: 1 });

    // Not due yet: the schedule a second later leaves it alone.
    await t.app.events?.runSchedule(new Date(Date.now() + 1000));
    expect(await readEffect(eventId, 'probe')).toMatchObject({ status: 'retrying', attempts: 1 });
    await t.app.events?.runSchedule(new Date(Date.now() + 61_000));
    expect(await readEffect(eventId, 'probe')).toMatchObject({ status: 'retrying', attempts: 2 });
    await t.app.events?.runSchedule(new Date(Date.now() + 400_000));
    expect(await readEffect(eventId, 'probe')).toMatchObject({ status: 'failed', attempts: 3 });
    expect((await failedEffects(site)).map((item) => item.eventId)).toContain(eventId);
    // Nothing more is due for it.
    await t.app.events?.runSchedule(new Date(Date.now() + 86_400_000));
    expect(await readEffect(eventId, 'probe')).toMatchObject({ attempts: 3 });
  });
});

/** A plain object as a stream image (strings only: enough for the replayed record). */
function toImage(item: Record<string, string>) {
  return Object.fromEntries(Object.entries(item).map(([name, value]) => [name, { S: value }]));
}
