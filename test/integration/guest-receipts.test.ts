import { describe, expect, it } from 'vitest';
import { listComments, postComment } from '../../widget/src/api/comments.js';
import { useTestApp } from '../support/use-test-app.js';

const t = useTestApp();

const guest = { name: 'Invitée', email: 'invitee@example.org' };

describe('a guest’s held comment', () => {
  it('is listed for the guest who holds its receipt, and for no one else', async () => {
    const site = await t.site({ moderation: 'pre' });
    const posted = await postComment(
      t.client(),
      { site, page: 'p', body: 'en attente', author: guest },
      'g1',
    );
    const { id } = posted.comment;
    const receipt = posted.receipt ?? '';
    expect(receipt).toMatch(/^[\w-]{16,32}$/);

    const thread = { site, page: 'p', sort: 'newest' } as const;
    const withReceipt = await listComments(t.client(), { ...thread, receipts: `${id}.${receipt}` });
    const forged = await listComments(t.client(), { ...thread, receipts: `${id}.${'x'.repeat(24)}` });
    const without = await listComments(t.client(), thread);

    expect(withReceipt.comments.map((c) => [c.id, c.status])).toEqual([[id, 'pending']]);
    expect(forged.comments).toEqual([]);
    expect(without.comments).toEqual([]);
    expect(JSON.stringify(withReceipt)).not.toContain(receipt);
  });

  it('gives the same receipt to a retried post', async () => {
    const site = await t.site({ moderation: 'pre' });
    const comment = { site, page: 'p', body: 'une fois', author: guest };
    const first = await postComment(t.client(), comment, 'g2');
    const again = await postComment(t.client(), comment, 'g2');
    expect(again.receipt).toBe(first.receipt);
  });

  it('refuses malformed receipts with a 400', async () => {
    const site = await t.site();
    const res = await t.raw('GET', `/v1/comments/mine?site=${site}&page=p&receipts=nope`);
    expect(res).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } });
  });
});
