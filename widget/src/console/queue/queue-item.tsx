/**
 * Console: one queued comment with everything a decision needs: author and date, its article,
 * the comment it answers, every reason it is held, the text an edit replaced, its reports and
 * notices (each with its reader's words), and the actions. Every text from a reader
 * (name, comment, title) is rendered as text nodes only.
 */
import { useId } from 'preact/hooks';
import type { ClassifierSignal, HeldBy } from '../../../../functions/comments/types.js';
import type { AnyErrorCode } from '../../api/api-error.js';
import type { DecisionConflict, QueueItem, ReportReason } from '../../api/moderation.js';
import { CommentText } from '../../components/comment-text.js';
import { useConsoleText } from '../../i18n/console-index.js';
import { fullDate, relativeTime } from '../../i18n/format.js';
import { useI18n } from '../../i18n/index.js';
import { reasonText, reasonTexts } from '../../i18n/reason-messages.js';
import { ConsoleError } from '../components/console-error.js';
import { ArticleLine } from './article-line.js';
import { ConflictNote } from './conflict-note.js';
import { ItemActions, type ItemHandlers } from './item-actions.js';
import { ReportList } from './report-list.js';

/** Props of QueueItemView. */
export interface QueueItemProps {
  item: QueueItem;
  current: boolean;
  selected: boolean;
  failure?: AnyErrorCode;
  /** Someone decided first: who and when, shown in place of the failure. */
  conflict?: DecisionConflict;
  handlers: ItemHandlers;
  onToggle(): void;
  /** Makes this the current comment (the focus entered it: j/k, a click, Tab). */
  onFocus(): void;
}

// A parent is context, not the thing judged: a glimpse is enough.
const excerpt = (text: string) => (text.length > 280 ? `${text.slice(0, 280)}…` : text);

/** A queued comment, as an article in the queue's list. */
export function QueueItemView(props: QueueItemProps) {
  const { item, current, selected, failure, conflict, handlers } = props;
  const { t, lang } = useI18n();
  const m = useConsoleText();
  const id = useId();
  const { comment, parent, reasons, reports, previousBody } = item;
  const name = comment.author.name;
  // What a rule matched (listed words, the classifier's signals) is for moderators only.
  const matched = (reason: HeldBy) =>
    reason.matched?.map((word) => m.signals[word as ClassifierSignal] ?? word).join(', ');
  const note = comment.moderation?.note;
  return (
    <article
      class={`queue-item${current ? ' is-current' : ''}${selected ? ' is-selected' : ''}`}
      tabIndex={-1}
      aria-labelledby={id}
      aria-current={current ? 'true' : undefined}
      onFocusCapture={props.onFocus}
    >
      <div class="queue-item__head">
        <input type="checkbox" aria-label={m.select(name)} checked={selected} onChange={props.onToggle} />
        <p id={id} class="comment-meta">
          <strong>{name}</strong>
          {comment.author.guest && <span class="muted"> ({t.guest})</span>}{' '}
          <time class="muted" dateTime={comment.createdAt} title={fullDate(comment.createdAt, lang)}>
            {relativeTime(comment.createdAt, Date.now(), lang)}
          </time>{' '}
          <span class={`badge ${comment.status}`}>{m.statuses[comment.status]}</span>
          {comment.pinned && <span class="badge pinned">{m.pinned}</span>}
          {item.bannedNetwork && <span class="signal"> {m.bannedNetwork}</span>}
        </p>
      </div>
      <ArticleLine
        page={item.page}
        onFilter={handlers.onFilterPage}
        onClose={handlers.onClosePage}
        onNamed={handlers.onNamedPage}
      />
      {parent && (
        <blockquote class="queue-item__parent">
          <p class="muted">{m.inReplyTo(parent.author.name)}</p>
          <p class="tx">{excerpt(parent.body)}</p>
        </blockquote>
      )}
      {previousBody !== null && <p class="muted">{m.newText}</p>}
      <CommentText text={comment.body} />
      {previousBody !== null && (
        <details class="queue-item__previous">
          <summary>{m.previousText}</summary>
          <CommentText text={previousBody} />
        </details>
      )}
      {reasons.length > 0 && (
        <div class="queue-item__reason">
          <strong>{m.heldBy}</strong>
          <ul class="queue-item__reasons">
            {reasons.map((reason) => {
              const found = matched(reason);
              return (
                <li key={reason.phase}>
                  {reasonText(reasonTexts[lang], reason)}
                  {found && ` (${m.matched(found)})`}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {note && (
        <p class="queue-item__reason">
          <strong>{m.moderatorReason}</strong> {note}
        </p>
      )}
      {reports.count > 0 && (
        <p class="queue-item__reports">
          {m.reports(
            reports.count,
            Object.entries(reports.reasons)
              .map(([why, n]) => `${m.reportReasons[why as ReportReason] ?? why} ${n}`)
              .join(', '),
          )}
        </p>
      )}
      <ReportList item={item} onDecide={() => handlers.onNotice(item)} />
      <ItemActions item={item} handlers={handlers} />
      {conflict ? <ConflictNote conflict={conflict} /> : <ConsoleError code={failure} />}
    </article>
  );
}
