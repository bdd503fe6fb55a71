/**
 * Components: editing one's own comment in place, and deleting it after a confirmation: a chunk
 * loaded only when the reader has a comment they may still change.
 */
import { useId, useState } from 'preact/hooks';
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
  const save = useAction(() => onSave(body));
  return (
    <form
      class="fm"
      onSubmit={(event) => {
        event.preventDefault();
        save.run();
      }}
    >
      <label for={id} class="sr">
        {t.edit}
      </label>
      <textarea id={id} rows={3} value={body} onInput={(event) => setBody(event.currentTarget.value)} />
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

/** "Supprimer", then "Confirmer la suppression": a deleted comment cannot come back. */
export function DeleteButton({ onDelete }: { onDelete(): Promise<void> }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const remove = useAction(onDelete);
  return (
    <>
      <button
        type="button"
        class="ln"
        disabled={remove.busy}
        onClick={() => (confirming ? remove.run() : setConfirming(true))}
      >
        {confirming ? t.confirmRemove : t.remove}
      </button>
      <ErrorText code={remove.error} />
    </>
  );
}
