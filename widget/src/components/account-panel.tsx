/**
 * Components: "Mon compte", opened from the account line: the display name, the alerts (saved with
 * the widget's language, the emails'), the articles followed on this site (each with "Ne plus
 * suivre"), the download of one's data, logging out everywhere and the deletion of the account (in two steps). Closed with "Fermer" or
 * Escape, the focus going back to the account line. The embed loads it as a chunk on first use.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { deleteMe, exportMe, getMe, logOutEverywhere, refreshTokens, updateMe } from '../api/account.js';
import type { Fetcher } from '../api/fetcher.js';
import { type FollowedArticle, listFollows, setFollowing } from '../api/follows.js';
import { type SessionStore, toSession } from '../api/session-store.js';
import { useAction } from '../hooks/use-action.js';
import { useI18n } from '../i18n/index.js';
import { accountMessages } from './account-messages.js';
import { ErrorText } from './error-text.js';
import { Field } from './field.js';

/** Props of AccountPanel. */
export interface AccountPanelProps {
  api: Fetcher;
  /** The signed-in reader's session: a rename refreshes it so the new name shows and is posted. */
  sessions: SessionStore;
  /** The widget's site: the followed articles listed are this site's. */
  site: string;
  onClose(): void;
  /** An article of the site is no longer followed (the thread's "Suivre cet article" follows). */
  onUnfollowed(page: string): void;
  /** The account is gone: the caller ends the session. */
  onDeleted(): void;
  /** Every session of the account has ended, this one included: the caller ends it here. */
  onLoggedOutEverywhere(): void;
}

/** Offers `data` as a file download: a Blob behind an `<a download>` link, no new window. */
function download(data: unknown, within: HTMLElement): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'reagir-export.json';
  within.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; a minute is ample before letting it go.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The account screen of the signed-in reader. */
export function AccountPanel({
  api,
  sessions,
  site,
  onClose,
  onUnfollowed,
  onDeleted,
  onLoggedOutEverywhere,
}: AccountPanelProps) {
  const { lang } = useI18n();
  const m = accountMessages[lang];
  const titleId = useId();
  const root = useRef<HTMLElement>(null);
  const [name, setName] = useState(sessions.get()?.user.name ?? '');
  const [replies, setReplies] = useState<boolean>();
  const [follows, setFollows] = useState<FollowedArticle[]>();
  const [done, setDone] = useState('');
  const [confirming, setConfirming] = useState(false);

  const load = useAction(async () => {
    const [{ user }, followed] = await Promise.all([getMe(api), listFollows(api, site)]);
    setReplies(user.alerts.replies);
    setFollows(followed.follows);
  });
  const rename = useAction(async () => {
    const { user } = await updateMe(api, { name });
    const session = sessions.get();
    // The ID token carries the name new comments are posted under: take fresh tokens now.
    const tokens = session && (await refreshTokens(api, session.refreshToken).catch(() => undefined));
    if (session && sessions.get() === session) {
      sessions.set(
        tokens
          ? toSession(tokens, session.refreshToken)
          : { ...session, user: { ...session.user, name: user.name } },
      );
    }
    setName(user.name);
    setDone(m.renamed);
  });
  const alerts = useAction(async (next: boolean) => {
    setReplies(next);
    // The language goes with the alerts: the emails are then written in the widget's.
    const { user } = await updateMe(api, { alerts: { replies: next }, language: lang }).catch(
      (error: unknown) => {
        setReplies(!next);
        throw error;
      },
    );
    setReplies(user.alerts.replies);
    setDone(m.alertsSaved);
  });
  const unfollow = useAction(async (article: FollowedArticle) => {
    await setFollowing(api, article.site, article.page, false);
    setFollows((list) => list?.filter((f) => f.page !== article.page));
    onUnfollowed(article.page);
    setDone(m.unfollowed);
  });
  const exporting = useAction(async () => {
    const data = await exportMe(api);
    if (root.current) download(data, root.current);
    setDone(m.exported);
  });
  const leaving = useAction(async () => {
    await logOutEverywhere(api);
    onLoggedOutEverywhere();
  });
  const removing = useAction(async () => {
    await deleteMe(api);
    onDeleted();
  });

  useEffect(() => {
    load.run();
    root.current?.querySelector('input')?.focus();
  }, []);

  const step = (confirm: boolean) => {
    setConfirming(confirm);
    // The second step opens on "Annuler", the safe choice; back from it, on the first button.
    setTimeout(() =>
      root.current?.querySelector<HTMLElement>(confirm ? '[data-cancel]' : '[data-remove]')?.focus(),
    );
  };

  return (
    <section
      ref={root}
      class="au"
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        if (confirming) step(false);
        else onClose();
      }}
    >
      <h3 id={titleId}>{m.title}</h3>
      {sessions.get()?.user.kind === 'sso' ? (
        <p>{m.ssoName(name)}</p>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (name.trim()) rename.run();
          }}
        >
          <Field
            label={m.name}
            value={name}
            autocomplete="nickname"
            maxLength={80}
            hint={m.nameHint}
            onValue={setName}
          />
          <ErrorText code={rename.error} />
          <p class="ac">
            <button type="submit" disabled={rename.busy || !name.trim()}>
              {m.saveName}
            </button>
          </p>
        </form>
      )}
      <fieldset>
        <legend>{m.alerts}</legend>
        <label>
          <input
            type="checkbox"
            // The widget's CSS (in the entry) makes inputs full-width blocks; not this one.
            style={{ display: 'inline', width: 'auto' }}
            checked={!!replies}
            disabled={replies === undefined || alerts.busy}
            onChange={(event) => alerts.run(event.currentTarget.checked)}
          />{' '}
          {m.alertReplies}
        </label>
        <ErrorText code={load.error ?? alerts.error} />
      </fieldset>
      <h4>{m.follows}</h4>
      {follows?.length ? (
        <ul>
          {follows.map((article) => {
            const title = article.title ?? article.page;
            return (
              <li key={article.page}>
                {article.url ? <a href={article.url}>{title}</a> : title}{' '}
                <button
                  type="button"
                  class="ln"
                  aria-label={`${m.unfollow} : ${title}`}
                  disabled={unfollow.busy}
                  onClick={() => unfollow.run(article)}
                >
                  {m.unfollow}
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        follows && <p class="mu">{m.noFollows}</p>
      )}
      <ErrorText code={unfollow.error} />
      <h4>{m.data}</h4>
      <p class="ac">
        <button type="button" disabled={exporting.busy} onClick={() => exporting.run()}>
          {m.exportData}
        </button>
      </p>
      <ErrorText code={exporting.error} />
      <p class="st" role="status">
        {done}
      </p>
      <p class="ac">
        <button type="button" disabled={leaving.busy} onClick={() => leaving.run()}>
          {m.everywhere}
        </button>
      </p>
      <p class="mu">{m.everywhereHint}</p>
      <ErrorText code={leaving.error} />
      {confirming ? (
        <div>
          <p>{m.removeWarning}</p>
          <p class="ac">
            <button type="button" class="pr" disabled={removing.busy} onClick={() => removing.run()}>
              {m.removeConfirm}
            </button>
            <button type="button" data-cancel onClick={() => step(false)}>
              {m.cancel}
            </button>
          </p>
          <ErrorText code={removing.error} />
        </div>
      ) : (
        <p class="ac">
          <button type="button" data-remove onClick={() => step(true)}>
            {m.remove}
          </button>
        </p>
      )}
      <p class="ac">
        <button type="button" onClick={onClose}>
          {m.close}
        </button>
      </p>
    </section>
  );
}
