/**
 * Console: "Sécurité", the signed-in staff member's own two-step sign-in (Cognito's TOTP): set it
 * up (the secret key grouped in fours and its otpauth link, as text: no QR code, the console
 * carries no library for one), confirm it with a code of the app, turn it off with the password.
 * It concerns the account, not the console's site: the page is the same on every site.
 */
import { useEffect, useState } from 'preact/hooks';
import { getMe } from '../../api/account.js';
import { type AnyErrorCode, ApiError, errorCode } from '../../api/api-error.js';
import { disableMfa, enableMfa, freshAccessToken, type MfaSetup, setUpMfa } from '../../api/mfa.js';
import type { SessionStore } from '../../api/session-store.js';
import { Field } from '../../components/field.js';
import { useAction } from '../../hooks/use-action.js';
import { useConsoleText } from '../../i18n/console-index.js';
import { ConsoleError } from '../components/console-error.js';
import { useConsole } from '../console-context.js';

/** Props of SecurityPage. */
export interface SecurityPageProps {
  /** The console's session: the MFA routes need its access token. */
  sessions: SessionStore;
}

/** `JBSWY3DPEHPK3PXP` as `JBSW Y3DP EHPK 3PXP`, easier to type and to check. */
export const groupedKey = (secret: string): string => secret.replace(/(.{4})(?=.)/g, '$1 ');

/** The staff member's two-step sign-in: its state, and the way to turn it on or off. */
export function SecurityPage({ sessions }: SecurityPageProps) {
  const { api, announce } = useConsole();
  const m = useConsoleText().security;
  const [mfa, setMfa] = useState<boolean>();
  const [loadError, setLoadError] = useState<AnyErrorCode>();
  const [setup, setSetup] = useState<MfaSetup>();
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');

  useEffect(() => {
    getMe(api).then(
      (me) => setMfa(me.user.mfa),
      (failure: unknown) => setLoadError(errorCode(failure)),
    );
  }, []);

  const accessToken = async () => {
    const token = await freshAccessToken(api, sessions);
    if (!token) throw new ApiError('unauthorized', 401);
    return token;
  };
  const start = useAction(async () => {
    setCode('');
    setSetup(await setUpMfa(api, await accessToken()));
  });
  const confirm = useAction(async () => {
    await enableMfa(api, await accessToken(), code);
    setSetup(undefined);
    setMfa(true);
    announce(m.turnedOn);
  });
  const turnOff = useAction(async () => {
    await disableMfa(api, await accessToken(), password);
    setPassword('');
    setMfa(false);
    announce(m.turnedOff);
  });

  return (
    <section aria-labelledby="security-title">
      <h1 id="security-title">{m.title}</h1>
      <p>{m.intro}</p>
      <ConsoleError code={loadError} />
      {mfa !== undefined && <p class="muted">{mfa ? m.isOn : m.isOff}</p>}
      {mfa === false && !setup && (
        <>
          <ConsoleError code={start.error} />
          <p class="actions">
            <button type="button" class="primary" disabled={start.busy} onClick={() => void start.run()}>
              {m.setUp}
            </button>
          </p>
        </>
      )}
      {mfa === false && setup && (
        <form
          class="settings-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void confirm.run();
          }}
        >
          <h2>{m.keyTitle}</h2>
          <p>{m.keyHint}</p>
          <dl class="mfa-key">
            <dt>{m.key}</dt>
            <dd>
              <code>{groupedKey(setup.secret)}</code>
            </dd>
            <dt>{m.link}</dt>
            <dd>
              <code class="mfa-key__link">{setup.uri}</code>
            </dd>
          </dl>
          <Field
            label={m.code}
            hint={m.codeHint}
            value={code}
            inputMode="numeric"
            autocomplete="one-time-code"
            onValue={setCode}
          />
          <ConsoleError code={confirm.error} />
          <p class="actions">
            <button type="submit" class="primary" disabled={confirm.busy}>
              {m.confirm}
            </button>
            <button type="button" onClick={() => setSetup(undefined)}>
              {m.cancel}
            </button>
          </p>
        </form>
      )}
      {mfa && (
        <form
          class="settings-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void turnOff.run();
          }}
        >
          <p>{m.otherSessions}</p>
          <h2>{m.offTitle}</h2>
          <p>{m.offHint}</p>
          <Field
            label={m.password}
            type="password"
            value={password}
            autocomplete="current-password"
            onValue={setPassword}
          />
          <ConsoleError code={turnOff.error} />
          <p class="actions">
            <button type="submit" disabled={turnOff.busy}>
              {m.turnOff}
            </button>
          </p>
        </form>
      )}
    </section>
  );
}
