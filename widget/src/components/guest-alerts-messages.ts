/**
 * Components: the guest's "Me prévenir des réponses" box under the comment form, in both
 * languages. It travels with the form's controls (a chunk), not in the entry.
 */
import type { Lang } from '../i18n/index.js';

/** What the box and its hint say. */
export interface GuestAlertsMessages {
  notifyReplies: string;
  /** Double opt-in: the address is confirmed by a link before anything else is sent. */
  notifyHint: string;
}

/** The box's texts, by language. */
export const guestAlertsMessages: Record<Lang, GuestAlertsMessages> = {
  fr: {
    notifyReplies: 'Me prévenir des réponses',
    notifyHint: 'Vous recevrez d’abord un e-mail pour confirmer votre adresse.',
  },
  en: {
    notifyReplies: 'Notify me of replies',
    notifyHint: 'You will first get an email to confirm your address.',
  },
};
