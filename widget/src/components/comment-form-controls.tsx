/**
 * Components: the part of the comment form loaded on first use: the character counter, the guest
 * fields (the e-mail and the "Me prévenir des réponses" box stay in memory only, never in the
 * draft), the errors, the buttons and the site's charter and privacy links.
 */
import type { RefObject } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import { ApiError } from '../api/api-error.js';
import { useAction } from '../hooks/use-action.js';
import { formatNumber } from '../i18n/format.js';
import { useI18n } from '../i18n/index.js';
import { isEmail } from '../lib/email.js';
import type { CommentFormProps } from './comment-form.js';
import { ErrorText } from './error-text.js';
import { Field } from './field.js';
import { FormLinks } from './form-links.js';
import { guestAlertsMessages } from './guest-alerts-messages.js';

// The server counts code points after trimming: an emoji counts once.
const length = (text: string) => [...text.trim()].length;

/** Props of CommentFormControls: the form's, plus the counter's id and where to put "send". */
export interface CommentFormControlsProps extends CommentFormProps {
  counterId: string;
  submit: RefObject<(() => void) | undefined>;
}

/** Counter, guest fields, error and buttons of the comment form. */
export function CommentFormControls(props: CommentFormControlsProps) {
  const { draft, onDraft, guest, maxLength, onSubmit, onCancel, counterId, submit } = props;
  const { t, lang } = useI18n();
  const [email, setEmail] = useState('');
  const [notify, setNotify] = useState(false);
  const hintId = useId();
  const m = guestAlertsMessages[lang];
  const send = useAction(async () => {
    if (guest && !draft.name.trim()) throw new ApiError('name_required');
    if (guest && !isEmail(email)) throw new ApiError('invalid_email');
    await onSubmit({ email: email.trim(), notifyReplies: notify, lang });
  });
  const used = length(draft.body);
  const over = used > maxLength;
  const blocked = send.busy || over || !draft.body.trim();
  submit.current = () => !blocked && send.run();
  // The post itself is a chunk too: fetch it now, while the reader types.
  useEffect(() => {
    import('../lib/post-draft.js').catch(() => undefined);
  }, []);

  return (
    <>
      <small id={counterId} class={over ? 'ct er' : 'ct'}>
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
          <p class="f">
            <label style={{ fontWeight: 400 }}>
              <input
                type="checkbox"
                // The widget's CSS (in the entry) makes inputs full-width blocks; not this one.
                style={{ display: 'inline', width: 'auto' }}
                checked={notify}
                aria-describedby={hintId}
                onChange={(event) => setNotify(event.currentTarget.checked)}
              />{' '}
              {m.notifyReplies}
            </label>
            <small id={hintId}>{m.notifyHint}</small>
          </p>
        </div>
      )}
      <ErrorText code={send.error} params={send.params} />
      <p class="ac">
        <button type="submit" class="pr" disabled={blocked}>
          {t.send}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t.cancel}
          </button>
        )}
      </p>
      <FormLinks {...props.links} />
    </>
  );
}
