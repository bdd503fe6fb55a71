/**
 * Embed (interactive chunk, see kit.ts): the whole widget under an article, once the entry's
 * read-only preview hands over: heading and sort, the article's reactions, account
 * line, the form (or an account step, loaded on first use), the status region, the pinned
 * comments, the thread and "load more". It wires the hooks together; components below it know
 * nothing of the API.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { CommentSort, ReaderList } from '../../../functions/comments/types.js';
import { type AnyErrorCode, ApiError, errorCode } from '../api/api-error.js';
import { createFetcher } from '../api/fetcher.js';
import type { ReactionType } from '../api/reactions.js';
import { createSessionStore, toSession } from '../api/session-store.js';
import { ssoFailed } from '../api/sso.js';
import { AccountBar } from '../components/account-bar.js';
import type { AccountPanelProps } from '../components/account-panel.js';
import type { AuthView } from '../components/auth-panel.js';
import { CommentForm } from '../components/comment-form.js';
import { CommentItem, type ThreadContext } from '../components/comment-item.js';
import { ErrorText } from '../components/error-text.js';
import { FoldedText } from '../components/folded-text.js';
import { ReactionBar } from '../components/reaction-bar.js';
import { sessionMessages } from '../components/session-messages.js';
import { ThreadHeader } from '../components/thread-header.js';
import { Unavailable } from '../components/unavailable.js';
import { useCommentActions } from '../hooks/use-comment-actions.js';
import { useDrafts } from '../hooks/use-draft.js';
import { useLoaded } from '../hooks/use-loaded.js';
import { usePermalink } from '../hooks/use-permalink.js';
import { PAGE_TARGET, useReactions } from '../hooks/use-reactions.js';
import { useReports } from '../hooks/use-reports.js';
import { useSession } from '../hooks/use-session.js';
import { useSessionEvents } from '../hooks/use-session-events.js';
import { useThread } from '../hooks/use-thread.js';
import { I18nContext, type Messages } from '../i18n/index.js';
import type { Draft } from '../lib/draft.js';
import { pinnedFirst } from '../lib/pinned-first.js';
import type { GuestFields } from '../lib/post-draft.js';
import { logOutSso, ssoSignIn } from '../lib/sso-sign-in.js';
import { findComment, updateComment } from '../lib/thread-tree.js';
import type { EmbedOptions } from './options.js';

// A permalink to an old comment loads further pages to find it, within reason.
const MAX_PAGES_FOR_PERMALINK = 10;

/** Props of App: what the entry script already has when the chunk arrives. */
export interface AppProps {
  options: EmbedOptions;
  /** The catalogue of the page's language. */
  t: Messages;
  /** The first page (newest first), requested by the entry script: not requested again. */
  initial?: Promise<ReaderList>;
  /** The main draft as the entry's text box left it. */
  draft?: Draft;
}

