/**
 * Phase: the same text as one of the author's last 10 comments on the site is held (copy-paste
 * floods). Members written before the list have only `lastBodyHash`, the previous one.
 */
import type { Phase } from '../types.js';

export const repeatedText: Phase = ({ author, bodyHash }) => {
  const recent = author.recentBodyHashes ?? (author.lastBodyHash ? [author.lastBodyHash] : []);
  if (!recent.includes(bodyHash)) return undefined;
  return { status: 'pending', phase: 'repeated_text', code: 'repeated_text', params: {} };
};
