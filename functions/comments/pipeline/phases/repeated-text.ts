/** Phase: the same text as the author's previous comment on the site is held (copy-paste floods). */
import type { Phase } from '../types.js';

export const repeatedText: Phase = ({ author, bodyHash }) => {
  if (!author.lastBodyHash || author.lastBodyHash !== bodyHash) return undefined;
  return { status: 'pending', phase: 'repeated_text', code: 'repeated_text', params: {} };
};
