/** Console: the button that switches French and English, named in the language it switches to. */

import { useConsoleText } from '../i18n/console-index.js';
import type { Lang } from '../i18n/index.js';

/** "English" in the French console, "Français" in the English one. */
export function LangSwitch({ onSwitch }: { onSwitch(lang: Lang): void }) {
  const { otherLang } = useConsoleText();
  return (
    <button type="button" class="lang-switch" lang={otherLang.lang} onClick={() => onSwitch(otherLang.lang)}>
      {otherLang.label}
    </button>
  );
}
