/**
 * Components: one comment, its actions and, nested below, its replies (collapsible). The reply
 * form appears right under the comment it answers.
 */
import type { ComponentChild } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Comment } from '../../../functions/comments/types.js';
import { useI18n } from '../i18n/index.js';
import { CommentEdit, DeleteButton } from './comment-edit.js';
import { CommentMeta } from './comment-meta.js';
import { CommentText } from './comment-text.js';

/** What every comment of a thread shares: the reader, the site's rules and the thread's actions. */
export interface ThreadContext {
  /** The signed-in reader's account id. */
  userId?: string;
  /** Replies are offered below this depth; -1 when the article is closed. */
  maxDepth: number;
  editWindowSeconds: number;
  /** The comment to scroll to and highlight (permalink, just posted). */
  highlight?: string;
  replyTo: string | null;
  replyForm: ComponentChild;
  onReply(id: string): void;
  onEdit(id: string, body: string): Promise<void>;
  onDelete(id: string): Promise<void>;
}

/** A comment with its replies, as a list item. */
export function CommentItem({ comment, ctx }: { comment: Comment; ctx: ThreadContext }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(true);
  const [editing, setEditing] = useState(false);
  const self = useRef<HTMLElement>(null);
  const lit = ctx.highlight === comment.id;
  const deleted = comment.status === 'deleted';
  const mine = !deleted && !!ctx.userId && comment.author.id === ctx.userId;
  const changeable = mine && Date.now() - Date.parse(comment.createdAt) < ctx.editWindowSeconds * 1000;
  const count = comment.replies.length;

  useEffect(() => {
    if (!lit) return;
    self.current?.scrollIntoView({ block: 'center' });
    self.current?.focus({ preventScroll: true });
  }, [lit]);

  return (
    <li>
      <article id={`reagir-${comment.id}`} ref={self} tabIndex={-1} class={lit ? 'c hl' : 'c'}>
        <CommentMeta comment={comment} />
        {deleted ? (
          <p class="tx dl">{t.deleted}</p>
        ) : editing ? (
          <CommentEdit
            text={comment.body}
            onSave={(body) => ctx.onEdit(comment.id, body).then(() => setEditing(false))}
            onClose={() => setEditing(false)}
          />
        ) : (
          <CommentText text={comment.body} />
        )}
        {!deleted && !editing && (
          <p class="ac">
            {comment.depth < ctx.maxDepth && ctx.replyTo !== comment.id && (
              <button type="button" class="ln" onClick={() => ctx.onReply(comment.id)}>
                {t.reply}
              </button>
            )}
            {changeable && (
              <button type="button" class="ln" onClick={() => setEditing(true)}>
                {t.edit}
              </button>
            )}
            {changeable && <DeleteButton onDelete={() => ctx.onDelete(comment.id)} />}
          </p>
        )}
      </article>
      {ctx.replyTo === comment.id && ctx.replyForm}
      {count > 0 && (
        <button type="button" class="ln tg" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t.hideReplies(count) : t.showReplies(count)}
        </button>
      )}
      {count > 0 && open && (
        <ol class="rp">
          {comment.replies.map((reply) => (
            <CommentItem key={reply.id} comment={reply} ctx={ctx} />
          ))}
        </ol>
      )}
    </li>
  );
}
