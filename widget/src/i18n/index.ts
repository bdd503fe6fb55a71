/**
 * i18n: picks the catalogue of the page's language and hands it to components through a context,
 * so the same components serve the embed and the moderator console.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { en } from './en.js';
import { fr } from './fr.js';
import type { Lang, Messages } from './messages.js';

export type { Lang, Messages };

/** Every catalogue, by language. */
export const catalogues: Record<Lang, Messages> = { fr, en };

/** `en` for an English tag ("en", "en-GB"...), French otherwise: French first. */
export const toLang = (tag: string | null | undefined): Lang => (/^en\b/i.test(tag ?? '') ? 'en' : 'fr');

/** The language of a widget and its messages. */
export interface I18n {
  lang: Lang;
  t: Messages;
}

/** Provides the I18n of the enclosing widget; French by default. */
export const I18nContext = createContext<I18n>({ lang: 'fr', t: fr });

/** The language and catalogue of the enclosing widget. */
export const useI18n = (): I18n => useContext(I18nContext);
