/** Phase: a spam or toxicity score at or over the site's threshold holds the comment. */
import { currentScorer } from '../classifier.js';
import type { Phase } from '../types.js';

export const classifier: Phase = async ({ body, site }) => {
  const scores = await currentScorer().score(body);
  const worst = Math.max(scores.spam, scores.toxicity);
  if (worst < site.classifierThreshold) return undefined;
  const kind = scores.spam >= scores.toxicity ? 'spam' : 'toxicity';
  return {
    status: 'pending',
    phase: 'classifier',
    code: 'classifier',
    params: { kind, score: Math.round(worst * 100) / 100 },
    matched: scores.signals,
  };
};
