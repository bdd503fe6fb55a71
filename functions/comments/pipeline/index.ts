/**
 * Moderation: the pipeline run on every new or edited comment, the same phases for both (an
 * edit is judged as a new comment by its author would be now, `standingForEdit`). Phases run in
 * this order. A phase that refuses stops at once: by throwing (banned author, bad length), or by
 * rejecting (banned words). The phases that hold all run, so that every rule that matched is
 * listed for the moderator (`reasons`); the first of them decides, and its phase and reason are
 * stored with the comment as `heldBy` (what items written before the list hold alone).
 * Article closed is enforced in the write itself (a condition on the page record), so a comment
 * or an edit can never slip in between the check and the write.
 *
 * 1. authorBanned   refuse (403)     a ban takes effect at once, whatever the token says
 * 2. length         refuse (400)     empty, or over the site's limit
 * 3. bannedWords    reject           listed words, however disguised
 * 4. suspectWords   hold             listed words a moderator should look at
 * 5. links          hold             more links than the site allows
 * 6. classifier     hold             spam or toxicity score at or over the site's threshold
 * 7. firstComments  hold             the author's first N comments on the site
 * 8. repeatedText   hold             the same text as one of the author's last 10 comments
 * 9. guests         hold             guest comments, when the site says so
 * 10. preModeration hold             every comment, on a pre-moderated site
 * otherwise         publish
 */
import { authorBanned } from './phases/author-banned.js';
import { bannedWords } from './phases/banned-words.js';
import { classifier } from './phases/classifier.js';
import { firstComments } from './phases/first-comments.js';
import { guests } from './phases/guests.js';
import { length } from './phases/length.js';
import { links } from './phases/links.js';
import { preModeration } from './phases/pre-moderation.js';
import { repeatedText } from './phases/repeated-text.js';
import { suspectWords } from './phases/suspect-words.js';
import { type Decision, heldByOf, type ModerationInput, type Phase, type Verdict } from './types.js';

export const phases: readonly Phase[] = [
  authorBanned,
  length,
  bannedWords,
  suspectWords,
  links,
  classifier,
  firstComments,
  repeatedText,
  guests,
  preModeration,
];

/** Runs the phases in order: a rejection stops at once; every hold is listed, the first decides. */
export async function moderate(input: ModerationInput): Promise<Decision> {
  const holds: Verdict[] = [];
  for (const phase of phases) {
    const verdict = await phase(input);
    if (verdict?.status === 'rejected') return { ...verdict, reasons: [heldByOf(verdict)] };
    if (verdict) holds.push(verdict);
  }
  const [first] = holds;
  return first ? { ...first, reasons: holds.map(heldByOf) } : { status: 'approved' };
}
