/**
 * Components: the form to post a comment or a reply. The entry script draws only its label and
 * textarea, bound to the draft (saved by the caller), so the reader can start typing at once; the
 * counter, the guest fields and the send button are a chunk loaded when the reader first turns to
 * the form (or already has a draft).
 */
import { useId, useRef, useState } from 'preact/hooks';
import { useLoaded } from '../hooks/use-loaded.js';
import { useI18n } from '../i18n/index.js';
import type { Draft } from '../lib/draft.js';
import type { GuestFields } from '../lib/post-draft.js';
import type { FormLinksProps } from './form-links.js';

/** Props of CommentForm. */
export interface CommentFormProps {
  draft: Draft;
  onDraft: (change: Partial<Draft>) => void;
  /** Ask for a name and an e-mail: the reader is signed out and the site accepts guests. */
  guest: boolean;
  maxLength: number;
  /** The author answered, when this is a reply. */
  replyName?: string;
  /** Sends the draft (with what a guest gave; ignored for an account); rejects with an ApiError to show. */
  onSubmit: (guest: GuestFields) => Promise<void>;
  /** The site's comment charter and privacy notice, linked under the form when set. */
  links?: FormLinksProps;
  /** Closes a reply box ("Annuler", Escape); its draft is kept for when it opens again. */
  onCancel?: () => void;
}

/** Textarea first; the rest of the form once its chunk is there. */
export function CommentForm(props: CommentFormProps) {
  const { draft, onDraft, replyName, maxLength, onCancel } = props;
  const { t } = useI18n();
  const id = useId();
  const submit = useRef<() => void>(undefined);
  const [touched, setTouched] = useState(false);
  const Controls = useLoaded(
    () => import('./comment-form-controls.js').then((m) => m.CommentFormControls),
    touched || !!draft.body || !!replyName,
  );

  return (
    <form
      class="fm"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit.current?.();
      }}
      // Escape closes a reply box; Ctrl/⌘+Enter posts, as in most comment boxes.
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel?.();
        else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit.current?.();
      }}
    >
      <label for={id} class="lt">
        {replyName ? t.replyTo(replyName) : t.title}
      </label>
      <textarea
        id={id}
        rows={replyName ? 3 : 4}
        value={draft.body}
        aria-describedby={`${id}c`}
        // Code points after trimming, as the server counts (the counter shows the numbers).
        aria-invalid={[...draft.body.trim()].length > maxLength}
        onFocus={() => setTouched(true)}
        onInput={(event) => onDraft({ body: event.currentTarget.value })}
      />
      {Controls && <Controls {...props} counterId={`${id}c`} submit={submit} />}
    </form>
  );
}
