/**
 * Console: "Avertir": a moderator writes to the author, who reads it in the widget on their next
 * visit (signed in) until they dismiss it; the latest warning shows whether it was read.
 */
import { useId, useState } from 'preact/hooks';
import { type AuthorHistory, warnAuthor } from '../../api/moderation.js';
import { CommentText } from '../../components/comment-text.js';
import { useAction } from '../../hooks/use-action.js';
import { fullDate } from '../../i18n/format.js';
import { useI18n } from '../../i18n/index.js';
import { ConsoleError } from '../components/console-error.js';
import { useConsole } from '../console-context.js';
import { authorMessages } from './author-messages.js';

/** The latest warning, and the form to send one. */
export function WarnForm({
  userId,
  warning: initial,
}: {
  userId: string;
  warning: AuthorHistory['warning'];
}) {
  const { api, site, announce } = useConsole();
  const { lang } = useI18n();
  const a = authorMessages(lang);
  const id = useId();
  const [warning, setWarning] = useState(initial);
  const [text, setText] = useState('');
  const send = useAction(async () => {
    const answer = await warnAuthor(api, site, userId, text.trim());
    setWarning(answer.warning);
    setText('');
    announce(a.warnSent);
  });
  return (
    <section class="warn-form" aria-labelledby={`${id}h`}>
      <h3 id={`${id}h`}>{a.warn}</h3>
      {warning && (
        <div class="warning">
          <p class="muted">
            {a.lastWarning} — {a.by(warning.byName, fullDate(warning.at, lang))} —{' '}
            {warning.dismissedAt ? a.warnDismissed(fullDate(warning.dismissedAt, lang)) : a.warnShown}
          </p>
          <CommentText text={warning.message} />
        </div>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim()) send.run();
        }}
      >
        <label for={id}>{a.warnMessage}</label>
        <textarea
          id={id}
          rows={3}
          maxLength={1000}
          aria-describedby={`${id}d`}
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <small id={`${id}d`}>{a.warnHint}</small>
        <ConsoleError code={send.error} />
        <p class="actions">
          <button type="submit" disabled={send.busy}>
            {a.warnSend}
          </button>
        </p>
      </form>
    </section>
  );
}