/** The widget for one article. */
export function App({ options, t, initial, draft: typed }: AppProps) {
  const { site, page, lang } = options;
  const headingId = useId();
  const root = useRef<HTMLElement>(null);
  const sessions = useMemo(() => createSessionStore(options.api), [options.api]);
  const api = useMemo(
    () => createFetcher(options.api, sessions, options.site),
    [options.api, sessions, options.site],
  );
  const session = useSession(sessions);
  const staffHere = !!session && (!!session.user.roles?.length || !!session.user.sites?.[site]);
  const s = sessionMessages[lang];
  const [sort, setSort] = useState<CommentSort>('newest');
  // A session that ended before the widget came (a refused refresh at load) is said at once.
  const [view, setView] = useState<AuthView | undefined>(() => (sessions.ended() ? 'login' : undefined));
  const [status, setStatus] = useState(() => (sessions.ended() ? s.expired : ''));
  // The login form opened by another tab's logout (or at load) leaves the focus where it is.
  const [quiet, setQuiet] = useState(!!sessions.ended());
  const [account, setAccount] = useState(false);
  // A publisher's token refused at load is said at once.
  const [failure, setFailure] = useState(() => ssoFailed(options.api) as AnyErrorCode | undefined);
  const [highlight, setHighlight] = usePermalink();
  const drafts = useDrafts(site, page, typed);
  const thread = useThread(api, site, page, sort, session?.user.id, initial);
  const reactions = useReactions(api, site, page, thread.list, thread.first);
  const actions = useCommentActions(api, options, thread, sort);
  const Auth = useLoaded(() => import('../components/auth-panel.js').then((m) => m.AuthPanel), !!view);
  const Account = useLoaded(
    () => import('../components/account-panel.js').then((m) => m.AccountPanel),
    account && !!session,
  );
  // Staff of this site (roles everywhere, or on it) get a menu on each comment; a warned reader, the warning: chunks.
  const Staff = useLoaded(() => import('../components/staff-menu.js').then((m) => m.StaffMenu), staffHere);
  const [dismissed, setDismissed] = useState('');
  const warning = thread.list?.warning;
  const shownWarning = warning?.id !== dismissed && warning;
  const Warning = useLoaded(
    () => import('../components/warning-notice.js').then((m) => m.WarningNotice),
    !!shownWarning,
  );
  // Whether the reader follows the article: the thread's answer says, a press or "Mon compte" changes it.
  const [follow, setFollow] = useState<boolean>();
  useEffect(() => setFollow(undefined), [thread.first]);
  const Follow = useLoaded(
    () => import('../components/follow-button.js').then((m) => m.FollowButton),
    !!session,
  );
  const summary = thread.list?.page;
  const settings = thread.list?.site;
  const pagesLoaded = useRef(0);
  // After "Voir plus", the first newly loaded comment takes the focus (its index in the thread).
  const firstNew = useRef<number>(undefined);
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
  }, [highlight, thread.cursor]);

  useEffect(() => {
    const from = firstNew.current;
    if (from === undefined || thread.busy) return;
    firstNew.current = undefined;
    const shown = thread.comments[from];
    if (shown) root.current?.querySelector<HTMLElement>(`#reagir-${shown.id}`)?.focus();
  }, [thread.busy]);

  const openView = (next: AuthView | undefined) => {
    setQuiet(false);
    setView(next);
    // Back from an account step, the reader continues where they were typing.
    if (!next) setTimeout(() => root.current?.querySelector('textarea')?.focus());
  };
  // Where the site takes its own readers only, or the reader was one, its sign-in is the way back.
  const ownSignIn = (wasSso = false) => wasSso || settings?.accounts === false;
  const invite = (message: string) => {
    setStatus(message);
    if (!ownSignIn(session?.sso)) openView('login');
  };
  const report = useReports(api, options, session?.user, !!settings?.guests, invite, thread.comments);

  // The session ended without the reader logging out here: the draft stays, the login form opens.
  useSessionEvents(sessions, (next, change) => {
    if (change === 'local') return;
    if (!next) {
      setAccount(false);
      setStatus(s.expired);
      setQuiet(change === 'tab');
      if (!ownSignIn(session?.sso)) setView('login');
    } else if (change === 'tab' && !session) {
      setStatus(t.loggedIn);
      setView(undefined);
    }
  });

  const submit = (draft: Draft, setDraft: (change: Partial<Draft>) => void) => async (guest: GuestFields) => {
    if (!session && !settings?.guests) return invite(t.loginToPost);
    // A post carries the session the reader sees, or none: never another one, never a guest's.
    // An earlier "publié" must not stand beside this post's error (too fast, too long…).
    setStatus('');
    if (session && sessions.get()?.user.id !== session.user.id) return invite(s.expired);
    const posted = await actions
      .post(draft, setDraft, session ? undefined : guest)
      .catch((error: unknown) => {
        if (!session || !(error instanceof ApiError) || error.code !== 'unauthorized') throw error;
        // Refused even with a fresh token: the session is over, whatever its expiry says.
        if (sessions.get()?.user.id === session.user.id) sessions.set(undefined, 'expired');
        invite(s.expired);
      });
    if (!posted) return;
    if (draft.parentId) drafts.openReply(null);
    setStatus(posted.pending ? t.postedPending : t.posted);
    setHighlight(posted.id);
  };
  // Focus follows the reply box: into it when it opens, back to its "Répondre" when cancelled.
  const focusLater = (selector: string) =>
    setTimeout(() => root.current?.querySelector<HTMLElement>(selector)?.focus());
  const openReply = (parentId: string) => {
    drafts.openReply(parentId);
    focusLater(`#reagir-${parentId} + form textarea`);
  };
  const closeReply = () => {
    const parentId = drafts.reply?.parentId;
    drafts.openReply(null);
    focusLater(`[data-reply="${parentId}"]`);
  };

  const react = (target: string, type: ReactionType, loaded: Record<string, number>) => {
    setFailure(undefined);
    // Reactions need an account: a guest is invited to log in rather than refused.
    if (!session) return invite(t.loginToReact);
    reactions.toggle(target, type, loaded).catch((error: unknown) => {
      if (error instanceof ApiError && error.code === 'unauthorized') invite(t.loginToReact);
      else setFailure(errorCode(error));
    });
  };

  const formProps = { guest: !session && !!settings?.guests, maxLength: settings?.maxLength ?? 5000 };
  const form = (
    <CommentForm
      {...formProps}
      draft={drafts.main}
      onDraft={drafts.setMain}
      links={settings}
      onSubmit={submit(drafts.main, drafts.setMain)}
    />
  );
  const { reply } = drafts;
  const answered = reply?.parentId ? findComment(thread.comments, reply.parentId) : undefined;
  const closed = summary?.closed;
  // A reply box left open (before a reload too) reopens under its comment once that is shown.
  const replyShown = !view && !closed && !!answered;
  const ctx: ThreadContext = {
    // The reader's pseudonym on this site, as the thread's authors carry it.
    userId: session ? thread.list?.viewer?.authorId : undefined,
    ownUnknown: !!session && !thread.list?.viewer,
    // Nowhere to reply on a closed article, nor for a banned reader.
    maxDepth: closed || thread.list?.myBan ? -1 : (settings?.maxDepth ?? 0),
    // A closed article refuses edits (`page_closed`), and reactions unless the site allows them.
    editWindowSeconds: closed ? 0 : (settings?.editWindowSeconds ?? 0),
    reactionTypes: settings?.reactionTypes ?? [],
    reactionsClosed: closed && !settings?.reactionsWhenClosed,
    reactions,
    highlight,
    replyTo: replyShown && reply ? reply.parentId : null,
    replyForm: reply && (
      <CommentForm
        {...formProps}
        draft={reply}
        onDraft={drafts.setReply}
        replyName={answered?.author.name ?? '…'}
        onSubmit={submit(reply, drafts.setReply)}
        onCancel={closeReply}
      />
    ),
    repliesOnDemand: sort === 'top',
    replyCursors: thread.replyCursors,
    onLoadReplies: thread.loadReplies,
    onReply: openReply,
    onReact: react,
    onEdit: actions.edit,
    onDelete: actions.remove,
    report,
    staff:
      staffHere && Staff
        ? (comment) => (
            <Staff
              comment={comment}
              api={api}
              site={site}
              lang={lang}
              onChange={thread.change}
              say={setStatus}
              Err={ErrorText}
              update={updateComment}
            />
          )
        : undefined,
  };
  // The account screen ended the session (deletion, "Se déconnecter partout"): closed, logged out.
  const endedHere = (message: string) => () => {
    setAccount(false);
    sessions.set(undefined);
    setStatus(message);
  };
  const accountProps: AccountPanelProps = {
    api,
    sessions,
    site,
    onClose: () => {
      setAccount(false);
      setTimeout(() => root.current?.querySelector<HTMLElement>('.ab button')?.focus());
    },
    onUnfollowed: (unfollowed) => unfollowed === page && setFollow(false),
    onDeleted: endedHere(s.deleted),
    onLoggedOutEverywhere: endedHere(s.everywhere),
  };
  const signedIn = (ok: boolean) => setStatus(ok ? t.loggedIn : s.ssoNoToken);
  const sso = ssoSignIn(options, sessions, settings?.sso, { signedIn, failure: setFailure });
  const logout = async () => {
    if (await logOutSso(options, sessions)) return setStatus(t.loggedOut);
    const refreshToken = session?.refreshToken ?? '';
    await import('../api/auth.js').then((auth) => auth.logout(api, refreshToken)).catch(() => undefined);
    sessions.set(undefined);
    setStatus(t.loggedOut);
  };

  return (
    <I18nContext.Provider value={{ lang, t }}>
      <section ref={root} class="r" data-theme={options.theme} lang={lang} aria-labelledby={headingId}>
        <ThreadHeader
          headingId={headingId}
          count={thread.list ? (summary?.commentCount ?? 0) : undefined}
          sort={sort}
          onSort={setSort}
        />
        {summary && (
          <ReactionBar
            types={ctx.reactionTypes}
            counts={reactions.counts(PAGE_TARGET, summary.reactions)}
            mine={reactions.mine(PAGE_TARGET)}
            label={t.pageReactions}
            disabled={ctx.reactionsClosed}
            onToggle={(type) => react(PAGE_TARGET, type, summary.reactions)}
          />
        )}
        <ErrorText code={failure} />
        {session && thread.list && Follow && (
          <Follow
            api={api}
            site={site}
            page={page}
            lang={lang}
            following={follow ?? !!thread.list.following}
            onChange={setFollow}
            Err={ErrorText}
          />
        )}
        {shownWarning && Warning && (
          <Warning
            warning={shownWarning}
            api={api}
            site={site}
            lang={lang}
            onDismissed={() => setDismissed(shownWarning.id)}
            Text={FoldedText}
            Err={ErrorText}
          />
        )}
        {!view && (
          <AccountBar
            name={session?.user.name}
            accounts={settings?.accounts !== false}
            sso={sso}
            onView={openView}
            onLogout={logout}
            onAccount={() => setAccount(true)}
          />
        )}
        {account && session && Account ? (
          <Account {...accountProps} />
        ) : view && Auth ? (
          <Auth
            view={view}
            onView={openView}
            api={api}
            focus={!quiet}
            onLogin={(tokens) => {
              sessions.set(toSession(tokens));
              setStatus(sessions.persistent() ? t.loggedIn : `${t.loggedIn} ${s.memoryOnly}`);
              openView(undefined);
            }}
          />
        ) : view || (account && session) ? null : closed ? (
          <p class="mu">{t.closed}</p>
        ) : thread.list?.myBan ? (
          // A banned reader reads the ban and its end instead of a form they could not send.
          <ErrorText code="banned" params={thread.list.myBan} />
        ) : (
          // No form for a thread that could not even load (an unknown site): nothing could be sent.
          (thread.list || !thread.error) && form
        )}
        <p class="st" role="status">
          {status}
        </p>
        {!thread.list && thread.busy && <p class="mu">{t.loading}</p>}
        {thread.list && !thread.comments.length && !summary?.pinned.length && <p class="mu">{t.empty}</p>}
        <ol class="th">
          {pinnedFirst(thread.comments, summary?.pinned ?? []).map((comment) => (
            <CommentItem key={comment.id} comment={comment} ctx={ctx} />
          ))}
        </ol>
        {thread.list ? (
          <ErrorText code={thread.error} />
        ) : (
          thread.error && !thread.busy && <Unavailable t={t} onRetry={thread.retry} />
        )}
        {thread.cursor && (
          <button
            type="button"
            class="mo"
            disabled={thread.busy}
            onClick={() => {
              firstNew.current = thread.comments.length;
              thread.loadMore();
            }}
          >
            {t.more}
          </button>
        )}
      </section>
    </I18nContext.Provider>
  );
}
