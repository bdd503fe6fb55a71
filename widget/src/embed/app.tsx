/**
 * Embed: the whole widget under an article: heading and count, account line, the form (or an
 * account step), the status region, the thread and "load more". It wires the hooks together;
 * components below it know nothing of the API.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { CommentSort } from '../../../functions/comments/types.js';
import { logout } from '../api/auth.js';
import { createFetcher } from '../api/fetcher.js';
import { createSessionStore, toSession } from '../api/session-store.js';
import { AccountBar } from '../components/account-bar.js';
import { AuthPanel, type AuthView } from '../components/auth-panel.js';
import { CommentForm } from '../components/comment-form.js';
import { CommentItem, type ThreadContext } from '../components/comment-item.js';
import { ErrorText } from '../components/error-text.js';
import { useCommentActions } from '../hooks/use-comment-actions.js';
import { useDraft } from '../hooks/use-draft.js';
import { usePermalink } from '../hooks/use-permalink.js';
import { useSession } from '../hooks/use-session.js';
import { useThread } from '../hooks/use-thread.js';
import { formatNumber } from '../i18n/format.js';
import { catalogues, I18nContext } from '../i18n/index.js';
import { findComment } from '../lib/thread-tree.js';
import type { EmbedOptions } from './options.js';

// A permalink to an old comment loads further pages to find it, within reason.
const MAX_PAGES_FOR_PERMALINK = 10;

/** The widget for one article. */
export function App({ options }: { options: EmbedOptions }) {
  const { site, page, lang } = options;
  const t = catalogues[lang];
  const headingId = useId();
  const root = useRef<HTMLElement>(null);
  const sessions = useMemo(() => createSessionStore(options.api), [options.api]);
  const api = useMemo(() => createFetcher(options.api, sessions), [options.api, sessions]);
  const session = useSession(sessions);
  const [sort, setSort] = useState<CommentSort>('newest');
  const [view, setView] = useState<AuthView>();
  const [status, setStatus] = useState('');
  const [highlight, setHighlight] = usePermalink();
  const [draft, setDraft] = useDraft(site, page);
  const thread = useThread(api, site, page, sort, session?.user.id);
  const actions = useCommentActions(api, options, thread, sort, draft, setDraft);
  const settings = thread.list?.site;
  const closed = thread.list?.page?.closed;
  const pagesLoaded = useRef(0);
  const [, setMinute] = useState(0);

  // Relative dates ("il y a 5 minutes") age while the page stays open.
  useEffect(() => {
    const timer = setInterval(() => setMinute((n) => n + 1), 60_000);
    return () => clearInterval(timer);
  }, []);

  useEffect(() => {
    pagesLoaded.current++;
    const missing = highlight && !findComment(thread.comments, highlight);
    if (missing && pagesLoaded.current < MAX_PAGES_FOR_PERMALINK) thread.loadMore();
  }, [highlight, thread.list]);

  const openView = (next: AuthView | undefined) => {
    setView(next);
    // Back from an account step, the reader continues where they were typing.
    if (!next) setTimeout(() => root.current?.querySelector('textarea')?.focus());
  };

  const submit = async (email: string) => {
    if (!session && !settings?.guests) {
      setStatus(t.loginToPost);
      openView('login');
      return;
    }
    const posted = await actions.post(session ? undefined : email);
    setStatus(posted.pending ? t.postedPending : t.posted);
    setHighlight(posted.id);
  };

  const form = (
    <CommentForm
      draft={draft}
      onDraft={setDraft}
      guest={!session && !!settings?.guests}
      maxLength={settings?.maxLength ?? 5000}
      replyName={
        draft.parentId ? (findComment(thread.comments, draft.parentId)?.author.name ?? '…') : undefined
      }
      onSubmit={submit}
    />
  );
  const replyShown = !view && !closed && !!draft.parentId && !!findComment(thread.comments, draft.parentId);
  const ctx: ThreadContext = {
    userId: session?.user.id,
    maxDepth: closed ? -1 : (settings?.maxDepth ?? 0),
    editWindowSeconds: settings?.editWindowSeconds ?? 0,
    highlight,
    replyTo: replyShown ? draft.parentId : null,
    replyForm: form,
    onReply: (parentId) => setDraft({ parentId }),
    onEdit: actions.edit,
    onDelete: actions.remove,
  };

  return (
    <I18nContext.Provider value={{ lang, t }}>
      <section ref={root} class="r" data-theme={options.theme} lang={lang} aria-labelledby={headingId}>
        <header class="hd">
          <h2 id={headingId}>{t.count(formatNumber(thread.list?.page?.commentCount ?? 0, lang))}</h2>
          <label class="so">
            {t.sort}{' '}
            <select value={sort} onChange={(event) => setSort(event.currentTarget.value as CommentSort)}>
              <option value="newest">{t.newest}</option>
              <option value="oldest">{t.oldest}</option>
            </select>
          </label>
        </header>
        {!view && (
          <AccountBar
            name={session?.user.name}
            onView={openView}
            onLogout={async () => {
              await logout(api, session?.refreshToken ?? '').catch(() => undefined);
              sessions.set(undefined);
              setStatus(t.loggedOut);
            }}
          />
        )}
        {view ? (
          <AuthPanel
            view={view}
            onView={openView}
            api={api}
            onLogin={(tokens) => {
              sessions.set(toSession(tokens));
              setStatus(t.loggedIn);
              openView(undefined);
            }}
          />
        ) : closed ? (
          <p class="mu">{t.closed}</p>
        ) : (
          // No form for a thread that could not even load (an unknown site): nothing could be sent.
          !replyShown && (thread.list || !thread.error) && form
        )}
        <p class="st" role="status">
          {status}
        </p>
        {!thread.list && thread.busy && <p class="mu">{t.loading}</p>}
        {thread.list && !thread.comments.length && <p class="mu">{t.empty}</p>}
        <ol class="th">
          {thread.comments.map((comment) => (
            <CommentItem key={comment.id} comment={comment} ctx={ctx} />
          ))}
        </ol>
        <ErrorText code={thread.error} />
        {thread.list?.nextCursor && (
          <button type="button" class="mo" disabled={thread.busy} onClick={thread.loadMore}>
            {t.more}
          </button>
        )}
      </section>
    </I18nContext.Provider>
  );
}
