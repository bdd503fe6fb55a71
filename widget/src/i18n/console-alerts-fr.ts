/** i18n: the console's "Mes alertes" screen, in French. */
import type { AlertMessages } from './console-messages.js';

/** French texts of the staff member's own alerts. */
export const alertsFr: AlertMessages = {
  title: (site) => `Mes alertes pour le site ${site}`,
  intro:
    'Ces réglages ne valent que pour vous et pour ce site. Les e-mails partent à l’adresse de votre compte.',
  digest: 'Résumé des files « En attente », « Signalés » et « Notifications légales »',
  frequencies: {
    off: 'Jamais',
    '15m': 'Toutes les 15 minutes',
    '1h': 'Toutes les heures',
    '1d': 'Une fois par jour',
  },
  notices: 'M’écrire dès qu’un contenu illicite est signalé',
  noticesHint: 'Un e-mail par signalement, sans attendre le résumé.',
  save: 'Enregistrer mes alertes',
  saved: 'Alertes enregistrées.',
  nextDigest: (at) =>
    at ? `Prochain résumé : ${at} (s’il y a des commentaires à modérer).` : 'Aucun résumé prévu.',
};
