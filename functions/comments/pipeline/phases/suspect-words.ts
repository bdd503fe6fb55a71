/** Phase: a suspect word holds the comment for a moderator (the words found are for moderators only). */

import { findWords } from '../../../shared/text/words.js';
import type { Phase } from '../types.js';

export const suspectWords: Phase = ({ body, site }) => {
  const found = findWords(body, site.suspectWords);
  if (found.length === 0) return undefined;
  return { status: 'pending', phase: 'suspect_words', code: 'suspect_word', params: {}, matched: found };
};
