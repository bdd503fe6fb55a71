/**
 * Components: the account forms inside the widget: log in, register, confirm with the mailed
 * code, forgotten password, new password. The e-mail typed once follows the reader from form to
 * form. No answer tells whether an address has an account: signup and forgot always say a
 * message was sent. The embed loads this file (with its texts) as a chunk on the first click.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/api-error.js';
import * as auth from '../api/auth.js';
import type { Fetcher } from '../api/fetcher.js';
import { useAction } from '../hooks/use-action.js';
import { useI18n } from '../i18n/index.js';
import { isEmail } from '../lib/email.js';
import { AuthLinks } from './auth-links.js';
import { authMessages } from './auth-messages.js';
import { ErrorText } from './error-text.js';
import { Field } from './field.js';

/** The account steps, one form each (`mfa`: the login's TOTP code, for an account with it on). */
export type AuthView = 'login' | 'signup' | 'confirm' | 'forgot' | 'reset' | 'mfa';

/** Props of AuthPanel. */
export interface AuthPanelProps {
  view: AuthView;
  onView(view: AuthView | undefined): void;
  api: Fetcher;
  /** Called with the tokens of a successful login. */
  onLogin(tokens: auth.AuthTokens): void;
  /** Move the focus into the form when it opens (not when another tab's logout opened it). */
  focus?: boolean;
}

type FieldName = 'name' | 'email' | 'password';

// The server's `invalid_request` issues name the field by path (`body.email`...).
const fieldOf = (path: string): FieldName | undefined =>
  (['name', 'email', 'password'] as const).find((field) => path === `body.${field}`);

// The service's rule (functions/accounts/service.ts), checked here first to say it by the field.
const MIN_PASSWORD_LENGTH = 8;

