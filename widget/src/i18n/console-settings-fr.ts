/** i18n: the site settings page of the console, in French. */
import type { SettingsMessages } from './console-messages.js';

/** French texts of the site settings page. */
export const settingsFr: SettingsMessages = {
  title: (site) => `Réglages du site ${site}`,
  labels: {
    moderation: 'Modération',
    guests: "Accepter les commentaires d'invités (sans compte)",
    holdGuests: "Faire relire les commentaires d'invités",
    allowedOrigins: 'Origines autorisées',
    maxDepth: 'Profondeur maximale des réponses',
    maxLength: 'Longueur maximale (caractères)',
    editWindowSeconds: 'Délai de modification (secondes)',
    reactionTypes: 'Réactions proposées',
    reactionsPerReader: 'Réactions par lecteur',
    reactionsWhenClosed: 'Accepter les réactions sur les articles fermés',
    autoCloseAfterDays: 'Fermer les articles après (jours ; 0 : jamais)',
    bannedWords: 'Mots interdits (refusés)',
    suspectWords: 'Mots suspects (relus)',
    maxLinks: 'Liens par commentaire avant relecture',
    holdFirstComments: 'Premiers commentaires relus (0 : aucun)',
    classifierThreshold: 'Seuil du filtre automatique (0 à 1 ; 1 le désactive)',
    hideReported: 'Masquer un commentaire dès le seuil de signalements',
    reportThreshold: 'Seuil de signalements',
    charterUrl: 'Charte de modération (adresse)',
    privacyUrl: 'Politique de confidentialité (adresse)',
  },
  hints: {
    autoCloseAfterDays: 'À compter du premier commentaire de l’article.',
    allowedOrigins: 'Une par ligne, par exemple https://www.exemple.fr ; * pour toutes.',
    bannedWords: 'Un par ligne ; la casse, les accents et les lettres déguisées sont ignorés.',
    suspectWords: 'Un par ligne.',
    charterUrl: 'Lien affiché sous le formulaire de commentaire ; vide : aucun.',
    privacyUrl: 'Lien affiché sous le formulaire de commentaire ; vide : aucun.',
  },
  modes: { pre: 'Prémodération : tout est relu avant publication', post: 'Postmodération' },
  perReader: { one: 'Une seule, remplacée', many: 'Plusieurs, cumulées' },
  reactions: {
    like: "J'aime",
    love: "J'adore",
    laugh: 'Rire',
    wow: 'Surprise',
    sad: 'Triste',
    angry: 'Colère',
  },
  save: 'Enregistrer',
  saved: 'Réglages enregistrés.',
};
