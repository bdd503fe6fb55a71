/**
 * Moderation: the closed set of reasons a comment is held or refused, as a stable code and its
 * parameters, never a sentence. Types only, so the widget and the console import them and
 * translate each code (their catalogues are keyed by `ReasonCode`: a code added here and not
 * translated there fails the type check).
 */

/** Each reason code and its parameters. */
export interface ReasonParams {
  /** A word of the site's banned list; which one is never said (it would publish the list). */
  banned_word: Record<string, never>;
  /** A word of the site's suspect list, for a moderator to look at. */
  suspect_word: Record<string, never>;
  too_many_links: { links: number; max: number };
  /** A spam or toxicity score (0..1) at or over the site's threshold. */
  classifier: { kind: 'spam' | 'toxicity'; score: number };
  /** The external classifier failed or was too slow: held so that nothing goes out unchecked. */
  classifier_unavailable: Record<string, never>;
  /** The author's first comments on the site: `approved` of the `required` approved so far. */
  first_comments: { approved: number; required: number };
  repeated_text: Record<string, never>;
  guest_comment: Record<string, never>;
  pre_moderation: Record<string, never>;
  /** Readers' reports reached the site's threshold and the site hides reported comments. */
  reported: { reports: number };
  /** A moderator refused it (their own words, if any, travel beside the code as `note`). */
  moderator_rejected: Record<string, never>;
  moderator_spam: Record<string, never>;
  /** Stored before reasons had codes: only an English sentence, never shown. */
  unspecified: Record<string, never>;
}

/** Why a comment is held or refused. */
export type ReasonCode = keyof ReasonParams;

/** A reason: its code with that code's parameters. */
export type Reason = { [C in ReasonCode]: { code: C; params: ReasonParams[C] } }[ReasonCode];

/**
 * The pipeline phases that hold or reject a comment (index.ts; `authorBanned` and `length` refuse
 * the request instead). The console names each one: a phase added here and not there fails the
 * type check, and a phase that gives a verdict under another name fails it here.
 */
export type HoldPhase =
  | 'banned_words'
  | 'suspect_words'
  | 'links'
  | 'classifier'
  | 'first_comments'
  | 'repeated_text'
  | 'guests'
  | 'pre_moderation';

/** Who held or refused a comment: a pipeline phase, a moderator, or readers' reports. */
export type HeldByPhase = HoldPhase | 'moderator' | 'reports';

/** A reason with the phase that gave it (`moderator` for a moderator's decision, `reports`). */
export type HeldBy = Reason & {
  phase: HeldByPhase;
  /**
   * For moderators only (the queue), never in `Comment.moderation`: the listed words found, or
   * the classifier's signals.
   */
  matched?: string[];
};

/**
 * The classifier's signals, in `matched`: the built-in rules', then the Bedrock guardrail's content
 * filters (guardrail-scorer.ts). Another external scorer may add its own words.
 */
export type ClassifierSignal =
  | 'shouting'
  | 'stretched_letters'
  | 'mostly_links'
  | 'spam_phrases'
  | GuardrailSignal;

/** The Bedrock guardrail's content filters that found something, as signals. */
export type GuardrailSignal = 'hate' | 'insults' | 'sexual' | 'violence' | 'misconduct' | 'prompt_attack';
