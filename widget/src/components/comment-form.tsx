/**
 * Components: the form to post a comment or a reply. The text, the reply target and a guest's
 * name live in the draft (saved by the caller); the guest's e-mail stays in memory only.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/api-error.js';
import { useAction } from '../hooks/use-action.js';
import { formatNumber } from '../i18n/format.js';
import { useI18n } from '../i18n/index.js';
import type { Draft } from '../lib/draft.js';
import { isEmail } from '../lib/email.js';
import { ErrorText } from './error-text.js';
import { Field } from './field.js';

/** Props of CommentForm. */
export interface CommentFormProps {
  draft: Draft;
  onDraft: (change: Partial<Draft>) => void;
  /** Ask for a name and an e-mail: the reader is signed out and the site accepts guests. */
  guest: boolean;
  maxLength: number;
  /** The author answered, when this is a reply. */
  replyName?: string;
  /** Sends the draft; rejects with an ApiError to show. */
  onSubmit: (email: string) => Promise<void>;
}

// The server counts code points after trimming: an emoji counts once.
const length = (text: string) => [...text.trim()].length;

/** Textarea with a character counter, guest fields when needed, and the send button. */
export function CommentForm({ draft, onDraft, guest, maxLength, replyName, onSubmit }: CommentFormProps) {
  const { t, lang } = useI18n();
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [email, setEmail] = useState('');
  const send = useAction(async () => {
    if (guest && !draft.name.trim()) throw new ApiError('name_required');
    if (guest && !isEmail(email)) throw new ApiError('invalid_email');
    await onSubmit(email.trim());
  });
  const used = length(draft.body);
  const over = used > maxLength;

  // Opening a reply form moves the caret into it.
  useEffect(() => {
    if (replyName) area.current?.focus();
  }, [replyName]);

  return (
    <form
      class="fm"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        send.run();
      }}
    >
      <label for={id} class="lt">
        {replyName ? t.replyTo(replyName) : t.title}
      </label>
      <textarea
        id={id}
        ref={area}
        rows={replyName ? 3 : 4}
        value={draft.body}
        aria-describedby={`${id}c`}
        aria-invalid={over}
        onInput={(event) => onDraft({ body: event.currentTarget.value })}
      />
      <small id={`${id}c`} class={over ? 'ct er' : 'ct'}>
        {t.chars(formatNumber(used, lang), formatNumber(maxLength, lang))}
      </small>
      {guest && (
        <div class="gu">
          <Field
            label={t.name}
            value={draft.name}
            autocomplete="name"
            maxLength={80}
            onValue={(name) => onDraft({ name })}
          />
          <Field
            label={t.email}
            type="email"
            value={email}
            autocomplete="email"
            hint={t.emailHint}
            onValue={setEmail}
          />
        </div>
      )}
      <ErrorText code={send.error} />
      <p class="ac">
        <button type="submit" class="pr" disabled={send.busy || over || !draft.body.trim()}>
          {t.send}
        </button>
        {draft.parentId && (
          <button type="button" onClick={() => onDraft({ parentId: null })}>
            {t.cancel}
          </button>
        )}
      </p>
    </form>
  );
}
