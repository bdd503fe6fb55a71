/** i18n: the French error messages, a chunk loaded when the first error is shown. */
import type { ErrorMessages } from './messages.js';

// Codes a reader cannot act on one by one share a message: fewer bytes for the same advice.
const reload = 'Une erreur est survenue : rechargez la page et réessayez.';
const retry = 'Une erreur est survenue de notre côté. Réessayez.';
const n = (value: number) => value.toLocaleString('fr');
// "40 secondes", "2 minutes": a wait rounded up to the minute past one minute.
const wait = (seconds: number) =>
  seconds < 60
    ? `${n(seconds)} seconde${seconds > 1 ? 's' : ''}`
    : `${n(Math.ceil(seconds / 60))} minute${seconds > 60 ? 's' : ''}`;

/** French messages of every error code. */
export const errors: ErrorMessages = {
  invalid_json: reload,
  invalid_request: 'Certains champs ne sont pas valides. Vérifiez-les et réessayez.',
  invalid_cursor: reload,
  body_empty: 'Votre commentaire est vide.',
  body_too_long: ({ length, max }) =>
    length && max
      ? `Votre commentaire est trop long (${n(length)} caractères ; ${n(max)} au plus).`
      : 'Votre commentaire est trop long.',
  parent_not_found: "Le commentaire auquel vous répondez n'existe plus.",
  parent_too_deep: "Il n'est plus possible de répondre à ce niveau de la discussion.",
  invalid_code: "Ce code n'est pas valide ou a expiré.",
  invalid_mfa_code: "Ce code n'est pas le bon : tapez celui que votre application affiche maintenant.",
  mfa_session_expired: 'Le délai pour taper le code est passé : reconnectez-vous.',
  reaction_type_not_enabled: "Cette réaction n'est pas proposée sur ce site.",
  password_too_weak: 'Mot de passe trop faible : 8 caractères minimum.',
  report_text_required: 'Précisez en quelques mots ce qui ne va pas dans ce commentaire.',
  reporter_email_required: 'Indiquez votre e-mail pour signaler ce commentaire.',
  notifier_required: 'Un signalement de contenu illicite doit indiquer votre nom et votre e-mail.',
  good_faith_required: 'Cochez la déclaration de bonne foi pour envoyer ce signalement.',
  invalid_credentials: 'Identifiant et/ou mot de passe non valides',
  sso_token_expired: 'Votre session sur ce site a expiré : reconnectez-vous.',
  sso_token_not_yet_valid: "Votre session sur ce site n'a pas pu s'ouvrir : réessayez dans un instant.",
  sso_unknown_key: "Votre session sur ce site n'a pas pu être vérifiée : reconnectez-vous.",
  sso_algorithm_refused: "Votre session sur ce site n'a pas pu être vérifiée : reconnectez-vous.",
  sso_bad_signature: "Votre session sur ce site n'a pas pu être vérifiée : reconnectez-vous.",
  sso_claims_invalid: "Votre session sur ce site n'a pas pu être lue : reconnectez-vous.",
  sso_disabled: "Ce site n'accepte pas (ou plus) sa propre connexion : contactez la rédaction.",
  sso_wrong_site: 'Votre session vaut pour un autre site : reconnectez-vous sur celui-ci.',
  sso_profile_managed: 'Votre nom se change sur le compte que vous avez chez ce site.',
  mfa_required:
    'Ce site demande la validation en deux étapes à son équipe : activez-la dans la page Sécurité de la console.',
  accounts_not_accepted:
    'Ce site accepte seulement sa propre connexion : connectez-vous avec votre compte chez lui.',
  invitation_not_valid:
    "Ce lien d'invitation n'est plus valable (utilisé, retiré ou expiré) : demandez-en un nouveau à l'administrateur du site.",
  mail_not_sent:
    "L'e-mail n'a pas pu être envoyé ; ce qui a été enregistré l'est toujours. Réessayez dans un moment.",
  sso_role_not_allowed: 'La connexion de ce site est mal configurée : contactez la rédaction.',
  unauthorized: 'Votre session a expiré : veuillez vous reconnecter.',
  forbidden: "Vous n'avez pas le droit de faire cela.",
  origin_not_allowed: "Ce site n'accepte pas les commentaires depuis cette page.",
  guests_not_allowed: 'Connectez-vous pour réagir à cet article.',
  page_closed: 'Les commentaires sont fermés pour cet article.',
  page_url_not_allowed: "L'adresse de l'article doit être sur l'un des domaines du site.",
  webhook_url_refused:
    'Cette adresse de webhook est refusée : elle doit commencer par https:// et mener à une adresse publique d’Internet.',
  account_not_confirmed: "Votre compte n'est pas encore confirmé : saisissez le code reçu par mail.",
  banned: ({ until }) =>
    until
      ? `Votre compte ne peut plus publier de commentaires jusqu'au ${new Date(until).toLocaleDateString('fr', { dateStyle: 'long' })}.`
      : 'Votre compte ne peut plus publier de commentaires.',
  own_ban: 'Un autre modérateur doit lever votre bannissement.',
  edit_window_closed: 'Le délai pour modifier ce commentaire est passé (vous pouvez toujours le supprimer).',
  not_found: reload,
  site_not_found: 'Les commentaires ne sont pas configurés pour ce site.',
  comment_not_found: "Ce commentaire n'existe plus.",
  method_not_allowed: reload,
  conflict: retry,
  name_taken: "Ce nom est celui d'un lecteur inscrit : choisissez-en un autre ou connectez-vous.",
  action_not_allowed: "Cette action n'est pas possible sur ce commentaire.",
  already_reported: 'Vous avez déjà signalé ce commentaire.',
  export_running: 'Un export de ce site est déjà en cours : attendez qu’il se termine.',
  follows_full:
    'Vous suivez déjà autant d’articles que possible : ne suivez plus l’un d’eux dans « Mon compte » pour en suivre un autre.',
  payload_too_large: 'Votre message est trop volumineux.',
  unsupported_media_type: reload,
  idempotency_key_reused: "Votre commentaire a changé pendant l'envoi : publiez-le à nouveau.",
  rate_limited: ({ retryAfter }) =>
    retryAfter
      ? `Vous publiez trop vite : réessayez dans ${wait(retryAfter)}.`
      : 'Vous publiez trop vite : patientez un instant.',
  internal_error: retry,
  service_unavailable: "Service momentanément indisponible. Rien n'a été enregistré : réessayez.",
  network_error: 'Connexion impossible. Vérifiez votre réseau et réessayez.',
  unknown_error: retry,
  invalid_email: "Nous n'avons pas reconnu votre email, veuillez indiquer un email valide",
  name_required: 'Indiquez votre nom.',
};
