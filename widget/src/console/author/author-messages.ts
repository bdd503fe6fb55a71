/**
 * Console: the texts of the author panel's own sections (since when, reports, ban history, notes,
 * warning), in both languages, beside the components that use them.
 */
import type { Lang } from '../../i18n/index.js';

/** What the author panel's sections say. */
export interface AuthorMessages {
  joinedAccount: (date: string) => string;
  joinedFirstComment: (date: string) => string;
  reports: (total: number, comments: number) => string;
  banHistory: string;
  banEntry: (until: string | undefined) => string;
  forever: string;
  unbanEntry: string;
  noBans: string;
  by: (name: string, date: string) => string;
  notes: string;
  noNotes: string;
  addNote: string;
  noteAdded: string;
  warn: string;
  warnMessage: string;
  warnHint: string;
  warnSend: string;
  warnSent: string;
  warnShown: string;
  warnDismissed: (date: string) => string;
  lastWarning: string;
}

const fr: AuthorMessages = {
  joinedAccount: (date) => `Compte créé le ${date}`,
  joinedFirstComment: (date) => `Invité, premier commentaire le ${date}`,
  reports: (total, comments) =>
    total === 0
      ? 'Aucun signalement reçu'
      : `${total} signalement${total > 1 ? 's' : ''} reçu${total > 1 ? 's' : ''} sur ${comments} commentaire${comments > 1 ? 's' : ''}`,
  banHistory: 'Historique des bannissements',
  banEntry: (until) => (until ? `Banni jusqu’au ${until}` : 'Banni'),
  forever: 'Banni définitivement',
  unbanEntry: 'Bannissement levé',
  noBans: 'Jamais banni',
  by: (name, date) => (name ? `par ${name}, ${date}` : date),
  notes: 'Notes des modérateurs',
  noNotes: 'Aucune note',
  addNote: 'Ajouter la note',
  noteAdded: 'Note ajoutée.',
  warn: 'Avertir',
  warnMessage: 'Message à l’auteur',
  warnHint: 'L’auteur le lira dans le fil à sa prochaine visite, connecté.',
  warnSend: 'Envoyer l’avertissement',
  warnSent: 'Avertissement envoyé.',
  warnShown: 'pas encore lu',
  warnDismissed: (date) => `lu le ${date}`,
  lastWarning: 'Dernier avertissement',
};

const en: AuthorMessages = {
  joinedAccount: (date) => `Account created on ${date}`,
  joinedFirstComment: (date) => `Guest, first comment on ${date}`,
  reports: (total, comments) =>
    total === 0
      ? 'No reports received'
      : `${total} report${total > 1 ? 's' : ''} received on ${comments} comment${comments > 1 ? 's' : ''}`,
  banHistory: 'Ban history',
  banEntry: (until) => (until ? `Banned until ${until}` : 'Banned'),
  forever: 'Banned for good',
  unbanEntry: 'Ban lifted',
  noBans: 'Never banned',
  by: (name, date) => (name ? `by ${name}, ${date}` : date),
  notes: 'Moderators’ notes',
  noNotes: 'No notes',
  addNote: 'Add the note',
  noteAdded: 'Note added.',
  warn: 'Warn',
  warnMessage: 'Message to the author',
  warnHint: 'The author will read it in the thread on their next visit, signed in.',
  warnSend: 'Send the warning',
  warnSent: 'Warning sent.',
  warnShown: 'not read yet',
  warnDismissed: (date) => `read on ${date}`,
  lastWarning: 'Latest warning',
};

/** The author panel's texts in `lang`. */
export const authorMessages = (lang: Lang): AuthorMessages => (lang === 'en' ? en : fr);
