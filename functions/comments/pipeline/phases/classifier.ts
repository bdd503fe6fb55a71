/**
 * Phase: a spam or toxicity score at or over the site's threshold holds the comment. The built-in
 * rules score first; the external scorer, when the stage has one, only for a text they let through
 * (it is billed per call), within its time limit. A scorer that fails or is too slow holds the
 * comment with `classifier_unavailable`: never published unchecked, never lost.
 */
import { logger } from '../../../shared/logger.js';
import { externalScorer, heuristicScorer, type Scorer, type Scores } from '../classifier.js';
import type { Phase, Verdict } from '../types.js';

const held = (scores: Scores): Verdict => {
  const worst = Math.max(scores.spam, scores.toxicity);
  const kind = scores.spam >= scores.toxicity ? 'spam' : 'toxicity';
  return {
    status: 'pending',
    phase: 'classifier',
    code: 'classifier',
    params: { kind, score: Math.round(worst * 100) / 100 },
    matched: scores.signals,
  };
};

/** The scorer's answer, or a rejection once `timeoutMs` have passed (the scorer is told to stop). */
async function scoreWithin(scorer: Scorer, text: string, timeoutMs: number): Promise<Scores> {
  const signal = AbortSignal.timeout(timeoutMs);
  // A scorer that ignores the signal still loses the race.
  const expired = new Promise<never>((_, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
  return Promise.race([scorer.score(text, { signal }), expired]);
}

export const classifier: Phase = async ({ body, site }) => {
  const threshold = site.classifierThreshold;
  const builtIn = await heuristicScorer.score(body);
  if (Math.max(builtIn.spam, builtIn.toxicity) >= threshold) return held(builtIn);
  const external = externalScorer();
  // A threshold of 1 turns the filter off: no call, no cost, no hold.
  if (!external || threshold >= 1) return undefined;
  let scores: Scores;
  try {
    scores = await scoreWithin(external.scorer, body, external.timeoutMs);
  } catch (error) {
    logger.warn('External classifier unavailable; comment held', {
      error: error instanceof Error ? { name: error.name, message: error.message } : String(error),
    });
    return { status: 'pending', phase: 'classifier', code: 'classifier_unavailable', params: {} };
  }
  const combined = {
    spam: Math.max(builtIn.spam, scores.spam),
    toxicity: Math.max(builtIn.toxicity, scores.toxicity),
    signals: [...builtIn.signals, ...scores.signals],
  };
  return Math.max(combined.spam, combined.toxicity) >= threshold ? held(combined) : undefined;
};
