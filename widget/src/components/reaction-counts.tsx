/**
 * Components: the reactions of a comment or of the article as plain text ("👍 3 ❤️ 1"), what the
 * entry script shows until the interactive chunk turns them into toggle buttons (ReactionBar).
 */
import type { ReactionType } from '../api/reactions.js';
import { formatNumber } from '../i18n/format.js';
import type { I18n } from '../i18n/messages.js';

/** The emoji of each reaction type: decoration, the label is what is read out. */
export const EMOJI: Record<ReactionType, string> = {
  like: '👍',
  love: '❤️',
  laugh: '😄',
  wow: '😮',
  sad: '😢',
  angry: '😠',
};

/** Props of ReactionCounts. */
export interface ReactionCountsProps extends I18n {
  types: readonly ReactionType[];
  counts: Record<string, number>;
}

/** One emoji per type the site offers (its label as tooltip), with its count when there is one, as the buttons show it. */
export function ReactionCounts({ types, counts, t, lang }: ReactionCountsProps) {
  return types.length ? (
    <p class="rx">
      {types.map((type) => {
        const count = counts[type] ?? 0;
        return (
          <span title={t.reactions[type]}>
            {EMOJI[type]}
            {count > 0 && ` ${formatNumber(count, lang)}`}
          </span>
        );
      })}
    </p>
  ) : null;
}
