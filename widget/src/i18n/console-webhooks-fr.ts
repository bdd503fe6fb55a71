/** i18n: the webhooks screen of the console, in French. */
import type { WebhookMessages } from './console-messages.js';

/** French texts of the webhooks screen. */
export const webhooksFr: WebhookMessages = {
  title: (site) => `Webhooks du site ${site}`,
  intro:
    'Vos outils reçoivent les événements du site, signés selon Standard Webhooks. Adresse en https:// vers Internet uniquement.',
  none: 'Aucun point de terminaison pour ce site.',
  addTitle: 'Ajouter un point de terminaison',
  url: 'URL',
  description: 'Description (facultative)',
  events: 'Événements',
  add: 'Ajouter',
  secretTitle: 'Secret de signature',
  secretHint:
    'Copiez ce secret maintenant et gardez-le dans votre récepteur : il ne sera plus jamais affiché.',
  secretDone: 'J’ai copié le secret',
  status: { active: 'Actif', failing: 'En échec', disabled: 'Désactivé (410)' },
  lastDelivery: (at, code) => `Dernière livraison : ${at} (${code})`,
  test: 'Envoyer un événement de test',
  delete: 'Supprimer',
  confirmDelete: (url) => `Supprimer le point de terminaison ${url} ? Il ne recevra plus rien.`,
  deleted: 'Point de terminaison supprimé.',
  testSent: (status) => `Événement de test : ${status}.`,
  log: 'Journal des livraisons',
  hideLog: 'Masquer le journal',
  logCaption: (url) => `Livraisons vers ${url}, les plus récentes d’abord`,
  noDeliveries: 'Aucune livraison pour l’instant.',
  columns: {
    at: 'Date',
    type: 'Événement',
    attempt: 'Tentative',
    result: 'Réponse',
    status: 'État',
    action: 'Action',
  },
  deliveryStatus: { sent: 'Livré', retrying: 'Nouvel essai prévu', failed: 'Échec' },
  sendAgain: 'Renvoyer',
  resent: (status) => `Renvoi : ${status}.`,
};
