/** i18n: the page's language, in a module of its own so the entry script reads it without the hooks (and the catalogue of a language). */
import { fr } from './fr.js';
import type { Lang, Messages } from './messages.js';

/** `en` for an English tag ("en", "en-GB"...), French otherwise: French first. */
export const toLang = (tag: string | null | undefined): Lang => (/^en\b/i.test(tag ?? '') ? 'en' : 'fr');

/** The messages of `lang`: at once for French, from the English chunk otherwise. */
export const loadMessages = async (lang: Lang): Promise<Messages> =>
  lang === 'fr' ? fr : (await import('./en.js')).en;
