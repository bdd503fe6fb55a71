/**
 * i18n: the catalogue of the page's language, handed to components through a context so the same
 * components serve the embed and the moderator console. French, the default, is in the entry
 * script; English and the error messages are chunks, loaded only when needed.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { fr } from './fr.js';
import type { ErrorMessages, Lang, Messages } from './messages.js';

export type { ErrorMessages, Lang, Messages };

/** `en` for an English tag ("en", "en-GB"...), French otherwise: French first. */
export const toLang = (tag: string | null | undefined): Lang => (/^en\b/i.test(tag ?? '') ? 'en' : 'fr');

/** The messages of `lang`: at once for French, from the English chunk otherwise. */
export const loadMessages = async (lang: Lang): Promise<Messages> =>
  lang === 'fr' ? fr : (await import('./en.js')).en;

/** The error messages of `lang`, from their chunk. */
export const loadErrors = async (lang: Lang): Promise<ErrorMessages> =>
  (await (lang === 'fr' ? import('./errors-fr.js') : import('./errors-en.js'))).errors;

/** The language of a widget and its messages. */
export interface I18n {
  lang: Lang;
  t: Messages;
}

/** Provides the I18n of the enclosing widget; French by default. */
export const I18nContext = createContext<I18n>({ lang: 'fr', t: fr });

/** The language and catalogue of the enclosing widget. */
export const useI18n = (): I18n => useContext(I18nContext);
