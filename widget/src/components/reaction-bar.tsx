/**
 * Components: the reaction buttons of a comment or of the article: one toggle button per type the
 * site offers, with its count, pressed (`aria-pressed`) when the reader chose it. The emoji is
 * decoration; the name read out is the type's label and the count.
 */
import type { ReactionType } from '../api/reactions.js';
import { formatNumber } from '../i18n/format.js';
import { useI18n } from '../i18n/index.js';
import { EMOJI } from './reaction-counts.js';

/** Props of ReactionBar. */
export interface ReactionBarProps {
  types: readonly ReactionType[];
  counts: Record<string, number>;
  mine: readonly string[];
  /** Names the group for assistive technology ("Réactions à l'article"). */
  label?: string;
  /** The article is closed to reactions: the counts show, the buttons cannot be pressed. */
  disabled?: boolean;
  onToggle(type: ReactionType): void;
}

/** A row of toggle buttons; with a single type its label is shown, with several only the emoji. */
export function ReactionBar({ types, counts, mine, label, disabled, onToggle }: ReactionBarProps) {
  const { t, lang } = useI18n();
  if (!types.length) return null;
  return (
    <fieldset class="rx" aria-label={label}>
      {types.map((type) => {
        const count = counts[type] ?? 0;
        return (
          <button
            key={type}
            type="button"
            aria-pressed={mine.includes(type)}
            title={t.reactions[type]}
            disabled={disabled}
            onClick={() => onToggle(type)}
          >
            <span aria-hidden="true">{EMOJI[type]}</span>{' '}
            <span class={types.length > 1 ? 'sr' : undefined}>{t.reactions[type]}</span>
            {count > 0 && ` ${formatNumber(count, lang)}`}
          </button>
        );
      })}
    </fieldset>
  );
}
