/** Components: who is reading: the signed-in name and "Se déconnecter", or the ways to sign in. */
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
}

/** One line above the form. */
export function AccountBar({ name, onView, onLogout, onAccount }: AccountBarProps) {
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
  return (
    <p class="ab">
      <span>
        {t.loginTitle}{' '}
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
