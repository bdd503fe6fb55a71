/**
 * Components: the texts the interactive thread adds to the shared catalogue, in both languages.
 * They travel in the kit with the thread's components, not in the entry script.
 */
import type { Lang } from '../i18n/index.js';

/** What a comment of the interactive thread says beyond the shared catalogue. */
export interface ThreadMessages {
  /** Above a reply that answers another comment than its parent (the deepest level). */
  inReplyTo: (name: string) => string;
  readMore: string;
  readLess: string;
}

/** The thread's own texts by language. */
export const threadMessages: Record<Lang, ThreadMessages> = {
  fr: {
    inReplyTo: (name) => `en réponse à ${name}`,
    readMore: 'Lire la suite',
    readLess: 'Réduire',
  },
  en: {
    inReplyTo: (name) => `in reply to ${name}`,
    readMore: 'Read more',
    readLess: 'Show less',
  },
};
