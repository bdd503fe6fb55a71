/**
 * Console: the bar above a queue: select all, how many are selected, the decisions for the
 * whole selection, and the shortcuts' help.
 */
import type { Action } from '../../api/moderation.js';
import { useConsoleText } from '../../i18n/console-index.js';

/** Props of BulkBar. */
export interface BulkBarProps {
  total: number;
  selected: number;
  busy: boolean;
  onSelectAll(on: boolean): void;
  onAction(action: Action): void;
  onHelp(): void;
}

const BULK_ACTIONS: Action[] = ['approve', 'reject', 'spam', 'delete'];

/** Always shown, so the layout does not jump; the bulk buttons appear with a selection. */
export function BulkBar({ total, selected, busy, onSelectAll, onAction, onHelp }: BulkBarProps) {
  const m = useConsoleText();
  const all = total > 0 && selected === total;
  return (
    <div class="bulk-bar">
      <label class="check">
        <input
          type="checkbox"
          checked={all}
          disabled={total === 0}
          onChange={(event) => onSelectAll(event.currentTarget.checked)}
        />{' '}
        {m.selectAll}
      </label>
      {selected > 0 && (
        <fieldset class="button-row" aria-label={m.selected(selected)}>
          <span class="bulk-bar__count">{m.selected(selected)}</span>
          {BULK_ACTIONS.map((action) => (
            <button
              key={action}
              type="button"
              class={action === 'approve' ? 'primary' : action === 'delete' ? 'danger' : undefined}
              disabled={busy}
              onClick={() => onAction(action)}
            >
              {m.actions[action]}
            </button>
          ))}
          <button type="button" onClick={() => onSelectAll(false)}>
            {m.clearSelection}
          </button>
        </fieldset>
      )}
      <button type="button" class="link-button help-button" aria-haspopup="dialog" onClick={onHelp}>
        {m.help}
      </button>
    </div>
  );
}
