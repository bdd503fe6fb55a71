/**
 * Console: the whole app: the language (French until switched, remembered), the session, and
 * either the login page, the signed-in shell, or the page of an invitation's link. Only moderators
 * and admins get past the login.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { type AuthTokens, logout, type User } from '../api/auth.js';
import { createFetcher } from '../api/fetcher.js';
import { createSessionStore, toSession } from '../api/session-store.js';
import { useSession } from '../hooks/use-session.js';
import { ConsoleText, consoleCatalogues, sharedI18n } from '../i18n/console-index.js';
import { I18nContext, type Lang } from '../i18n/index.js';
import { InvitationPage, invitationToken } from './invitation-page.js';
import { LangSwitch } from './lang-switch.js';
import { LoginPage } from './login-page.js';
import { loadLang, saveLang } from './preferences.js';
import { Shell } from './shell.js';

/** Whether an account may use the console: staff of every site, or of one site at least. */
export const isStaff = (user: User): boolean =>
  user.roles.includes('moderator') || user.roles.includes('admin') || !!Object.keys(user.sites ?? {}).length;

/** The console, talking to the API at `base`. */
export function ConsoleApp({ base }: { base: string }) {
  const [lang, setLang] = useState<Lang>(loadLang);
  // The console keeps its own session, apart from a reader's session of the widget on the same
  // origin: signing in or out of one must not do it in the other. `base` only names the key.
  const sessions = useMemo(() => createSessionStore(`${base}#console`), [base]);
  const api = useMemo(() => createFetcher(base, sessions), [base, sessions]);
  const session = useSession(sessions);
  const [refused, setRefused] = useState(false);
  // An invitation's link opens its own page, signed in or not (the hash is `#/invitation/<token>`).
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const follow = () => setHash(location.hash);
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  const invitation = invitationToken(hash);
  const m = consoleCatalogues[lang];
  const staff = !!session && isStaff(session.user);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = m.appTitle;
    saveLang(lang);
  }, [lang]);

  // A stored session whose account has lost its role (seen at a token refresh) ends here.
  useEffect(() => {
    if (session && !staff) {
      sessions.set(undefined);
      setRefused(true);
    }
  }, [session, staff]);

  const logIn = (tokens: AuthTokens) => {
    setRefused(!isStaff(tokens.user));
    if (isStaff(tokens.user)) sessions.set(toSession(tokens));
  };
  const logOut = async () => {
    await logout(api, session?.refreshToken ?? '').catch(() => undefined);
    sessions.set(undefined);
  };
  const langSwitch = <LangSwitch onSwitch={setLang} />;

  return (
    <I18nContext.Provider value={sharedI18n(lang)}>
      <ConsoleText.Provider value={m}>
        {invitation ? (
          <InvitationPage api={api} token={invitation} onLogin={logIn} langSwitch={langSwitch} />
        ) : session && staff ? (
          <Shell
            api={api}
            sessions={sessions}
            user={session.user}
            onLogout={logOut}
            langSwitch={langSwitch}
          />
        ) : (
          <LoginPage api={api} refused={refused} onLogin={logIn} langSwitch={langSwitch} />
        )}
      </ConsoleText.Provider>
    </I18nContext.Provider>
  );
}
