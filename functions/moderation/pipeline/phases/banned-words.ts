/** Phase: a banned word, however disguised, rejects the comment. */
import type { Phase } from '../types.js';
import { findWords } from '../words.js';

export const bannedWords: Phase = ({ body, site }) => {
  const found = findWords(body, site.bannedWords);
  if (found.length === 0) return undefined;
  return { status: 'rejected', phase: 'banned_words', reason: `Contains banned words: ${found.join(', ')}` };
};
