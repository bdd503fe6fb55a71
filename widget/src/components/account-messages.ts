/**
 * Components: the texts of "Mon compte", in both languages. They travel in the account screen's
 * chunk: a reader who never opens it never downloads them.
 */
import type { Lang } from '../i18n/index.js';

/** What the account screen says. */
export interface AccountMessages {
  title: string;
  close: string;
  name: string;
  /** True of the API: comments store their author's name when posted (functions/comments/service.ts). */
  nameHint: string;
  /** A publisher's reader (SSO): their name is their account's on the site, changed there. */
  ssoName: (name: string) => string;
  saveName: string;
  renamed: string;
  alerts: string;
  alertReplies: string;
  alertsSaved: string;
  /** The articles the reader follows on this site (a daily digest of their new comments). */
  follows: string;
  noFollows: string;
  unfollow: string;
  unfollowed: string;
  data: string;
  exportData: string;
  exported: string;
  /** Every device's session ends (POST /v1/auth/logout-everywhere). */
  everywhere: string;
  everywhereHint: string;
  remove: string;
  /** What deletion does (functions/accounts/service.ts, deleteAccount; site setting onAccountDeletion). */
  removeWarning: string;
  removeConfirm: string;
  cancel: string;
}

/** The account screen's texts, by language. */
export const accountMessages: Record<Lang, AccountMessages> = {
  fr: {
    title: 'Mon compte',
    close: 'Fermer',
    name: 'Nom affiché',
    nameHint:
      'Vos prochains commentaires porteront ce nom ; ceux déjà publiés gardent le nom sous lequel ils ont été écrits.',
    ssoName: (name) =>
      `Vous commentez sous le nom de votre compte chez ce site, « ${name} » : il se change sur ce compte.`,
    saveName: 'Enregistrer le nom',
    renamed: 'Votre nom est changé.',
    alerts: 'Alertes',
    alertReplies: "M'avertir par e-mail des réponses à mes commentaires",
    alertsSaved: 'Vos alertes sont enregistrées.',
    follows: 'Articles suivis',
    noFollows:
      'Vous ne suivez aucun article. « Suivre cet article », sous un article, vous envoie chaque jour ses nouveaux commentaires.',
    unfollow: 'Ne plus suivre',
    unfollowed: 'Vous ne suivez plus cet article.',
    data: 'Mes données',
    exportData: 'Télécharger mes données',
    exported: 'Vos données sont téléchargées (fichier reagir-export.json).',
    everywhere: 'Se déconnecter partout',
    everywhereHint: 'Termine aussi vos sessions sur vos autres appareils et navigateurs.',
    remove: 'Supprimer mon compte',
    removeWarning:
      'Vos commentaires perdront votre nom et leur texte : ceux qui ont reçu des réponses restent à leur place comme « Commentaire supprimé » (si le site le prévoit), les autres disparaissent du fil. Vos réactions sont retirées, votre compte et vos alertes effacés. C’est définitif.',
    removeConfirm: 'Supprimer définitivement mon compte',
    cancel: 'Annuler',
  },
  en: {
    title: 'My account',
    close: 'Close',
    name: 'Display name',
    nameHint:
      'Your next comments will carry this name; those already published keep the name they were written under.',
    ssoName: (name) =>
      `You comment under the name of your account with this site, “${name}”: it is changed there.`,
    saveName: 'Save the name',
    renamed: 'Your name has been changed.',
    alerts: 'Alerts',
    alertReplies: 'Email me when someone replies to my comments',
    alertsSaved: 'Your alerts have been saved.',
    follows: 'Followed articles',
    noFollows:
      'You follow no article. “Follow this article”, below an article, emails you its new comments daily.',
    unfollow: 'Unfollow',
    unfollowed: 'You no longer follow this article.',
    data: 'My data',
    exportData: 'Download my data',
    exported: 'Your data has been downloaded (file reagir-export.json).',
    everywhere: 'Log out everywhere',
    everywhereHint: 'Also ends your sessions on your other devices and browsers.',
    remove: 'Delete my account',
    removeWarning:
      'Your comments will lose your name and their text: those with replies stay in place as “Comment deleted” (if the site keeps them), the others leave the thread. Your reactions are removed, your account and alerts erased. This cannot be undone.',
    removeConfirm: 'Delete my account for good',
    cancel: 'Cancel',
  },
};
