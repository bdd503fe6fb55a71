/**
 * Console: an author beside the queue: who they are and since when, their standing (ban and its
 * history, notes, warning), their comments counted by status, the reports they received, their
 * latest comments, and a way to see all of theirs in the queue.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { type AnyErrorCode, errorCode } from '../../api/api-error.js';
import { type AuthorHistory, authorHistory, type CommentStatus } from '../../api/moderation.js';
import { CommentText } from '../../components/comment-text.js';
import { useConsoleText } from '../../i18n/console-index.js';
import { fullDate, relativeTime } from '../../i18n/format.js';
import { useI18n } from '../../i18n/index.js';
import { ConsoleError } from '../components/console-error.js';
import { useConsole } from '../console-context.js';
import { authorMessages } from './author-messages.js';
import { BanBox } from './ban-box.js';
import { BanHistory } from './ban-history.js';
import { NoteForm } from './note-form.js';
import { WarnForm } from './warn-form.js';

/** The author a panel is about: their key (account id or guest key) and shown name. */
export interface AuthorRef {
  key: string;
  name: string;
  /** Opened to ban: the ban form takes the focus. */
  ban: boolean;
}

/** Props of AuthorPanel. */
export interface AuthorPanelProps {
  author: AuthorRef;
  onClose(): void;
  onFilter(key: string): void;
}

/** The panel, focused on its heading (or the ban form) when it opens. */
export function AuthorPanel({ author, onClose, onFilter }: AuthorPanelProps) {
  const { api, site } = useConsole();
  const { lang } = useI18n();
  const m = useConsoleText();
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [history, setHistory] = useState<AuthorHistory>();
  const [error, setError] = useState<AnyErrorCode>();

  const a = authorMessages(lang);
  const load = () =>
    authorHistory(api, site, author.key).then(setHistory, (failure: unknown) => setError(errorCode(failure)));

  useEffect(() => {
    load();
    if (!author.ban) heading.current?.focus();
  }, []);

  const member = history?.member;
  const counts = Object.entries(history?.counts ?? {}) as [CommentStatus, number][];
  return (
    <aside class="author-panel panel" aria-labelledby={titleId}>
      <div class="author-panel__head">
        <h2 id={titleId} ref={heading} tabIndex={-1}>
          {m.authorTitle(author.name)}
        </h2>
        <button type="button" onClick={onClose}>
          {m.close}
        </button>
      </div>
      <p class="muted identifier">{author.key}</p>
      <ConsoleError code={error} />
      {history && member && (
        <>
          {history.joinedAt && (
            <p class="joined">
              {(history.joinedWith === 'account' ? a.joinedAccount : a.joinedFirstComment)(
                fullDate(history.joinedAt, lang),
              )}
            </p>
          )}
          <p class="reports-received">{a.reports(history.reports.total, history.reports.comments)}</p>
          <BanBox
            userId={author.key}
            member={member}
            focus={author.ban}
            onChange={(ban) => {
              setHistory((h) => h && { ...h, member: { ...h.member, ...ban } });
              // The ban history is the log's: read again with the entry just written.
              load();
            }}
          />
          <BanHistory entries={history.bans} />
          <WarnForm userId={author.key} warning={history.warning} />
          <NoteForm userId={author.key} notes={history.notes} />
          <p>
            <button type="button" onClick={() => onFilter(author.key)}>
              {m.showInQueue}
            </button>
          </p>
          <h3>{m.counts}</h3>
          {counts.length ? (
            <ul class="author-panel__counts">
              {counts.map(([status, n]) => (
                <li key={status}>
                  <span class={`badge ${status}`}>{m.statuses[status] ?? status}</span> {n}
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">{m.noComments}</p>
          )}
          <h3>{m.latest}</h3>
          <ol class="history">
            {history.comments.map((comment) => (
              <li key={comment.id}>
                <p class="comment-meta">
                  <span class={`badge ${comment.status}`}>{m.statuses[comment.status]}</span>{' '}
                  <time class="muted" dateTime={comment.createdAt} title={fullDate(comment.createdAt, lang)}>
                    {relativeTime(comment.createdAt, Date.now(), lang)}
                  </time>{' '}
                  <span class="muted">{m.logPage(comment.page)}</span>
                </p>
                <CommentText text={comment.body} />
              </li>
            ))}
          </ol>
        </>
      )}
    </aside>
  );
}
