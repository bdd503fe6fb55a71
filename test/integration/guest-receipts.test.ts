import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createTestSite, startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const guest = { name: 'Invitée', email: 'invitee@example.org' };

describe('a guest’s held comment', () => {
  it('is listed for the guest who holds its receipt, and for no one else', async () => {
    const site = await createTestSite({ moderation: 'pre' });
    const posted = await api(
      app,
      'POST',
      '/v1/comments',
      { site, page: 'p', body: 'en attente', author: guest },
      { 'idempotency-key': 'g1' },
    );
    const { id } = posted.body.comment;
    const receipt: string = posted.body.receipt;
    expect(receipt).toMatch(/^[\w-]{16,32}$/);

    const withReceipt = await api(app, 'GET', `/v1/comments?site=${site}&page=p&receipts=${id}.${receipt}`);
    const forged = await api(app, 'GET', `/v1/comments?site=${site}&page=p&receipts=${id}.${'x'.repeat(24)}`);
    const without = await api(app, 'GET', `/v1/comments?site=${site}&page=p`);

    expect(withReceipt.body.comments.map((c: { id: string; status: string }) => [c.id, c.status])).toEqual([
      [id, 'pending'],
    ]);
    expect(forged.body.comments).toEqual([]);
    expect(without.body.comments).toEqual([]);
    expect(JSON.stringify(withReceipt.body)).not.toContain(receipt);
  });

  it('gives the same receipt to a retried post', async () => {
    const site = await createTestSite({ moderation: 'pre' });
    const first = await api(
      app,
      'POST',
      '/v1/comments',
      { site, page: 'p', body: 'une fois', author: guest },
      { 'idempotency-key': 'g2' },
    );
    const again = await api(
      app,
      'POST',
      '/v1/comments',
      { site, page: 'p', body: 'une fois', author: guest },
      { 'idempotency-key': 'g2' },
    );
    expect(again.body.receipt).toBe(first.body.receipt);
  });

  it('refuses malformed receipts with a 400', async () => {
    const site = await createTestSite();
    const res = await api(app, 'GET', `/v1/comments?site=${site}&page=p&receipts=nope`);
    expect(res).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } });
  });
});
