/**
 * Issue 15, webhooks: an admin registers an endpoint (the secret shown once), the events of the
 * site reach a receiver started here, signed per Standard Webhooks (verified with the
 * `standardwebhooks` package); a failing receiver is retried by the schedule and every attempt
 * shows in the delivery log; private and loopback URLs are refused at registration and again at
 * delivery; only admins may manage endpoints.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  WebhookCreatedAnswer,
  WebhookDeliveriesAnswer,
  WebhookListAnswer,
  WebhookSendAnswer,
} from '../../functions/webhooks/types.js';
import { bearer } from '../support/test-app.js';
import { useTestApp } from '../support/use-test-app.js';

const t = useTestApp({ events: true });

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}
/** A receiver on 127.0.0.1 that answers `status` and keeps what it got. */
class Receiver {
  received: Received[] = [];
  status = 200;
  private server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      this.received.push({ headers: request.headers, body });
      response.writeHead(this.status).end();
    });
  });
  url = '';
  async start() {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
  }
  stop = () => new Promise<void>((resolve) => this.server.close(() => resolve()));
}

const receiver = new Receiver();
beforeAll(() => receiver.start());
afterAll(() => receiver.stop());

let admin: { idToken: string };
beforeAll(async () => {
  admin = await t.staff(['admins'], 'Administratrice');
});

async function register(site: string, url: string, events: string[]) {
  return t.raw<WebhookCreatedAnswer>('POST', '/v1/webhooks', { site, url, events }, bearer(admin.idToken));
}
async function deliveries(site: string, id: string) {
  const answer = await t.raw<WebhookDeliveriesAnswer>(
    'GET',
    `/v1/webhooks/${id}/deliveries?site=${site}`,
    undefined,
    bearer(admin.idToken),
  );
  return answer.body.deliveries;
}
async function post(site: string, body: string) {
  const reader = await t.reader();
  const answer = await t.raw<{ comment: { id: string } }>(
    'POST',
    '/v1/comments',
    { site, page: 'a1', body },
    bearer(reader.idToken),
  );
  return answer.body.comment.id;
}
const headersOf = (r: Received) => ({
  'webhook-id': String(r.headers['webhook-id']),
  'webhook-timestamp': String(r.headers['webhook-timestamp']),
  'webhook-signature': String(r.headers['webhook-signature']),
});

