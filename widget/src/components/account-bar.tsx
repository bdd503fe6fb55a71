/**
 * Components: who is reading: the signed-in name and "Se déconnecter", or the ways to sign in
 * that the site accepts: its own (SSO: a link to the publisher's login page, or the page's
 * token asked for now), and Réagir's login and sign-up unless the site takes its readers only.
 */
import { useI18n } from '../i18n/index.js';
import type { AuthView } from './auth-panel.js';
import { sessionMessages } from './session-messages.js';

/** Props of AccountBar. */
export interface AccountBarProps {
  /** The signed-in reader's name; undefined when signed out. */
  name?: string;
  onView(view: AuthView): void;
  onLogout(): void;
  /** Opens "Mon compte" (the account screen). */
  onAccount(): void;
  /** Whether the site takes Réagir accounts (default true). */
  accounts?: boolean;
  /** The site's own sign-in: its login page, or a call for the page's token. */
  sso?: { href?: string; onLogin?(): void };
}

/** One line above the form. */
export function AccountBar({ name, onView, onLogout, onAccount, accounts = true, sso }: AccountBarProps) {
  const { t, lang } = useI18n();
  if (name) {
    return (
      <p class="ab">
        <span>{t.signedInAs(name)}</span>{' '}
        <button type="button" class="ln" onClick={onAccount}>
          {sessionMessages[lang].myAccount}
        </button>{' '}
        <button type="button" class="ln" onClick={onLogout}>
          {t.logout}
        </button>
      </p>
    );
  }
  const own = sso && (
    <span>
      {t.loginTitle}{' '}
      {sso.href ? (
        <a class="ln" href={sso.href}>
          {t.login}
        </a>
      ) : (
        <button type="button" class="ln" onClick={sso.onLogin}>
          {t.login}
        </button>
      )}
    </span>
  );
  // The publisher's sign-in comes first: Réagir's account is then the other way in.
  if (own && !accounts) return <p class="ab">{own}</p>;
  return (
    <p class="ab">
      {own}
      {own ? ' ' : ''}
      <span>
        {own ? sessionMessages[lang].withReagir : t.loginTitle}{' '}
        <button type="button" class="ln" onClick={() => onView('login')}>
          {t.login}
        </button>
      </span>{' '}
      <span>
        {t.signupTitle}{' '}
        <button type="button" class="ln" onClick={() => onView('signup')}>
          {t.signup}
        </button>
      </span>
    </p>
  );
}
