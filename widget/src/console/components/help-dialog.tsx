/** Console: the list of keyboard shortcuts, opened with "?". */
import { useConsoleText } from '../../i18n/console-index.js';
import type { ShortcutKey } from '../../i18n/console-messages.js';
import { ModalDialog } from './modal-dialog.js';

const KEYS: ShortcutKey[] = ['j', 'k', 'x', 'a', 'r', 's', '?'];

/** The shortcuts and what they do. */
export function HelpDialog({ onClose }: { onClose(): void }) {
  const m = useConsoleText();
  return (
    <ModalDialog title={m.helpTitle} onClose={onClose}>
      <dl class="shortcuts">
        {KEYS.map((key) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{m.shortcuts[key]}</dd>
          </div>
        ))}
      </dl>
      <p class="actions">
        <button type="button" class="primary" onClick={onClose}>
          {m.close}
        </button>
      </p>
    </ModalDialog>
  );
}
