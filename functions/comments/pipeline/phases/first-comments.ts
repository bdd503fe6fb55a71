/**
 * Phase: an author's first N comments on the site wait for a moderator (N per site, 0 to disable).
 * Edits too: an edit is judged without the comment it edits (`standingForEdit`).
 */
import type { Phase } from '../types.js';

export const firstComments: Phase = ({ author, site }) => {
  if (author.approvedCount >= site.holdFirstComments) return undefined;
  return {
    status: 'pending',
    phase: 'first_comments',
    code: 'first_comments',
    params: { approved: author.approvedCount, required: site.holdFirstComments },
  };
};
