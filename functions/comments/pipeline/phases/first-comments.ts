/**
 * Phase: an author's first N comments on the site wait for a moderator (N per site, 0 to disable).
 * Edits too: an edit is judged without the comment it edits (`standingForEdit`). A guest's
 * approved comments count only once their email is confirmed by the link (guest-confirmation.ts):
 * standing is not earned with an address nobody read.
 */
import type { Phase } from '../types.js';

export const firstComments: Phase = ({ author, site, guest }) => {
  const approved = guest && !author.emailConfirmed ? 0 : author.approvedCount;
  if (approved >= site.holdFirstComments) return undefined;
  return {
    status: 'pending',
    phase: 'first_comments',
    code: 'first_comments',
    params: { approved, required: site.holdFirstComments },
  };
};
