/**
 * Components: one comment, its reactions and actions and, nested below, its replies
 * (collapsible; in the `top` order, fetched on demand). The reply form appears right under the
 * comment it answers (at the deepest level the reply goes beside it, "en réponse à" its author);
 * a long text folds; the editor and the delete button are a chunk loaded for one's own comments.
 */
import type { ComponentChild } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Comment } from '../../../functions/comments/types.js';
import type { ReactionType } from '../api/reactions.js';
import { useAction } from '../hooks/use-action.js';
import { useLoaded } from '../hooks/use-loaded.js';
import type { Reactions } from '../hooks/use-reactions.js';
import type { ReportContext } from '../hooks/use-reports.js';
import { useI18n } from '../i18n/index.js';
import { publishedBelow } from '../lib/thread-tree.js';
import { CommentMeta } from './comment-meta.js';
import { ErrorText } from './error-text.js';
import { FoldedText } from './folded-text.js';
import { ModerationReason } from './moderation-reason.js';
import { ReactionBar } from './reaction-bar.js';
import { threadMessages } from './thread-messages.js';

/** What every comment of a thread shares: the reader, the site's rules and the thread's actions. */
export interface ThreadContext {
  /** The signed-in reader's pseudonym on this site (the thread's `viewer`): their comments get "Modifier". */
  userId?: string;
  /**
   * Signed in, but the thread on screen was read before (its `viewer` is not this reader yet):
   * whose comments are whose is unknown until it reloads, so none is offered to report.
   */
  ownUnknown?: boolean;
  /** The site's deepest reply level (a reply there answers beside it); 0: no replies; -1: closed. */
  maxDepth: number;
  editWindowSeconds: number;
  reactionTypes: readonly ReactionType[];
  /** The article is closed and the site refuses reactions there (`reactionsWhenClosed` false). */
  reactionsClosed?: boolean;
  reactions: Reactions;
  /** The comment to scroll to and highlight (permalink, just posted). */
  highlight?: string;
  replyTo: string | null;
  replyForm: ComponentChild;
  /** Replies are not listed with their comment (the `top` order): offer to fetch them. */
  repliesOnDemand: boolean;
  /** Per top-level comment whose replies were fetched: where they continue (null: all there). */
  replyCursors: Record<string, string | null>;
  onLoadReplies(id: string): Promise<void>;
  onReply(id: string): void;
  onReact(id: string, type: ReactionType, loaded: Record<string, number>): void;
  onEdit(id: string, body: string): Promise<void>;
  onDelete(id: string): Promise<void>;
  /** "Signaler" on the comments that are not the reader's own (its panel is a chunk). */
  report: ReportContext;
  /** A moderator's menu on each comment (staff-menu.tsx, a chunk only staff load). */
  staff?: (comment: Comment) => ComponentChild;
}

