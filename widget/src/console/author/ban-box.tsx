/**
 * Console: an author's ban on the site: the current one with "lift", or the form to ban them (24 h,
 * 7 days, 30 days, for good, or until the end of a chosen day), with an optional reason, the
 * option to reject their pending comments at once, and, for a guest, to flag their network.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { type AuthorHistory, type BanPreset, banAuthor, liftBan } from '../../api/moderation.js';
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
const LENGTHS = ['24h', '7d', '30d', 'forever', 'date'] as const satisfies readonly (BanPreset | 'date')[];

/** The ban state and its one action. */
export function BanBox({ userId, member, focus, onChange }: BanBoxProps) {
  const { api, site, announce } = useConsole();
  const { lang } = useI18n();
  const m = useConsoleText();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [length, setLength] = useState<(typeof LENGTHS)[number]>('24h');
  const [until, setUntil] = useState('');
  const [reason, setReason] = useState('');
  const [rejectPending, setRejectPending] = useState(false);
  const [network, setNetwork] = useState(false);
  const guest = userId.startsWith('guest:');
  const ban = useAction(async () => {
    const answer = await banAuthor(api, site, userId, {
      ...(length === 'date' ? { until: until ? endOfDay(until) : undefined } : { preset: length }),
      reason: reason.trim(),
      rejectPending,
      ...(guest ? { network } : {}),
    });
    onChange({ bannedUntil: answer.bannedUntil, banReason: reason.trim() });
    announce(rejectPending ? `${m.banDone(true)} ${m.banRejected(answer.rejected)}` : m.banDone(true));
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
      <fieldset class="ban-box__lengths">
        <legend>{m.banLength}</legend>
        {LENGTHS.map((value) => (
          <label key={value}>
            <input
              type="radio"
              name={`${id}-length`}
              value={value}
              checked={length === value}
              onChange={() => setLength(value)}
            />{' '}
            {m.banPresets[value]}
          </label>
        ))}
      </fieldset>
      {length === 'date' && (
        <Field
          label={m.banUntil}
          type="date"
          required
          min={new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)}
          value={until}
          onValue={setUntil}
        />
      )}
      <Field label={m.reason} value={reason} maxLength={500} onValue={setReason} />
      <p>
        <label>
          <input
            type="checkbox"
            checked={rejectPending}
            onChange={(event) => setRejectPending(event.currentTarget.checked)}
          />{' '}
          {m.banRejectPending}
        </label>
      </p>
      {guest && (
        <p>
          <label>
            <input
              type="checkbox"
              checked={network}
              onChange={(event) => setNetwork(event.currentTarget.checked)}
            />{' '}
            {m.banNetwork}
          </label>
        </p>
      )}
      <ConsoleError code={ban.error} />
      <p class="actions">
        <button type="submit" class="danger" disabled={ban.busy}>
          {m.ban}
        </button>
      </p>
    </form>
  );
}
