/**
 * Console: the login page. It shares the widget's login endpoint, fields and error messages; an
 * account without the moderator or admin role is told so plainly, and its tokens are dropped. An
 * account with two-step sign-in on is asked, as a second step of the same form, for its code.
 */
import type { ComponentChild } from 'preact';
import { useState } from 'preact/hooks';
import { ApiError } from '../api/api-error.js';
import { type AuthTokens, completeMfaLogin, isMfaChallenge, login } from '../api/auth.js';
import type { Fetcher } from '../api/fetcher.js';
import { authMessages } from '../components/auth-messages.js';
import { Field } from '../components/field.js';
import { useAction } from '../hooks/use-action.js';
import { useConsoleText } from '../i18n/console-index.js';
import { useI18n } from '../i18n/index.js';
import { isEmail } from '../lib/email.js';
import { ConsoleError } from './components/console-error.js';

/** Props of LoginPage. */
export interface LoginPageProps {
  api: Fetcher;
  /** The last account that logged in has no moderation role. */
  refused: boolean;
  onLogin(tokens: AuthTokens): void;
  langSwitch: ComponentChild;
}

/** E-mail and password, then the console (or the refusal). */
export function LoginPage({ api, refused, onLogin, langSwitch }: LoginPageProps) {
  const { t, lang } = useI18n();
  const m = useConsoleText();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  // Cognito's session of the first step while the code is asked for; undefined before.
  const [challenge, setChallenge] = useState<string>();
  const a = authMessages[lang];
  const submit = useAction(async () => {
    if (!isEmail(email)) throw new ApiError('invalid_email');
    if (challenge !== undefined) {
      try {
        return onLogin(await completeMfaLogin(api, email.trim(), challenge, code));
      } catch (error) {
        if (error instanceof ApiError && error.code === 'mfa_session_expired') setChallenge(undefined);
        throw error;
      }
    }
    const answer = await login(api, email.trim(), password);
    if (!isMfaChallenge(answer)) return onLogin(answer);
    setCode('');
    setChallenge(answer.session);
  });
  return (
    <main class="login-page">
      <form
        class="panel"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit.run();
        }}
      >
        <h1>{m.loginTitle}</h1>
        <p class="muted">{m.loginIntro}</p>
        {refused && (
          <p class="er" role="alert">
            {m.notStaff}
          </p>
        )}
        {challenge === undefined ? (
          <>
            <Field label={t.email} type="email" value={email} autocomplete="username" onValue={setEmail} />
            <Field
              label={a.password}
              type="password"
              value={password}
              autocomplete="current-password"
              onValue={setPassword}
            />
          </>
        ) : (
          <>
            <h2>{a.totpTitle}</h2>
            <Field
              label={a.totpCode}
              value={code}
              inputMode="numeric"
              autocomplete="one-time-code"
              hint={a.totpHint}
              // The step appears in place of the password: the code is what to type next.
              autoFocus
              onValue={setCode}
            />
          </>
        )}
        <ConsoleError code={submit.error} />
        <p class="actions">
          <button type="submit" class="primary" disabled={submit.busy}>
            {challenge === undefined ? t.login : a.confirm}
          </button>
          {langSwitch}
        </p>
      </form>
    </main>
  );
}