/** The form of the current account step, focused when it opens. */
export function AuthPanel({ view, onView, api, onLogin, focus = true }: AuthPanelProps) {
  const { t, lang } = useI18n();
  const a = authMessages[lang];
  const titleId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [sent, setSent] = useState(false);
  // The login's challenge session, while the TOTP code is asked for.
  const [challenge, setChallenge] = useState('');
  const [invalid, setInvalid] = useState<Partial<Record<FieldName, string>>>({});
  // Typing in a field marked wrong takes the mark off until the next try.
  const edit = (field: FieldName, set: (value: string) => void) => (value: string) => {
    set(value);
    setInvalid(({ [field]: _, ...others }) => others);
  };
  const signIn = async () => {
    const answer = await auth.login(api, email, password);
    if (!auth.isMfaChallenge(answer)) return onLogin(answer);
    setChallenge(answer.session);
    setCode('');
    onView('mfa');
  };
  /** Marks the fields that are wrong and moves to the first one; true when there is any. */
  const mark = (found: Partial<Record<FieldName, string>>) => {
    setInvalid(found);
    const first = (['name', 'email', 'password'] as const).find((field) => found[field]);
    if (first)
      setTimeout(() => form.current?.querySelector<HTMLInputElement>(`[data-field=${first}]`)?.focus());
    return !!first;
  };
  const submit = useAction(async () => {
    const wrong: Partial<Record<FieldName, string>> = {};
    if (!isEmail(email)) wrong.email = a.emailInvalid;
    if (view === 'signup') {
      if (!name.trim()) wrong.name = a.nameMissing;
      if (password.length < MIN_PASSWORD_LENGTH) wrong.password = a.passwordShort;
    }
    if (mark(wrong))
      throw new ApiError(
        wrong.email && Object.keys(wrong).length === 1 ? 'invalid_email' : 'invalid_request',
      );
    if (view === 'mfa') {
      await auth.completeMfaLogin(api, email, challenge, code).then(onLogin, (error: unknown) => {
        // Cognito's session of the first step is over: the password again.
        if (error instanceof ApiError && error.code === 'mfa_session_expired') onView('login');
        throw error;
      });
    } else if (view === 'login') {
      await signIn().catch((error: unknown) => {
        // The password was right: the account only lacks its confirmation.
        if (error instanceof ApiError && error.code === 'account_not_confirmed') onView('confirm');
        throw error;
      });
    } else if (view === 'signup') {
      await auth.signup(api, email, password, name).catch((error: unknown) => {
        if (error instanceof ApiError) {
          const found: Partial<Record<FieldName, string>> = {};
          if (error.code === 'password_too_weak') found.password = a.passwordShort;
          for (const issue of error.issues) {
            const field = fieldOf(issue.path);
            if (field) found[field] = a.fieldInvalid[field];
          }
          mark(found);
        }
        throw error;
      });
      setSent(true);
      onView('confirm');
    } else if (view === 'confirm') {
      await auth.confirmSignup(api, email, code);
      if (password) await signIn();
      else onView('login');
    } else if (view === 'forgot') {
      await auth.forgotPassword(api, email);
      // The next form asks for a new password: never prefill it with one typed to log in.
      setPassword('');
      setSent(true);
      onView('reset');
    } else {
      await auth.resetPassword(api, email, code, password);
      await signIn();
    }
  });

  const resend = useAction(async () => {
    await auth.resendCode(api, email);
    setSent(true);
  });
  const go = (next: AuthView | undefined) => {
    setInvalid({});
    submit.clear();
    resend.clear();
    onView(next);
  };

  // Each step opens on its first field still to fill (the e-mail carries over from the last one).
  useEffect(() => {
    if (!focus) return;
    const inputs = [...(form.current?.querySelectorAll('input') ?? [])];
    (inputs.find((input) => !input.value) ?? inputs[0])?.focus();
  }, [view]);

  const titles = {
    login: t.loginTitle,
    signup: t.signupTitle,
    confirm: a.confirmTitle,
    forgot: a.forgot,
    reset: a.resetTitle,
    mfa: a.totpTitle,
  };
  const actions = {
    login: t.login,
    signup: t.signup,
    confirm: a.confirm,
    forgot: a.sendCode,
    reset: a.reset,
    mfa: a.confirm,
  };
  const newPassword = view === 'signup' || view === 'reset';
  return (
    <section
      class="au"
      aria-labelledby={titleId}
      // Escape closes the account step, as "Annuler" does (the reader goes back to the thread).
      onKeyDown={(event) => event.key === 'Escape' && go(undefined)}
    >
      <h3 id={titleId}>{titles[view]}</h3>
      {sent && (view === 'confirm' || view === 'reset') && <p role="status">{a.codeSent}</p>}
      <form
        ref={form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit.run();
        }}
      >
        {view === 'signup' && (
          <Field
            label={t.name}
            value={name}
            autocomplete="nickname"
            required
            data-field="name"
            error={invalid.name}
            onValue={edit('name', setName)}
          />
        )}
        {view !== 'mfa' && (
          <Field
            label={t.email}
            type="email"
            value={email}
            autocomplete="email"
            required
            data-field="email"
            error={invalid.email}
            onValue={edit('email', setEmail)}
          />
        )}
        {view === 'mfa' && (
          <Field
            label={a.totpCode}
            value={code}
            inputMode="numeric"
            autocomplete="one-time-code"
            hint={a.totpHint}
            onValue={setCode}
          />
        )}
        {(view === 'confirm' || view === 'reset') && (
          <Field
            label={a.code}
            value={code}
            inputMode="numeric"
            autocomplete="one-time-code"
            onValue={setCode}
          />
        )}
        {view !== 'confirm' && view !== 'forgot' && view !== 'mfa' && (
          <Field
            label={newPassword && view === 'reset' ? a.newPassword : a.password}
            type="password"
            value={password}
            autocomplete={newPassword ? 'new-password' : 'current-password'}
            hint={newPassword ? a.passwordHint : undefined}
            data-field="password"
            error={view === 'signup' ? invalid.password : undefined}
            onValue={edit('password', setPassword)}
          />
        )}
        <ErrorText code={submit.error ?? resend.error} />
        <p class="ac">
          <button type="submit" class="pr" disabled={submit.busy}>
            {actions[view]}
          </button>
          <button type="button" onClick={() => go(undefined)}>
            {t.cancel}
          </button>
        </p>
      </form>
      <AuthLinks view={view} onView={go} onResend={resend.run} />
    </section>
  );
}
