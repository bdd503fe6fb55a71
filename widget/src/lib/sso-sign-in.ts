/**
 * The site's own sign-in (host-site SSO, docs/sso.md) as the account line offers it: a
 * link to the publisher's login page with the way back, or the page's token asked for now; and
 * the logout of a publisher's reader.
 */
import { errorCode } from '../api/api-error.js';
import type { SessionStore } from '../api/session-store.js';
import { hasSsoSource, signInWithSso, signOutOfSso } from '../api/sso.js';
import type { AccountBarProps } from '../components/account-bar.js';
import { type EmbedOptions, loginHref } from '../embed/options.js';

export interface SsoSignInSay {
  /** Signed in, or the page had no token (the reader is not logged in there). */
  signedIn(ok: boolean): void;
  /** A refusal's code (a token the API refused). */
  failure(code: ReturnType<typeof errorCode> | undefined): void;
}

/** The account line's SSO entry on a site that takes its own readers (undefined elsewhere). */
export function ssoSignIn(
  options: EmbedOptions,
  sessions: SessionStore,
  siteSso: boolean | undefined,
  say: SsoSignInSay,
): AccountBarProps['sso'] {
  if (!siteSso) return undefined;
  if (options.loginUrl) return { href: loginHref(options.loginUrl, location.href) };
  if (!hasSsoSource(options.api)) return undefined;
  return {
    onLogin() {
      say.failure(undefined);
      signInWithSso(options.api, sessions).then(
        (signedIn) => say.signedIn(signedIn),
        (error: unknown) => say.failure(errorCode(error)),
      );
    },
  };
}

/** Signs a publisher's reader out of Réagir; false for a Réagir account's session (not theirs). */
export async function logOutSso(options: EmbedOptions, sessions: SessionStore): Promise<boolean> {
  if (!sessions.get()?.sso) return false;
  await signOutOfSso(options.api, sessions, options.site).catch(() => undefined);
  return true;
}
