/**
 * Moderation adapter: Amazon Bedrock Guardrails `ApplyGuardrail` as a {@link Scorer}. The one file
 * that knows the Bedrock SDK: the guardrail's content-filter assessments (hate, insults, sexual,
 * violence, misconduct, prompt attack; French is among the languages they read) become the
 * pipeline's scores and signals. Asked with `outputScope: FULL`, so every filter reports its
 * confidence even when it did not block: the site's `classifierThreshold` decides, not the
 * guardrail's own strengths. An error or an abort is thrown for the phase to hold the comment.
 */
import type {
  ApplyGuardrailCommand,
  ApplyGuardrailCommandOutput,
  GuardrailContentFilterConfidence,
  GuardrailContentFilterType,
} from '@aws-sdk/client-bedrock-runtime';
import type { Scorer, Scores } from './classifier.js';
import type { GuardrailSignal } from './reasons.js';

// Imported on first use, not at the top: the bundles take the SDK from the Lambda runtime
// (infra/bundling.ts), and esbuild hoists a bundled module's static import of it to the bundle's
// start, which would load the client at every cold start of the comments Lambda.
const sdk = () => import('@aws-sdk/client-bedrock-runtime');

/** What the adapter needs of the SDK client: `BedrockRuntimeClient` or a stand-in in tests. */
export interface GuardrailClient {
  send(
    command: ApplyGuardrailCommand,
    options?: { abortSignal?: AbortSignal },
  ): Promise<ApplyGuardrailCommandOutput>;
}

/** The guardrail to apply: its id (or ARN) and a published version number (or `DRAFT`). */
export interface GuardrailRef {
  id: string;
  version: string;
}

/**
 * The guardrail's confidence as a score: at the default threshold (0.7) MEDIUM and HIGH hold, LOW
 * does not; HIGH stays under 1, so a site's threshold of 1 still means "off".
 */
const CONFIDENCE_SCORE: Record<GuardrailContentFilterConfidence, number> = {
  NONE: 0,
  LOW: 0.4,
  MEDIUM: 0.7,
  HIGH: 0.95,
};

/** Each filter as a signal code the console translates, and the score it feeds. */
const FILTERS: Record<GuardrailContentFilterType, { signal: GuardrailSignal; kind: 'spam' | 'toxicity' }> = {
  HATE: { signal: 'hate', kind: 'toxicity' },
  INSULTS: { signal: 'insults', kind: 'toxicity' },
  SEXUAL: { signal: 'sexual', kind: 'toxicity' },
  VIOLENCE: { signal: 'violence', kind: 'toxicity' },
  MISCONDUCT: { signal: 'misconduct', kind: 'toxicity' },
  // Text that tries to steer a model is not abuse of readers: closer to spam.
  PROMPT_ATTACK: { signal: 'prompt_attack', kind: 'spam' },
};

/** The scores and signals of one `ApplyGuardrail` answer; an answer without an action is an error. */
export function scoresOf(answer: ApplyGuardrailCommandOutput): Scores {
  if (!answer.action) throw new Error('ApplyGuardrail answered without an action');
  const scores: Scores = { spam: 0, toxicity: 0, signals: [] };
  for (const assessment of answer.assessments ?? []) {
    for (const filter of assessment.contentPolicy?.filters ?? []) {
      const known = filter.type ? FILTERS[filter.type] : undefined;
      const score = filter.confidence ? (CONFIDENCE_SCORE[filter.confidence] ?? 0) : 0;
      if (!known || score === 0) continue;
      scores[known.kind] = Math.max(scores[known.kind], score);
      if (!scores.signals.includes(known.signal)) scores.signals.push(known.signal);
    }
  }
  return scores;
}

/** A scorer that applies `guardrail` to each comment through `client`. */
export function guardrailScorer(client: GuardrailClient, guardrail: GuardrailRef): Scorer {
  return {
    async score(text, options) {
      const { ApplyGuardrailCommand } = await sdk();
      const command = new ApplyGuardrailCommand({
        guardrailIdentifier: guardrail.id,
        guardrailVersion: guardrail.version,
        source: 'INPUT',
        content: [{ text: { text } }],
        outputScope: 'FULL',
      });
      return scoresOf(await client.send(command, { abortSignal: options?.signal }));
    },
  };
}

/**
 * The scorer of a Lambda: the SDK client from the runtime's region and role. One retry at most:
 * the phase's time limit is short, and a held comment is a better answer than a slow one.
 */
export async function lambdaGuardrailScorer(guardrail: GuardrailRef): Promise<Scorer> {
  const { BedrockRuntimeClient } = await sdk();
  return guardrailScorer(new BedrockRuntimeClient({ maxAttempts: 2 }), guardrail);
}
