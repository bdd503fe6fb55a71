/**
 * Console: an author's ban on the site: the current one with "lift", or the form to ban them
 * (until the end of a chosen day, or for good, with an optional reason).
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { type AuthorHistory, banAuthor, liftBan } from '../../api/moderation.js';
import { Field } from '../../components/field.js';
import { useAction } from '../../hooks/use-action.js';
import { useConsoleText } from '../../i18n/console-index.js';
import { fullDate } from '../../i18n/format.js';
import { useI18n } from '../../i18n/index.js';
import { ConsoleError } from '../components/console-error.js';
import { useConsole } from '../console-context.js';

type Member = AuthorHistory['member'];

/** Props of BanBox. */
export interface BanBoxProps {
  userId: string;
  member: Member;
  /** Put the focus on the ban form (the panel was opened to ban). */
  focus: boolean;
  onChange(ban: Pick<Member, 'bannedUntil' | 'banReason'>): void;
}

// A ban ends when the given day does, in the moderator's time zone.
const endOfDay = (day: string) => new Date(`${day}T23:59:59`).toISOString();
const isBanned = (until: string | undefined) =>
  until === 'forever' || (!!until && Date.parse(until) > Date.now());

/** The ban state and its one action. */
export function BanBox({ userId, member, focus, onChange }: BanBoxProps) {
  const { api, site, announce } = useConsole();
  const { lang } = useI18n();
  const m = useConsoleText();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [until, setUntil] = useState('');
  const [reason, setReason] = useState('');
  const ban = useAction(async () => {
    const answer = await banAuthor(api, site, userId, until ? endOfDay(until) : undefined, reason.trim());
    onChange({ bannedUntil: answer.bannedUntil, banReason: reason.trim() });
    announce(m.banDone(true));
  });
  const lift = useAction(async () => {
    await liftBan(api, site, userId);
    onChange({ bannedUntil: undefined, banReason: undefined });
    announce(m.banDone(false));
  });

  useEffect(() => {
    if (focus) form.current?.querySelector('input')?.focus();
  }, []);

  if (isBanned(member.bannedUntil)) {
    return (
      <div class="ban-box">
        <p class="er">
          {member.bannedUntil === 'forever'
            ? m.bannedForever
            : m.bannedUntil(fullDate(member.bannedUntil ?? '', lang))}
          {member.banReason && ` — ${member.banReason}`}
        </p>
        <button type="button" disabled={lift.busy} onClick={() => lift.run()}>
          {m.liftBan}
        </button>
        <ConsoleError code={lift.error} />
      </div>
    );
  }
  return (
    <form
      ref={form}
      class="ban-box"
      aria-labelledby={id}
      onSubmit={(event) => {
        event.preventDefault();
        ban.run();
      }}
    >
      <h3 id={id}>{m.ban}</h3>
      <Field
        label={m.banUntil}
        hint={m.banUntilHint}
        type="date"
        min={new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)}
        value={until}
        onValue={setUntil}
      />
      <Field label={m.reason} value={reason} maxLength={500} onValue={setReason} />
      <ConsoleError code={ban.error} />
      <p class="actions">
        <button type="submit" class="danger" disabled={ban.busy}>
          {m.ban}
        </button>
      </p>
    </form>
  );
}
