/**
 * Components: the texts of the staff menu, in both languages. They travel in the menu's chunk:
 * only a moderator signed in on the article page downloads them.
 */
import type { Lang } from '../i18n/index.js';

/** What the staff menu offers, in its order. */
export type StaffAction = 'approve' | 'reject' | 'spam' | 'ban7' | 'ban';

/** What the staff menu says. */
export interface StaffMessages {
  menu: string;
  label: (name: string) => string;
  actions: Record<StaffAction, string>;
  done: Record<StaffAction, string>;
  /** A decision someone else made first: what they did, who, how long ago. */
  already: (action: string, name: string, when: string) => string;
  changed: string;
  published: string;
  /** Who changed it when it was no person: the automatic rules. */
  system: string;
}

const fr: StaffMessages = {
  menu: 'Modérer',
  label: (name) => `Modérer le commentaire de ${name}`,
  actions: {
    approve: 'Approuver',
    reject: 'Refuser',
    spam: 'Spam',
    ban7: 'Bannir l’auteur 7 jours',
    ban: 'Bannir l’auteur définitivement',
  },
  done: {
    approve: 'Commentaire approuvé.',
    reject: 'Commentaire refusé : il a quitté le fil.',
    spam: 'Commentaire classé spam : il a quitté le fil.',
    ban7: 'Auteur banni pour 7 jours.',
    ban: 'Auteur banni définitivement.',
  },
  system: 'le système (automatique)',
  already: (action, name, when) =>
    `Déjà ${({ approve: 'approuvé', reject: 'refusé', spam: 'classé spam', delete: 'supprimé' } as Record<string, string>)[action] ?? 'changé'}${name ? ` par ${name}` : ''} ${when}.`,
  changed: 'Ce commentaire a changé entre-temps.',
  published: 'Ce commentaire est déjà publié : rien à approuver.',
};

const en: StaffMessages = {
  menu: 'Moderate',
  label: (name) => `Moderate ${name}’s comment`,
  actions: {
    approve: 'Approve',
    reject: 'Reject',
    spam: 'Spam',
    ban7: 'Ban the author for 7 days',
    ban: 'Ban the author for good',
  },
  done: {
    approve: 'Comment approved.',
    reject: 'Comment rejected: it left the thread.',
    spam: 'Comment marked as spam: it left the thread.',
    ban7: 'Author banned for 7 days.',
    ban: 'Author banned for good.',
  },
  system: 'the system (automatic)',
  already: (action, name, when) =>
    `Already ${({ approve: 'approved', reject: 'rejected', spam: 'marked as spam', delete: 'deleted' } as Record<string, string>)[action] ?? 'changed'}${name ? ` by ${name}` : ''} ${when}.`,
  changed: 'This comment changed meanwhile.',
  published: 'This comment is already published: nothing to approve.',
};

/** The staff menu's texts in `lang`. */
export const staffMessages = (lang: Lang): StaffMessages => (lang === 'en' ? en : fr);
