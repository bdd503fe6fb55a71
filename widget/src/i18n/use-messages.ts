/** i18n: the catalogue of a language as a hook: French at once, English once its chunk is there. */
import { useLoaded } from '../hooks/use-loaded.js';
import { fr } from './fr.js';
import { type Lang, loadMessages, type Messages } from './index.js';

/** The messages of `lang`; undefined while the English chunk loads. */
export function useMessages(lang: Lang): Messages | undefined {
  // Should the chunk fail to load, French is better than nothing.
  const loaded = useLoaded(() => loadMessages(lang).catch(() => fr), lang !== 'fr');
  return lang === 'fr' ? fr : loaded;
}
