/**
 * Console: the page an invitation's link opens (`#/invitation/<token>`): who invites the person to
 * which site and role; a name and a password make their account (or, when the email has one
 * by now, its password proves it); then they are signed in to the console. The token stays in the
 * hash, which no request carries, and is sent only in the bodies of the two calls.
 */
import type { ComponentChild } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { type AuthTokens, isMfaChallenge, login } from '../api/auth.js';
import type { Fetcher } from '../api/fetcher.js';
import { acceptInvitation, type InvitationView, lookUpInvitation } from '../api/team.js';
import { Field } from '../components/field.js';
import { useAction } from '../hooks/use-action.js';
import { useConsoleText } from '../i18n/console-index.js';
import { useI18n } from '../i18n/index.js';
import { ConsoleError } from './components/console-error.js';

const PREFIX = '#/invitation/';

/** The token of an invitation link's hash, if the console was opened on one. */
export const invitationToken = (hash: string): string | undefined =>
  hash.startsWith(PREFIX) ? hash.slice(PREFIX.length) || undefined : undefined;

/** Props of InvitationPage. */
export interface InvitationPageProps {
  api: Fetcher;
  token: string;
  /** Signs the new member in, as the login page does. */
  onLogin(tokens: AuthTokens): void;
  langSwitch: ComponentChild;
}

/** The invitation, then the form that accepts it. */
export function InvitationPage({ api, token, onLogin, langSwitch }: InvitationPageProps) {
  const c = useConsoleText();
  const { t } = useI18n();
  const m = c.invitation;
  const [invitation, setInvitation] = useState<InvitationView>();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [joined, setJoined] = useState(false);
  const read = useAction(async () => setInvitation(await lookUpInvitation(api, token)));
  useEffect(() => void read.run(), [token]);
  const accept = useAction(async () => {
    if (!invitation) return;
    await acceptInvitation(api, token, name.trim(), password);
    setJoined(true);
    // Signed in with what they just typed; if that needs more (a second factor), the login page asks.
    const tokens = await login(api, invitation.email, password).catch(() => undefined);
    history.replaceState(
      null,
      '',
      `${location.pathname}?site=${encodeURIComponent(invitation.site)}#/queue/pending`,
    );
    // A second factor (an existing account with TOTP on): the login page asks for its code.
    if (tokens && !isMfaChallenge(tokens)) onLogin(tokens);
    dispatchEvent(new HashChangeEvent('hashchange'));
  });

  return (
    <main class="login-page">
      <form
        class="panel"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          accept.run();
        }}
      >
        <h1>{invitation ? m.title(invitation.siteName) : c.appTitle}</h1>
        {!invitation && !read.error && <p class="muted">{m.checking}</p>}
        <ConsoleError code={read.error} />
        {invitation && !joined && (
          <>
            <p>{m.intro(invitation.invitedByName, invitation.siteName, c.team.roles[invitation.role])}</p>
            <p class="muted">{invitation.hasAccount ? m.existingAccount(invitation.email) : m.newAccount}</p>
            <Field
              label={t.email}
              type="email"
              value={invitation.email}
              readOnly
              autocomplete="username"
              onValue={() => undefined}
            />
            {!invitation.hasAccount && (
              <Field
                label={m.name}
                hint={m.nameHint}
                value={name}
                autocomplete="nickname"
                onValue={setName}
              />
            )}
            <Field
              label={m.password}
              hint={invitation.hasAccount ? undefined : m.passwordHint}
              type="password"
              value={password}
              autocomplete={invitation.hasAccount ? 'current-password' : 'new-password'}
              onValue={setPassword}
            />
            <ConsoleError code={accept.error} />
            <p class="actions">
              <button
                type="submit"
                class="primary"
                disabled={accept.busy || !password || (!invitation.hasAccount && !name.trim())}
              >
                {m.accept}
              </button>
              {langSwitch}
            </p>
          </>
        )}
        {joined && invitation && (
          <p role="status">
            {m.joined(invitation.siteName)} <a href="#/queue/pending">{m.openConsole}</a>
          </p>
        )}
        {!invitation && <p class="actions">{langSwitch}</p>}
      </form>
    </main>
  );
}
