/**
 * Console: why a decision on a comment was not applied: someone decided first. Says who, what and
 * how long ago ("Déjà refusé par Claire il y a 10 secondes"), counting seconds (a race is recent).
 */
import type { Action, DecisionConflict } from '../../api/moderation.js';
import { useConsoleText } from '../../i18n/console-index.js';
import { relativeTime } from '../../i18n/format.js';
import { useI18n } from '../../i18n/index.js';
import type { Lang } from '../../i18n/messages.js';

const DECISIONS: readonly string[] = [
  'approve',
  'reject',
  'spam',
  'delete',
  'pin',
  'unpin',
] satisfies Action[];

/** "il y a 10 secondes" under a minute (never "maintenant": it was before), else as elsewhere. */
export function since(iso: string, now: number, lang: Lang): string {
  const seconds = Math.round((now - Date.parse(iso)) / 1000);
  if (seconds >= 60) return relativeTime(iso, now, lang);
  return new Intl.RelativeTimeFormat(lang, { numeric: 'always' }).format(-Math.max(1, seconds), 'second');
}

/** The conflict's message, in an alert region on the item. */
export function ConflictNote({ conflict }: { conflict: DecisionConflict }) {
  const m = useConsoleText();
  const { lang } = useI18n();
  const { last } = conflict;
  const action = last && DECISIONS.includes(last.action) ? (last.action as Action) : undefined;
  return (
    <p class="er queue-item__conflict" role="alert">
      {last
        ? m.decidedBy(action, last.system ? m.logSystem : last.actorName, since(last.at, Date.now(), lang))
        : m.errors.conflict}
    </p>
  );
}
