/** Console: one audit log entry as a table row: when, who, what (from → to), on what, why. */
import type { Reason } from '../../../../functions/comments/types.js';
import type { CommentStatus, HoldPhase, LogEntry } from '../../api/moderation.js';
import { useConsoleText } from '../../i18n/console-index.js';
import type { LogAction } from '../../i18n/console-messages.js';
import { fullDate } from '../../i18n/format.js';
import { useI18n } from '../../i18n/index.js';
import { reasonText, reasonTexts } from '../../i18n/reason-messages.js';
import { hostOf } from '../queue/host-of.js';

/** A row of the log table. */
export function LogRow({ entry }: { entry: LogEntry }) {
  const { lang } = useI18n();
  const m = useConsoleText();
  // Edits re-judged by the pipeline are logged as `edit_<phase>`; unknown actions show as stored.
  const status = (value: string) => m.statuses[value as CommentStatus] ?? value;
  const named = (value: string) => m.logActions[value as LogAction] ?? value;
  // A refused attempt (`conflict`) says what was asked, on what status, and what it found.
  const action = entry.action.startsWith('edit_')
    ? m.logEdit(phaseName(entry.action.slice('edit_'.length)))
    : entry.action === 'conflict'
      ? m.logConflict(named(entry.attempted ?? ''), status(entry.seen ?? ''), status(entry.from ?? ''))
      : named(entry.action);
  function phaseName(phase: string) {
    return m.phases[phase as HoldPhase] ?? phase;
  }
  // The system's entries (an edit re-judged, reports) carry a reason code; a moderator's, their
  // words. The system's entries written before codes hold an English sentence: not shown.
  const why = entry.code
    ? reasonText(reasonTexts[lang], { code: entry.code, params: entry.params ?? {} } as Reason)
    : entry.action === 'page_edit'
      ? m.logPageName(entry.title || entry.page, hostOf(entry.url) ?? '')
      : entry.actorId === 'system'
        ? ''
        : entry.reason;
  const about = entry.commentId
    ? m.logComment(entry.commentId)
    : entry.userId
      ? m.logUser(entry.userId)
      : entry.page
        ? m.logPage(entry.page)
        : '';
  return (
    <tr>
      <td>
        <time dateTime={entry.at}>{fullDate(entry.at, lang)}</time>
      </td>
      <td>{entry.actorName}</td>
      <td>
        {action}
        {entry.from && entry.to && (
          <span class="muted">
            {' '}
            ({status(entry.from)} → {status(entry.to)})
          </span>
        )}
      </td>
      <td class="identifier">{about}</td>
      <td>{why}</td>
    </tr>
  );
}
