/**
 * i18n: the catalogue of the page's language, handed to components through a context so the same
 * components serve the embed and the moderator console. French, the default, is in the entry
 * script; English and the error messages are chunks, loaded only when needed.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { fr } from './fr.js';
import type { ErrorMessages, I18n, Lang, Messages } from './messages.js';

export { loadMessages, toLang } from './lang.js';
export type { ErrorMessages, I18n, Lang, Messages };

/** The error messages of `lang`, from their chunk. */
export const loadErrors = async (lang: Lang): Promise<ErrorMessages> =>
  (await (lang === 'fr' ? import('./errors-fr.js') : import('./errors-en.js'))).errors;

/** Provides the I18n of the enclosing widget; French by default. */
export const I18nContext = createContext<I18n>({ lang: 'fr', t: fr });

/** The language and catalogue of the enclosing widget. */
export const useI18n = (): I18n => useContext(I18nContext);
