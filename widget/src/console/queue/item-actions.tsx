/**
 * Console: the decisions offered on one queued comment. Only those its status allows are shown
 * (the server checks again); approving a published comment that readers reported settles them,
 * approving one still to review (`unreviewed`) marks it reviewed.
 */
import type { Action, QueueItem } from '../../api/moderation.js';
import { useConsoleText } from '../../i18n/console-index.js';

/** What a queued comment's buttons do; the page wires them to the queue, dialogs and panel. */
export interface ItemHandlers {
  onAction(action: Action, id: string): void;
  onAuthor(item: QueueItem, ban: boolean): void;
  onFilterPage(page: string): void;
  onClosePage(page: string, closed: boolean): void;
  onNamedPage(page: string, title: string | null, url: string | null): void;
  /** Opens the decision on the comment's notices of illegal content. */
  onNotice(item: QueueItem): void;
}

/** The actions `item` allows, in the order of the buttons. */
export function allowedActions(item: QueueItem): Action[] {
  const { status, pinned } = item.comment;
  // Deleted (by someone else, first): nothing is left to decide.
  if (status === 'deleted') return [];
  const reported = item.reports.count > 0;
  const actions: Action[] = [];
  // On a published comment, approving settles its reports or marks it reviewed ("keep").
  if (status !== 'approved' || reported || item.unreviewed) actions.push('approve');
  if (status !== 'rejected') actions.push('reject');
  if (status !== 'spam') actions.push('spam');
  if (status === 'approved') actions.push(pinned ? 'unpin' : 'pin');
  actions.push('delete');
  return actions;
}

/** The row of buttons under a queued comment. */
export function ItemActions({ item, handlers }: { item: QueueItem; handlers: ItemHandlers }) {
  const m = useConsoleText();
  const id = item.comment.id;
  return (
    <fieldset class="button-row" aria-label={m.actionsFor(item.comment.author.name)}>
      {allowedActions(item).map((action) => (
        <button
          key={action}
          type="button"
          class={action === 'approve' ? 'primary' : action === 'delete' ? 'danger' : undefined}
          onClick={() => handlers.onAction(action, id)}
        >
          {m.actions[action]}
        </button>
      ))}
      <button type="button" onClick={() => handlers.onAuthor(item, false)}>
        {m.authorButton}
      </button>
      <button type="button" onClick={() => handlers.onAuthor(item, true)}>
        {m.banButton}
      </button>
    </fieldset>
  );
}
