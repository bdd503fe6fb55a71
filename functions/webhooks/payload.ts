/**
 * Webhooks: what a receiver is told of an event. Only public fields: never a guest's or a
 * notifier's email or name, a receipt, the search text, or any key that identifies a reader.
 */
import type { CommentRecord } from '../comments/records.js';
import type { WebhookEvent } from '../events/types.js';

/** A comment as a webhook shows it: what the public thread shows, plus its status. */
export const publicComment = (comment: CommentRecord) => ({
  id: comment.id,
  site: comment.site,
  page: comment.page,
  parentId: comment.parentId,
  authorName: comment.authorName,
  body: comment.body,
  status: comment.status,
  createdAt: comment.createdAt,
  editedAt: comment.editedAt ?? null,
});

/** The JSON body of a delivery: `{type, timestamp, data}` (the Standard Webhooks shape). */
export function webhookBody(event: WebhookEvent): string {
  const where = { site: event.site, page: event.page, commentId: event.commentId };
  let data: Record<string, unknown>;
  if (event.type === 'notice.received') data = { ...where, reason: event.reason };
  else if (event.type === 'decision.made') data = { ...where, statement: event.statement };
  else data = { comment: publicComment(event.comment) };
  return JSON.stringify({ type: event.type, timestamp: event.at, data });
}

/** The body of a `webhook.test` event. */
export const testBody = (site: string, endpointId: string, at: string) =>
  JSON.stringify({ type: 'webhook.test', timestamp: at, data: { site, endpointId } });