/** Whether the reader may still edit their comment: false from the window's end, even with the page open. */
function useEditWindow(mine: boolean, createdAt: string, seconds: number): boolean {
  const left = Date.parse(createdAt) + seconds * 1000 - Date.now();
  const [, setEnded] = useState(false);
  useEffect(() => {
    if (!mine || left <= 0) return;
    // Timers over ~24.8 days overflow: such a window outlasts any page view anyway.
    const timer = setTimeout(() => setEnded(true), Math.min(left, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [mine, createdAt, seconds]);
  return mine && left > 0;
}

/** A comment with its replies, as a list item. */
export function CommentItem({ comment, ctx }: { comment: Comment; ctx: ThreadContext }) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(true);
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const fetchReplies = useAction(() => ctx.onLoadReplies(comment.id));
  const self = useRef<HTMLElement>(null);
  const { id, status, replies } = comment;
  const lit = ctx.highlight === id;
  const deleted = status === 'deleted';
  const mine = !deleted && !!ctx.userId && comment.author.id === ctx.userId;
  const editable = useEditWindow(mine, comment.createdAt, ctx.editWindowSeconds);
  // Deleting stays open after the edit window: the chunk holds both buttons.
  const edit = useLoaded(() => import('./comment-edit.js'), mine);
  const count = replies.length;
  const cursor = ctx.replyCursors[id];
  // What `thread=` lists beyond what is shown: published replies at any depth.
  const missing = comment.threadCount - publishedBelow(comment);
  const more = ctx.repliesOnDemand && !comment.depth && (cursor === undefined ? missing > 0 : !!cursor);
  const reportable = status === 'approved' && !mine && !ctx.ownUnknown && !ctx.report.own.has(id);
  const [reporting, setReporting] = useState(false);
  const report = useLoaded(() => import('./report-panel.js'), reporting);
  const reportButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!lit) return;
    self.current?.scrollIntoView({ block: 'center' });
    self.current?.focus({ preventScroll: true });
  }, [lit]);

  return (
    <li>
      <article id={`reagir-${id}`} ref={self} tabIndex={-1} class={lit ? 'c hl' : 'c'}>
        <CommentMeta comment={comment} t={t} lang={lang} />
        <ModerationReason moderation={comment.moderation} />
        {comment.replyTo && !deleted && (
          <a class="mu" href={`#reagir-${comment.replyTo.id}`}>
            {threadMessages[lang].inReplyTo(comment.replyTo.name)}
          </a>
        )}
        {deleted ? (
          <p class="tx dl">{t.deleted}</p>
        ) : editing && edit ? (
          <edit.CommentEdit
            text={comment.body}
            onSave={(body) => ctx.onEdit(id, body).then(() => setEditing(false))}
            onClose={() => {
              setEditing(false);
              // Back to "Modifier", or to the comment once the window closed and the button went.
              setTimeout(() => (editButton.current ?? self.current)?.focus());
            }}
          />
        ) : (
          <FoldedText text={comment.body} />
        )}
        {!deleted && !editing && (
          <div class="ac">
            {status === 'approved' && (
              <ReactionBar
                types={ctx.reactionTypes}
                counts={ctx.reactions.counts(id, comment.reactions)}
                mine={ctx.reactions.mine(id)}
                disabled={ctx.reactionsClosed}
                onToggle={(type) => ctx.onReact(id, type, comment.reactions)}
              />
            )}
            {status === 'approved' && ctx.maxDepth > 0 && ctx.replyTo !== id && (
              <button type="button" class="ln" data-reply={id} onClick={() => ctx.onReply(id)}>
                {t.reply}
              </button>
            )}
            {editable && edit && (
              <button type="button" class="ln" ref={editButton} onClick={() => setEditing(true)}>
                {t.edit}
              </button>
            )}
            {mine && edit && <edit.DeleteButton onDelete={() => ctx.onDelete(id)} />}
            {reportable && (
              <button
                ref={reportButton}
                type="button"
                class="ln"
                aria-expanded={reporting}
                disabled={ctx.report.done.has(id)}
                onClick={() => setReporting(!reporting)}
              >
                {ctx.report.done.has(id) ? t.reported : t.report}
              </button>
            )}
            {ctx.staff?.(comment)}
          </div>
        )}
        {reporting && report && (
          <report.ReportPanel
            id={id}
            ctx={ctx.report}
            onClose={() => {
              setReporting(false);
              // Back where the reader was; a reported comment's button is disabled: the comment then.
              (reportButton.current?.disabled ? self.current : reportButton.current)?.focus();
            }}
          />
        )}
      </article>
      {ctx.replyTo === id && ctx.replyForm}
      {count > 0 && (
        <button type="button" class="ln tg" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t.hideReplies(count) : t.showReplies(count)}
        </button>
      )}
      {count > 0 && open && (
        <ol class="rp">
          {replies.map((reply) => (
            <CommentItem key={reply.id} comment={reply} ctx={ctx} />
          ))}
        </ol>
      )}
      {more && (
        <button type="button" class="ln tg" disabled={fetchReplies.busy} onClick={() => fetchReplies.run()}>
          {t.loadReplies(Math.max(1, missing))}
        </button>
      )}
      <ErrorText code={fetchReplies.error} />
    </li>
  );
}
