/**
 * Moderation: which external scorer the environment asks for. CDK sets `GUARDRAIL_ID` and
 * `GUARDRAIL_VERSION` on the comments Lambda when the stage turns the Bedrock guardrail on
 * (infra/constructs/comment-guardrail.ts); without them, the built-in rules alone, as on the local
 * stack (functions/local/start.ts). The adapter and its SDK load on the first comment scored, so a stage without the guardrail,
 * and every listing, never pays for them at a cold start.
 */
import { DEFAULT_SCORER_TIMEOUT_MS, type Scorer } from './classifier.js';

/** The external scorer the environment names, with its time limit; undefined for the built-in rules. */
export function scorerFromEnv(
  env: Record<string, string | undefined>,
): { scorer: Scorer; timeoutMs: number } | undefined {
  const id = env.GUARDRAIL_ID;
  const version = env.GUARDRAIL_VERSION;
  if (!id || !version) return undefined;
  const timeout = Number(env.CLASSIFIER_TIMEOUT_MS);
  const timeoutMs = Number.isFinite(timeout) && timeout > 0 ? timeout : DEFAULT_SCORER_TIMEOUT_MS;
  let loaded: Promise<Scorer> | undefined;
  const scorer: Scorer = {
    async score(text, options) {
      loaded ??= import('./guardrail-scorer.js').then((m) => m.lambdaGuardrailScorer({ id, version }));
      return (await loaded).score(text, options);
    },
  };
  return { scorer, timeoutMs };
}
