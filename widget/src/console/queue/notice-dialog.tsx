/**
 * Console: the decision on a comment's notices of illegal content, with its statement of reasons
 * (DSA art. 17): keep or remove, the facts, the ground (a law or the site's charter, named and
 * explained), the redress (prefilled) and whether automated means were used. Every text is
 * required, as the server requires it.
 */
import { useState } from 'preact/hooks';
import type { NoticeDecisionBody } from '../../api/moderation.js';
import { Field } from '../../components/field.js';
import { useConsoleText } from '../../i18n/console-index.js';
import { useI18n } from '../../i18n/index.js';
import { ModalDialog } from '../components/modal-dialog.js';

type Form = Omit<NoticeDecisionBody, 'seen'>;

/** Props of NoticeDialog. */
export interface NoticeDialogProps {
  onConfirm(decision: Form): void;
  onClose(): void;
}

/** A labelled multi-line field. */
function Area(props: { label: string; hint?: string; value: string; max: number; onValue(v: string): void }) {
  return (
    <p class="f">
      <label>
        {props.label}
        <textarea
          required
          rows={3}
          maxLength={props.max}
          value={props.value}
          onInput={(event) => props.onValue(event.currentTarget.value)}
        />
      </label>
      {props.hint && <small>{props.hint}</small>}
    </p>
  );
}

/** "Décision sur les notifications": the statement's form, and its confirm and cancel buttons. */
export function NoticeDialog({ onConfirm, onClose }: NoticeDialogProps) {
  const { t } = useI18n();
  const n = useConsoleText().noticeTexts;
  const [decision, setDecision] = useState<Form['decision']>('remove');
  const [facts, setFacts] = useState('');
  const [kind, setKind] = useState<'law' | 'charter'>('law');
  const [name, setName] = useState('');
  const [explanation, setExplanation] = useState('');
  const [redress, setRedress] = useState(n.redressDefault);
  const [automated, setAutomated] = useState(false);
  const choice = <T extends string>(
    group: string,
    value: T,
    label: string,
    current: T,
    set: (v: T) => void,
  ) => (
    <label>
      <input type="radio" name={group} checked={current === value} onChange={() => set(value)} /> {label}
    </label>
  );
  return (
    <ModalDialog title={n.dialogTitle} onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm({
            decision,
            statement: {
              facts: facts.trim(),
              ground: { kind, name: name.trim(), explanation: explanation.trim() },
              redress: redress.trim(),
              automated,
            },
          });
        }}
      >
        <fieldset>
          <legend>{n.decision}</legend>
          {choice('decision', 'remove', n.remove, decision, setDecision)}
          {choice('decision', 'keep', n.keep, decision, setDecision)}
        </fieldset>
        <Area label={n.facts} hint={n.factsHint} value={facts} max={2000} onValue={setFacts} />
        <fieldset>
          <legend>{n.groundKind}</legend>
          {choice('ground', 'law', n.law, kind, setKind)}
          {choice('ground', 'charter', n.charter, kind, setKind)}
        </fieldset>
        <Field
          label={n.groundName}
          hint={n.groundNameHint}
          value={name}
          maxLength={300}
          required
          onValue={setName}
        />
        <Area label={n.groundExplanation} value={explanation} max={2000} onValue={setExplanation} />
        <Area label={n.redress} value={redress} max={1000} onValue={setRedress} />
        <p>
          <label>
            <input
              type="checkbox"
              checked={automated}
              onChange={(e) => setAutomated(e.currentTarget.checked)}
            />{' '}
            {n.automated}
          </label>
        </p>
        <p class="actions">
          <button type="submit" class={decision === 'remove' ? 'danger' : 'primary'}>
            {n.submit}
          </button>
          <button type="button" onClick={onClose}>
            {t.cancel}
          </button>
        </p>
      </form>
    </ModalDialog>
  );
}
