/**
 * Components: what the widget says about the reader's session and account line beyond the
 * shared catalogue, in both languages. In the interactive chunk, not the entry: the preview
 * never shows them.
 */
import type { Lang } from '../i18n/index.js';

/** Texts of the session's end, of blocked storage and of the account line's "Mon compte". */
export interface SessionMessages {
  /** The session ended without the reader logging out here (refused refresh, another tab, a 401). */
  expired: string;
  /** Storage is blocked: the login lasts until the page is reloaded. */
  memoryOnly: string;
  myAccount: string;
  /** After the account's deletion. */
  deleted: string;
  /** After "Se déconnecter partout" in "Mon compte". */
  everywhere: string;
  /** Beside the site's own sign-in: Réagir's account as the other way in. */
  withReagir: string;
  /** The site's sign-in gave no token (the reader is not logged in there). */
  ssoNoToken: string;
}

/** The session texts, by language. */
export const sessionMessages: Record<Lang, SessionMessages> = {
  fr: {
    expired: 'Votre session a expiré : reconnectez-vous',
    memoryOnly:
      'Votre navigateur bloque le stockage de cette page : vous serez déconnecté(e) en la rechargeant.',
    myAccount: 'Mon compte',
    deleted: 'Votre compte est supprimé.',
    everywhere: 'Vous êtes déconnecté(e) sur tous vos appareils.',
    withReagir: 'Ou avec un compte Réagir :',
    ssoNoToken: "Connectez-vous d'abord sur le site, puis revenez à cet article.",
  },
  en: {
    expired: 'Your session has expired: please log in again',
    memoryOnly: 'Your browser blocks storage on this page: reloading it will log you out.',
    myAccount: 'My account',
    deleted: 'Your account has been deleted.',
    everywhere: 'You have been logged out on all your devices.',
    withReagir: 'Or with a Réagir account:',
    ssoNoToken: 'Log in on the site first, then come back to this article.',
  },
};
