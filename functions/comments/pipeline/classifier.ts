/**
 * Moderation: scoring a text for spam or toxicity. `heuristicScorer` is the built-in one, always run
 * first: shouting, stretched letters, a text that is mostly links, and stock spam phrases. `Scorer`
 * is also the seam for an external service (guardrail-scorer.ts: Amazon Bedrock Guardrails), run
 * after the built-in rules when the stage turns one on (external-scorer.ts), within a time limit.
 */
import { countLinks } from '../../shared/text/words.js';

export interface Scores {
  /** 0..1 */
  spam: number;
  /** 0..1 */
  toxicity: number;
  /** What drove the scores, for the moderator: codes (`shouting`, `stretched_letters`, `mostly_links`, `spam_phrases`) or an external scorer's own words. */
  signals: string[];
}

export interface Scorer {
  /** Scores `text`; an external scorer stops when `signal` aborts (the phase's time limit). */
  score(text: string, options?: { signal?: AbortSignal }): Promise<Scores>;
}

const SPAM_PHRASES = [
  'buy now',
  'click here',
  'free money',
  'work from home',
  'casino',
  'viagra',
  'crypto giveaway',
  'gagnez de l argent',
  'cliquez ici',
  'argent facile',
  'sans engagement',
  'offre exclusive',
];

/** The built-in scorer: cheap signals only, tuned to hold for review rather than to reject. */
export const heuristicScorer: Scorer = {
  async score(text) {
    const signals: string[] = [];
    let spam = 0;
    let toxicity = 0;
    const letters = text.replace(/[^\p{L}]/gu, '');
    const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
    if (letters.length >= 20 && upper / letters.length > 0.7) {
      toxicity += 0.4;
      signals.push('shouting');
    }
    if (/(\p{L})\1{5,}/u.test(text)) {
      toxicity += 0.2;
      signals.push('stretched_letters');
    }
    const words = text.split(/\s+/).filter(Boolean).length;
    const links = countLinks(text);
    if (links > 0 && links * 4 >= words) {
      spam += 0.5;
      signals.push('mostly_links');
    }
    const flat = text
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[^a-z ]/g, ' ')
      .replace(/\s+/g, ' ');
    const phrases = SPAM_PHRASES.filter((p) => flat.includes(p));
    if (phrases.length) {
      spam += 0.3 * phrases.length;
      signals.push('spam_phrases', ...phrases);
    }
    return { spam: Math.min(spam, 1), toxicity: Math.min(toxicity, 1), signals };
  },
};

/** How long the external scorer may take before the comment is held for a moderator (ms). */
export const DEFAULT_SCORER_TIMEOUT_MS = 1500;

let external: { scorer: Scorer; timeoutMs: number } | undefined;

/**
 * Sets the external scorer run after the built-in rules (an external service, or a fixed one in
 * tests); `undefined` leaves the built-in rules alone, the default.
 */
export function useScorer(next: Scorer | undefined, timeoutMs = DEFAULT_SCORER_TIMEOUT_MS): void {
  external = next ? { scorer: next, timeoutMs } : undefined;
}

/** The external scorer and its time limit, if the stage turned one on. */
export const externalScorer = () => external;
