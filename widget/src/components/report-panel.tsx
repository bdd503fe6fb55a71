/**
 * Components: reporting a comment, under it: a labelled group of reasons; a free text for
 * "other" and "illegal content"; a guest's email; for illegal content, the notice the EU Digital
 * Services Act (art. 16) defines: the notifier's name and email (optional for child sexual
 * abuse), and the statement of good faith. A signed-out reader on a site closed to guests is
 * invited to log in, except for illegal content. Escape or "Annuler" closes it. The embed loads
 * this file (with its texts and styles) as a chunk on the first "Signaler".
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/api-error.js';
import { type ReportBody, type ReportReason, reportComment } from '../api/reports.js';
import { useAction } from '../hooks/use-action.js';
import type { ReportContext } from '../hooks/use-reports.js';
import { useI18n } from '../i18n/index.js';
import { isEmail } from '../lib/email.js';
import { ErrorText } from './error-text.js';
import { Field } from './field.js';
import { reportMessages } from './report-messages.js';
import css from './report-panel.css?inline';

/** Props of ReportPanel. */
export interface ReportPanelProps {
  /** The comment reported. */
  id: string;
  ctx: ReportContext;
  onClose(): void;
}

/** A checkbox with its label, in the panel's layout. */
function Check({ label, checked, onCheck }: { label: string; checked: boolean; onCheck(on: boolean): void }) {
  return (
    <label class="ck">
      <input type="checkbox" checked={checked} onChange={(event) => onCheck(event.currentTarget.checked)} />
      {label}
    </label>
  );
}

/** The report form of one comment; once sent, the answer in its place. */
export function ReportPanel({ id, ctx, onClose }: ReportPanelProps) {
  const { t, lang } = useI18n();
  const m = reportMessages[lang];
  const group = useId();
  const textId = useId();
  const box = useRef<HTMLDivElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const said = useRef<HTMLParagraphElement>(null);
  const [reason, setReason] = useState<ReportReason>();
  const [text, setText] = useState('');
  const [name, setName] = useState(ctx.account?.name ?? '');
  const [email, setEmail] = useState(ctx.account?.email ?? '');
  const [exempt, setExempt] = useState(false);
  const [goodFaith, setGoodFaith] = useState(false);
  const [answer, setAnswer] = useState<string>();
  const illegal = reason === 'illegal';
  const guest = !ctx.account;
  // Signed out on a site closed to guests: only a notice of illegal content may be sent.
  const askLogin = guest && !ctx.guests && !!reason && !illegal;
  const asksWho = illegal || (guest && !askLogin && !!reason);

  const send = useAction(async () => {
    if (!reason) return;
    if (asksWho && email.trim() && !isEmail(email)) throw new ApiError('invalid_email');
    const body: ReportBody = {
      reason,
      text: text.trim() || undefined,
      reporter: asksWho ? { name: name.trim() || undefined, email: email.trim() || undefined } : undefined,
      ...(illegal ? { goodFaith, exemptOffence: exempt } : {}),
    };
    try {
      await reportComment(ctx.api, id, body);
      setAnswer(m.thanks);
    } catch (error) {
      if (!(error instanceof ApiError && error.code === 'already_reported')) throw error;
      setAnswer(m.already);
    }
    ctx.mark(id);
  });

  useEffect(() => {
    form.current?.querySelector('input')?.focus();
    // Escape anywhere in the panel closes it (the keyboard's "Annuler").
    const onEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      onClose();
    };
    const panel = box.current;
    panel?.addEventListener('keydown', onEscape);
    return () => panel?.removeEventListener('keydown', onEscape);
  }, []);
  useEffect(() => {
    if (answer) said.current?.focus();
  }, [answer]);

  return (
    <div ref={box} class="fm rf">
      <style>{css}</style>
      {!answer && (
        <form
          ref={form}
          aria-label={m.title}
          onSubmit={(event) => {
            event.preventDefault();
            send.run();
          }}
        >
          <fieldset>
            <legend>{m.why}</legend>
            {(Object.keys(m.reasons) as ReportReason[]).map((value) => (
              <label key={value} class="ck">
                <input
                  type="radio"
                  name={group}
                  value={value}
                  checked={reason === value}
                  onChange={() => {
                    setReason(value);
                    send.clear();
                  }}
                />
                {m.reasons[value]}
              </label>
            ))}
          </fieldset>
          {(illegal || reason === 'other') && (
            <p class="f">
              <label for={textId}>{illegal ? m.law : m.details}</label>
              <textarea
                id={textId}
                rows={3}
                maxLength={2000}
                value={text}
                onInput={(event) => setText(event.currentTarget.value)}
              />
            </p>
          )}
          {illegal && <p class="mu">{m.notice}</p>}
          {askLogin && (
            <p>
              {m.loginToReport}{' '}
              <button type="button" class="ln" onClick={() => ctx.invite(m.loginToReport)}>
                {m.login}
              </button>
            </p>
          )}
          {asksWho && (
            <div class="gu">
              <Field
                label={illegal && !exempt ? m.name : m.optionalName}
                value={name}
                maxLength={100}
                autocomplete="name"
                onValue={setName}
              />
              <Field
                label={m.email}
                hint={m.emailHint}
                type="email"
                value={email}
                maxLength={254}
                autocomplete="email"
                onValue={setEmail}
              />
            </div>
          )}
          {illegal && <Check label={m.exempt} checked={exempt} onCheck={setExempt} />}
          {illegal && <Check label={m.goodFaith} checked={goodFaith} onCheck={setGoodFaith} />}
          <ErrorText code={send.error} />
          <p class="ac">
            <button type="submit" class="pr" disabled={!reason || askLogin || send.busy}>
              {m.send}
            </button>
            <button type="button" onClick={onClose}>
              {t.cancel}
            </button>
          </p>
        </form>
      )}
      <p class="st" role="status" tabIndex={-1} ref={said}>
        {answer}
      </p>
    </div>
  );
}
