/** Console: confirming a rejection or a deletion, with the optional reason the author will see. */
import { useState } from 'preact/hooks';
import { Field } from '../../components/field.js';
import { useConsoleText } from '../../i18n/console-index.js';
import { useI18n } from '../../i18n/index.js';
import { ModalDialog } from './modal-dialog.js';

/** Props of ReasonDialog. */
export interface ReasonDialogProps {
  action: 'reject' | 'delete';
  count: number;
  onConfirm(reason: string): void;
  onClose(): void;
}

/** "Refuser 2 commentaires": a reason field, focused, and the confirm and cancel buttons. */
export function ReasonDialog({ action, count, onConfirm, onClose }: ReasonDialogProps) {
  const { t } = useI18n();
  const m = useConsoleText();
  const [reason, setReason] = useState('');
  const title = m.confirmTitle(action, count);
  return (
    <ModalDialog title={title} onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm(reason.trim());
        }}
      >
        <Field label={m.reason} hint={m.reasonHint} value={reason} maxLength={500} onValue={setReason} />
        <p class="actions">
          <button type="submit" class={action === 'delete' ? 'danger' : 'primary'}>
            {title}
          </button>
          <button type="button" onClick={onClose}>
            {t.cancel}
          </button>
        </p>
      </form>
    </ModalDialog>
  );
}
