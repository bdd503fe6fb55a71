/**
 * Components: the names of the site's links under the comment form, in both languages. They
 * travel with the form's controls (a chunk), not in the entry.
 */
import type { Lang } from '../i18n/index.js';

/** What the form's links are called. */
export interface FormLinksMessages {
  charter: string;
  privacy: string;
}

/** The links' names, by language. */
export const formLinksMessages: Record<Lang, FormLinksMessages> = {
  fr: { charter: 'Charte de modération', privacy: 'Politique de confidentialité' },
  en: { charter: 'Comment guidelines', privacy: 'Privacy policy' },
};
