/**
 * Console: one audit log entry as a table row a newsroom reads: when; who (a moderator's name, or
 * the system); what was done, from which status to which, and why (a moderator's words, or the
 * system's reason codes translated); the comment (its excerpt and its author's name); and the
 * article (its title linking to it, the link's domain in plain text beside it, as in the queue).
 */
import type { Reason } from '../../../../functions/comments/types.js';
import type { CommentStatus, LogRow as Entry, HoldPhase, LogAction } from '../../api/moderation.js';
import { useConsoleText } from '../../i18n/console-index.js';
import { fullDate } from '../../i18n/format.js';
import { useI18n } from '../../i18n/index.js';
import { reasonText, reasonTexts } from '../../i18n/reason-messages.js';
import { hostOf } from '../queue/host-of.js';

/** A row of the log table. */
export function LogRow({ entry }: { entry: Entry }) {
  const { lang } = useI18n();
  const m = useConsoleText();
  // A team change's `from` and `to` are roles; every other entry's, statuses.
  const team = entry.action.startsWith('team_');
  // Edits re-judged by the pipeline are logged as `edit_<phase>`; unknown actions show as stored.
  const status = (value: string) =>
    (team ? m.team.roles[value as 'moderator' | 'admin'] : m.statuses[value as CommentStatus]) ?? value;
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
  // The system's entries carry reason codes (every rule that matched at posting); a moderator's,
  // their words. The system's entries written before codes hold an English sentence: not shown.
  const codes: Reason[] = entry.reasons?.length
    ? entry.reasons
    : entry.code
      ? [{ code: entry.code, params: entry.params ?? {} } as Reason]
      : [];
  const why = codes.length
    ? codes.map((reason) => reasonText(reasonTexts[lang], reason)).join(' · ')
    : entry.action === 'page_edit'
      ? m.logPageName(entry.title || entry.page, hostOf(entry.url) ?? '')
      : team && entry.member
        ? m.team.logMember(entry.member)
        : entry.actorId === 'system'
          ? ''
          : entry.reason;
  return (
    <tr>
      <td>
        <time dateTime={entry.at}>{fullDate(entry.at, lang)}</time>
      </td>
      <td>{entry.actorId === 'system' ? m.logSystem : entry.actorName}</td>
      <td>
        {action}
        {entry.from && entry.to && (
          <span class="muted">
            {' '}
            ({status(entry.from)} → {status(entry.to)})
          </span>
        )}
        {team && !(entry.from && entry.to) && (entry.from || entry.to) && (
          <span class="muted"> ({status(entry.from ?? entry.to ?? '')})</span>
        )}
        {why && <div class="log-why">{why}</div>}
      </td>
      <td>
        <CommentCell entry={entry} />
      </td>
      <td>
        <ArticleCell entry={entry} />
      </td>
    </tr>
  );
}

/** The comment's excerpt and author; an entry about an author, their name; an older entry, its id. */
function CommentCell({ entry }: { entry: Entry }) {
  const m = useConsoleText();
  const author = entry.authorName ? m.logBy(entry.authorName) : undefined;
  if (!entry.commentId) {
    if (!entry.userId) return null;
    return <span>{entry.authorName ?? <span class="identifier">{m.logUser(entry.userId)}</span>}</span>;
  }
  return (
    <>
      {entry.excerpt ? (
        <q class="log-excerpt">{entry.excerpt}</q>
      ) : (
        <span class="muted">{entry.authorName ? m.logNoExcerpt : m.logComment(entry.commentId)}</span>
      )}
      {author && <div class="muted">{author}</div>}
    </>
  );
}

/** The article's title as a link (web links only) with its domain in plain text beside it. */
function ArticleCell({ entry }: { entry: Entry }) {
  const m = useConsoleText();
  if (!entry.page) return null;
  const title = entry.pageTitle || entry.page;
  // The domain is text beside the title, so a title cannot pass for a link to somewhere else.
  const host = hostOf(entry.pageUrl);
  return (
    <>
      {host && entry.pageUrl ? (
        <a href={entry.pageUrl} target="_blank" rel="noopener noreferrer">
          {title}
        </a>
      ) : (
        <span>{title}</span>
      )}
      {host && <span class="article-host"> {m.articleHost(host)}</span>}
    </>
  );
}
