/** Components: the ways from one account step to another ("Mot de passe oublié ?"...). */
import { useI18n } from '../i18n/index.js';
import { authMessages } from './auth-messages.js';
import type { AuthView } from './auth-panel.js';

/** Props of AuthLinks. */
export interface AuthLinksProps {
  view: AuthView;
  onView(view: AuthView): void;
  onResend(): void;
}

/** Buttons styled as links under an account form. */
export function AuthLinks({ view, onView, onResend }: AuthLinksProps) {
  const { t, lang } = useI18n();
  const a = authMessages[lang];
  const link = (label: string, onClick: () => void) => (
    <button type="button" class="ln" onClick={onClick}>
      {label}
    </button>
  );
  if (view === 'login') {
    return (
      <p class="lk">
        {link(a.forgot, () => onView('forgot'))}
        <span>
          {t.signupTitle} {link(t.signup, () => onView('signup'))}
        </span>
      </p>
    );
  }
  return (
    <p class="lk">
      {view === 'confirm' && link(a.resend, onResend)}
      <span>
        {t.loginTitle} {link(t.login, () => onView('login'))}
      </span>
    </p>
  );
}
