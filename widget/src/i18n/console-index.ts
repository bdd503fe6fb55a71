/**
 * i18n: the moderator console's catalogues and context. The console also provides the widget's
 * I18nContext, so shared components (fields, error texts, comment text) speak its language; the
 * console bundles both widget catalogues, having no page weight to save.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { consoleEn } from './console-en.js';
import { consoleFr } from './console-fr.js';
import type { ConsoleMessages } from './console-messages.js';
import { en } from './en.js';
import { fr } from './fr.js';
import type { I18n, Lang } from './index.js';

export type { ConsoleMessages };

/** Every console catalogue, by language. */
export const consoleCatalogues: Record<Lang, ConsoleMessages> = { fr: consoleFr, en: consoleEn };

/** The widget's I18n of `lang`, for the shared components. */
export const sharedI18n = (lang: Lang): I18n => ({ lang, t: lang === 'en' ? en : fr });

/** Provides the console's messages; French by default. */
export const ConsoleText = createContext<ConsoleMessages>(consoleFr);

/** The console's messages in the chosen language. */
export const useConsoleText = (): ConsoleMessages => useContext(ConsoleText);
