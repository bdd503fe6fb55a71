/**
 * Components: editing one's own comment in place (the caret goes into it; Escape closes it,
 * Ctrl/⌘+Enter saves), and deleting it after a confirmation that can be cancelled: a chunk loaded
 * only when the reader has a comment of their own (deleting stays open after the edit window).
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { useAction } from '../hooks/use-action.js';
import { useI18n } from '../i18n/index.js';
import { ErrorText } from './error-text.js';

/** Props of CommentEdit. */
export interface CommentEditProps {
  text: string;
  onSave(body: string): Promise<void>;
  onClose(): void;
}

/** A textarea holding the comment's text, with save and cancel. */
export function CommentEdit({ text, onSave, onClose }: CommentEditProps) {
  const { t } = useI18n();
  const id = useId();
  const [body, setBody] = useState(text);
  const area = useRef<HTMLTextAreaElement>(null);
  // A refused save keeps `body`: what the reader typed stays in the box, with the message.
  const save = useAction(() => onSave(body));
  const run = () => !save.busy && body.trim() && save.run();
  useEffect(() => area.current?.focus(), []);
  return (
    <form
      class="fm"
      onSubmit={(event) => {
        event.preventDefault();
        run();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
        else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) run();
      }}
    >
      <label for={id} class="sr">
        {t.edit}
      </label>
      <textarea
        id={id}
        ref={area}
        rows={3}
        value={body}
        onInput={(event) => setBody(event.currentTarget.value)}
      />
      <ErrorText code={save.error} params={save.params} />
      <p class="ac">
        <button type="submit" class="pr" disabled={save.busy || !body.trim()}>
          {t.save}
        </button>
        <button type="button" onClick={onClose}>
          {t.cancel}
        </button>
      </p>
    </form>
  );
}

/** "Supprimer", then "Confirmer la suppression" or "Annuler": a deleted comment cannot come back. */
export function DeleteButton({ onDelete }: { onDelete(): Promise<void> }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const first = useRef<HTMLButtonElement>(null);
  const remove = useAction(onDelete);
  return (
    <>
      <button
        type="button"
        class="ln"
        ref={first}
        disabled={remove.busy}
        onClick={() => (confirming ? remove.run() : setConfirming(true))}
      >
        {confirming ? t.confirmRemove : t.remove}
      </button>
      {confirming && (
        <button
          type="button"
          class="ln"
          onClick={() => {
            setConfirming(false);
            first.current?.focus();
          }}
        >
          {t.cancel}
        </button>
      )}
      <ErrorText code={remove.error} />
    </>
  );
}
