/** Console: one audit log entry as a table row: when, who, what (from → to), on what, why. */
import type { CommentStatus, LogEntry } from '../../api/moderation.js';
import { useConsoleText } from '../../i18n/console-index.js';
import type { LogAction } from '../../i18n/console-messages.js';
import { fullDate } from '../../i18n/format.js';
import { useI18n } from '../../i18n/index.js';

/** A row of the log table. */
export function LogRow({ entry }: { entry: LogEntry }) {
  const { lang } = useI18n();
  const m = useConsoleText();
  // Edits re-judged by the pipeline are logged as `edit_<phase>`; unknown actions show as stored.
  const action = entry.action.startsWith('edit_')
    ? m.logEdit(entry.action.slice('edit_'.length))
    : (m.logActions[entry.action as LogAction] ?? entry.action);
  const status = (value: string) => m.statuses[value as CommentStatus] ?? value;
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
          <span class="mu">
            {' '}
            ({status(entry.from)} → {status(entry.to)})
          </span>
        )}
      </td>
      <td class="id">{about}</td>
      <td>{entry.reason}</td>
    </tr>
  );
}