describe('webhooks', () => {
  it('delivers a published comment signed with the secret shown once, without private fields', async () => {
    const site = await t.site();
    const created = await register(site, receiver.url, ['comment.published']);
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    receiver.received = [];

    const id = await post(site, 'Un avis publié');
    await t.app.events?.reader.drain();

    const mine = receiver.received.filter((r) => r.body.includes(id));
    expect(mine).toHaveLength(1);
    const [delivery] = mine as [Received];
    const verified = new Webhook(created.body.secret).verify(delivery.body, headersOf(delivery)) as {
      type: string;
      data: { comment: Record<string, unknown> };
    };
    expect(verified.type).toBe('comment.published');
    expect(verified.data.comment).toMatchObject({ id, site, page: 'a1', body: 'Un avis publié' });
    for (const field of ['guestEmail', 'receipt', 'searchText', 'authorKey', 'pk', 'sk'])
      expect(verified.data.comment).not.toHaveProperty(field);
    const list = await t.raw<WebhookListAnswer>(
      'GET',
      `/v1/webhooks?site=${site}`,
      undefined,
      bearer(admin.idToken),
    );
    expect(JSON.stringify(list.body)).not.toContain(created.body.secret);
    expect(list.body.endpoints[0]).toMatchObject({
      status: 'active',
      lastDelivery: { status: 'sent', statusCode: 200 },
    });
  });

  it('sends a test event through the same signed path and logs it', async () => {
    const site = await t.site();
    const created = await register(site, receiver.url, ['comment.created']);
    receiver.received = [];

    const sent = await t.raw<WebhookSendAnswer>(
      'POST',
      `/v1/webhooks/${created.body.endpoint.id}/test?site=${site}`,
      undefined,
      bearer(admin.idToken),
    );

    expect(sent.body.status).toBe('sent');
    const [delivery] = receiver.received as [Received];
    expect(new Webhook(created.body.secret).verify(delivery.body, headersOf(delivery))).toMatchObject({
      type: 'webhook.test',
    });
    expect(await deliveries(site, created.body.endpoint.id)).toMatchObject([
      { eventId: sent.body.eventId, type: 'webhook.test', attempt: 1, statusCode: 200, status: 'sent' },
    ]);
  });

  it('retries a failing receiver on the schedule, logs each attempt, then marks it failing and tells the admin', async () => {
    const site = await t.site();
    const failing = new Receiver();
    await failing.start();
    failing.status = 500;
    const created = await register(site, failing.url, ['comment.created']);
    const endpointId = created.body.endpoint.id;
    t.app.ses?.clear();

    await post(site, 'Un avis qui ne passera pas');
    await t.app.events?.reader.drain();
    expect(await deliveries(site, endpointId)).toMatchObject([
      { attempt: 1, statusCode: 500, status: 'retrying' },
    ]);
    await t.app.events?.runSchedule(new Date(Date.now() + 6_000));
    const log = await deliveries(site, endpointId);
    expect(log.map((d) => [d.attempt, d.statusCode, d.status])).toEqual([
      [2, 500, 'retrying'],
      [1, 500, 'retrying'],
    ]);

    // The rest of the schedule (about a day), each retry due in turn.
    let at = Date.now() + 6_000;
    for (const delay of [300, 1800, 7200, 18000, 36000, 36000]) {
      at += (delay + 1) * 1000;
      await t.app.events?.runSchedule(new Date(at));
    }

    const all = await deliveries(site, endpointId);
    expect(all).toHaveLength(8);
    expect(all[0]).toMatchObject({ attempt: 8, status: 'failed' });
    expect(failing.received).toHaveLength(8);
    const list = await t.raw<WebhookListAnswer>(
      'GET',
      `/v1/webhooks?site=${site}`,
      undefined,
      bearer(admin.idToken),
    );
    expect(list.body.endpoints[0]?.status).toBe('failing');
    const mails = (await t.app.ses?.messages()) ?? [];
    expect(mails.some((m) => m.subject.includes('Webhook') && m.body.text?.includes(failing.url))).toBe(true);

    failing.status = 204;
    const eventId = all[0]?.eventId;
    const again = await t.raw<WebhookSendAnswer>(
      'POST',
      `/v1/webhooks/${endpointId}/redeliveries`,
      { site, eventId },
      bearer(admin.idToken),
    );
    expect(again.body.status).toBe('sent');
    // The earlier attempts ran at the schedule's future times: this one is found by its status code.
    const resent = (await deliveries(site, endpointId)).filter((d) => d.statusCode === 204);
    expect(resent).toMatchObject([{ eventId, attempt: 1, status: 'sent' }]);
    await failing.stop();
  });

  it('refuses http://127.0.0.1 in production mode and the cloud metadata address', async () => {
    const site = await t.site();
    const saved = process.env.WEBHOOKS_ALLOW_LOCAL;
    delete process.env.WEBHOOKS_ALLOW_LOCAL;
    try {
      const local = await register(site, receiver.url, ['comment.created']);
      const localHttps = await register(site, 'https://127.0.0.1:8443/hook', ['comment.created']);
      const metadata = await register(site, 'https://169.254.169.254/latest/meta-data/', ['comment.created']);
      const mapped = await register(site, 'https://[::ffff:169.254.169.254]/', ['comment.created']);

      for (const answer of [local, localHttps, metadata, mapped]) {
        expect(answer.status).toBe(422);
        expect((answer.body as unknown as { error: { code: string } }).error.code).toBe(
          'webhook_url_refused',
        );
      }
    } finally {
      process.env.WEBHOOKS_ALLOW_LOCAL = saved;
    }
  });

  it('checks the URL again at delivery', async () => {
    const site = await t.site();
    const created = await register(site, receiver.url, ['comment.created']);
    receiver.received = [];
    const saved = process.env.WEBHOOKS_ALLOW_LOCAL;
    delete process.env.WEBHOOKS_ALLOW_LOCAL;
    try {
      const sent = await t.raw<WebhookSendAnswer>(
        'POST',
        `/v1/webhooks/${created.body.endpoint.id}/test?site=${site}`,
        undefined,
        bearer(admin.idToken),
      );
      expect(sent.body.status).toBe('retrying');
    } finally {
      process.env.WEBHOOKS_ALLOW_LOCAL = saved;
    }
    expect(receiver.received).toHaveLength(0);
    const [attempt] = await deliveries(site, created.body.endpoint.id);
    expect(attempt).toMatchObject({ status: 'retrying' });
    expect(attempt?.error).toContain('https://');
  });

  it("lets the local stack's own receiver verify the signed events it gets", async () => {
    const site = await t.site();
    const url = `${t.app.url.replace('localhost', '127.0.0.1')}/_dev/webhook`;
    const created = await register(site, url, ['comment.created']);
    const sent = await t.raw<WebhookSendAnswer>(
      'POST',
      `/v1/webhooks/${created.body.endpoint.id}/test?site=${site}`,
      undefined,
      bearer(admin.idToken),
    );
    const seen = await t.raw<{
      deliveries: { type: string; verified: boolean; body: { data: { site: string } } }[];
    }>('GET', '/_dev/webhooks');
    expect(sent.body.status).toBe('sent');
    expect(seen.body.deliveries.find((d) => d.body.data.site === site)).toMatchObject({
      type: 'webhook.test',
      verified: true,
    });
  });

  it('answers 403 to a reader and to a moderator', async () => {
    const site = await t.site();
    const reader = await t.reader();
    const moderator = await t.staff(['moderators']);
    for (const token of [reader.idToken, moderator.idToken]) {
      const list = await t.raw('GET', `/v1/webhooks?site=${site}`, undefined, bearer(token));
      const add = await t.raw(
        'POST',
        '/v1/webhooks',
        { site, url: receiver.url, events: ['comment.created'] },
        bearer(token),
      );
      expect([list.status, add.status]).toEqual([403, 403]);
    }
  });

  it('deletes an endpoint, which then gets nothing', async () => {
    const site = await t.site();
    const created = await register(site, receiver.url, ['comment.created']);
    const removed = await t.raw(
      'DELETE',
      `/v1/webhooks/${created.body.endpoint.id}?site=${site}`,
      undefined,
      bearer(admin.idToken),
    );
    receiver.received = [];
    const id = await post(site, 'Après la suppression');
    await t.app.events?.reader.drain();
    expect(removed.status).toBe(204);
    expect(receiver.received.filter((r) => r.body.includes(id))).toHaveLength(0);
  });
});
