/**
 * Alerts, reply alerts: a published reply to an account holder's comment joins that reader's
 * batch (`reply-batch`), and a reply to a guest's comment joins that guest's when the guest
 * confirmed "Me prévenir des réponses" on the site (double opt-in: none before); each minute the
 * schedule sends every due batch as one email (`reply-mail`), so several replies within 10
 * minutes make one email, ten a day at most. Held replies are not published, so nothing is
 * planned for them until a moderator approves.
 */
import { getProfile } from '../accounts/profile-repository.js';
import type { CommentRecord } from '../comments/records.js';
import { getComment, guestReplyAlerts } from '../comments/store.js';
import type { EffectSpec } from '../events/effects.js';
import { performOnce, registerKind } from '../events/perform.js';
import { planners, scheduledTasks } from '../events/riders.js';
import type { DomainEvent } from '../events/types.js';
import { excerpt } from '../shared/mail/render.js';
import {
  addToBatch,
  closeBatch,
  dropDue,
  dueBatches,
  type PendingReply,
  readBatch,
} from './batch-repository.js';
import { recipientId } from './recipient.js';
import { sendReplyMail } from './service.js';

/** The effects of a published reply: one, for the author of the answered comment. */
export async function planReply(event: DomainEvent): Promise<EffectSpec[]> {
  if (event.type !== 'comment.published' || !event.comment.parentId) return [];
  const reply = event.comment;
  // At the deepest level a reply hangs from its parent but answers `replyTo`.
  const answeredId = reply.replyTo?.id ?? reply.parentId;
  if (!answeredId) return [];
  const answered = await getComment(reply.site, reply.page, answeredId);
  if (!answered || answered.removedFromThread || answered.authorKey === reply.authorKey) return [];
  const userId = await recipientWanting(answered);
  if (!userId) return [];
  const payload: PendingReply = {
    userId,
    site: reply.site,
    page: reply.page,
    replyId: reply.id,
    replierName: reply.authorName,
    excerpt: excerpt(reply.body),
    parentExcerpt: excerpt(answered.body, 140),
    answeredId: answered.id,
  };
  return [{ key: `reply:${userId}`, kind: 'reply-batch', payload: { ...payload } }];
}

/** The recipient id of the answered comment's author, when they want reply alerts. */
async function recipientWanting(answered: CommentRecord): Promise<string | undefined> {
  if (answered.authorId)
    return (await getProfile(answered.authorId)).alerts.replies ? answered.authorId : undefined;
  // A guest: only with an opt-in confirmed by its link, on this site.
  if (!answered.guestEmail || !(await guestReplyAlerts(answered.site, answered.authorKey)).on)
    return undefined;
  return recipientId({ site: answered.site, authorKey: answered.authorKey });
}

planners.push(planReply);

registerKind('reply-batch', {
  retryDelays: [30, 120, 600],
  async perform(payload, context) {
    const added = await addToBatch(payload as unknown as PendingReply, context.now);
    return added ? { status: 'sent', detail: 'batched' } : { status: 'skipped', detail: 'already_batched' };
  },
});

registerKind('reply-mail', {
  retryDelays: [60, 300, 1800, 7200],
  perform: (payload, context) => sendReplyMail(payload, context.eventId, context.now),
});

/** Sends each due batch once (its ledger entry is `batch:<userId>:<dueAt>`), then closes it. */
export async function sendDueBatches(now: Date): Promise<number> {
  let sent = 0;
  for (const pointer of await dueBatches(now)) {
    const batch = await readBatch(pointer.userId);
    if (batch && batch.dueAt === pointer.dueAt && batch.replies.length > 0) {
      await performOnce(
        `batch:${batch.userId}:${batch.dueAt}`,
        {
          key: 'mail',
          kind: 'reply-mail',
          site: batch.replies[0]?.site,
          payload: { userId: batch.userId, replies: batch.replies as unknown as Record<string, unknown>[] },
        },
        now,
      );
      // The ledger holds the email from here (a failed send is retried from it): the batch goes.
      await closeBatch(batch, now);
      sent++;
    }
    await dropDue(pointer.sk);
  }
  return sent;
}

scheduledTasks.push({ name: 'reply-batches', run: sendDueBatches });
