/** Phase: a banned word, however disguised, rejects the comment (the words found are for moderators only). */

import { findWords } from '../../../shared/text/words.js';
import type { Phase } from '../types.js';

export const bannedWords: Phase = ({ body, site }) => {
  const found = findWords(body, site.bannedWords);
  if (found.length === 0) return undefined;
  return { status: 'rejected', phase: 'banned_words', code: 'banned_word', params: {}, matched: found };
};
