/** Which classifier the environment turns on: the built-in rules alone unless CDK named a guardrail. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORER_TIMEOUT_MS } from '../../functions/comments/pipeline/classifier.js';
import { scorerFromEnv } from '../../functions/comments/pipeline/external-scorer.js';

describe('the external scorer from the environment', () => {
  it('is none without a guardrail id and version, as on the local stack', () => {
    expect(scorerFromEnv({})).toBeUndefined();
    expect(scorerFromEnv({ GUARDRAIL_ID: 'gr4nd0m1d' })).toBeUndefined();
  });

  it('is the guardrail with the default time limit when CDK names one', () => {
    const external = scorerFromEnv({ GUARDRAIL_ID: 'gr4nd0m1d', GUARDRAIL_VERSION: '1' });
    expect(external?.timeoutMs).toBe(DEFAULT_SCORER_TIMEOUT_MS);
    expect(typeof external?.scorer.score).toBe('function');
  });

  it('takes the time limit from CLASSIFIER_TIMEOUT_MS, ignoring one that is not a positive number', () => {
    const env = { GUARDRAIL_ID: 'gr4nd0m1d', GUARDRAIL_VERSION: '1' };
    expect(scorerFromEnv({ ...env, CLASSIFIER_TIMEOUT_MS: '800' })?.timeoutMs).toBe(800);
    expect(scorerFromEnv({ ...env, CLASSIFIER_TIMEOUT_MS: 'vite' })?.timeoutMs).toBe(
      DEFAULT_SCORER_TIMEOUT_MS,
    );
  });
});
