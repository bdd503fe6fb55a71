/**
 * The Bedrock Guardrails adapter on recorded `ApplyGuardrail` answers, through the real SDK client
 * (its serializer and deserializer), and the classifier phase around it: built-in rules first, the
 * guardrail's confidences against the site's threshold, and a hold when the service fails or is slow.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { useScorer } from '../../functions/comments/pipeline/classifier.js';
import { guardrailScorer } from '../../functions/comments/pipeline/guardrail-scorer.js';
import { moderate } from '../../functions/comments/pipeline/index.js';
import type { ModerationInput } from '../../functions/comments/pipeline/types.js';
import { type Site, siteSettingsSchema } from '../../functions/sites/schemas.js';
import { clientAnswering, type GuardrailAnswerName, type SentRequest } from '../support/guardrail-answers.js';

const GUARDRAIL = { id: 'gr4nd0m1d', version: '3' };

const input = (body: string, classifierThreshold = 0.7): ModerationInput => ({
  site: {
    ...siteSettingsSchema.parse({ classifierThreshold }),
    id: 's',
    createdAt: '',
    updatedAt: '',
  } as Site,
  body,
  bodyHash: 'hash',
  guest: false,
  author: { approvedCount: 10 },
  now: Date.now(),
});

const scorerAnswering = (answer: GuardrailAnswerName | 'hang', sent?: SentRequest[]) =>
  guardrailScorer(clientAnswering(answer, sent), GUARDRAIL);

afterEach(() => useScorer(undefined));

describe('the Bedrock guardrail scorer', () => {
  it('sends the comment as input to the stage’s guardrail and version, asking for every filter', async () => {
    // Prepare
    const sent: SentRequest[] = [];
    // Act
    await scorerAnswering('clean-fr', sent).score('Merci pour cet article très complet.');
    // Assess
    expect(sent).toEqual([
      {
        path: '/guardrail/gr4nd0m1d/version/3/apply',
        body: {
          source: 'INPUT',
          content: [{ text: { text: 'Merci pour cet article très complet.' } }],
          outputScope: 'FULL',
        },
      },
    ]);
  });

  it('scores a clean French comment zero, with no signal', async () => {
    const scores = await scorerAnswering('clean-fr').score('Merci pour cet article très complet.');
    expect(scores).toEqual({ spam: 0, toxicity: 0, signals: [] });
  });

  it('scores an insult by the guardrail’s confidence and names each filter that found something', async () => {
    const scores = await scorerAnswering('insulting-fr').score("Espèce d'abruti, retourne à l'école.");
    expect(scores).toEqual({ spam: 0, toxicity: 0.7, signals: ['insults', 'violence'] });
  });

  it('scores a blocked comment by its highest confidence, whatever the guardrail blocked', async () => {
    const scores = await scorerAnswering('blocked-fr').score('Ces gens-là sont des parasites.');
    expect(scores).toEqual({ spam: 0, toxicity: 0.95, signals: ['hate', 'insults', 'violence'] });
  });

  it('throws the service’s error (throttled) for the phase to decide', async () => {
    await expect(scorerAnswering('throttled').score('Bonjour')).rejects.toMatchObject({
      name: 'ThrottlingException',
    });
  });
});

describe('the classifier phase with the guardrail on', () => {
  it('publishes a clean French comment', async () => {
    useScorer(scorerAnswering('clean-fr'));
    expect(await moderate(input('Merci pour cet article très complet.'))).toEqual({ status: 'approved' });
  });

  it('holds an insulting comment with the guardrail’s signals', async () => {
    useScorer(scorerAnswering('insulting-fr'));
    const hold = {
      phase: 'classifier',
      code: 'classifier',
      params: { kind: 'toxicity', score: 0.7 },
      matched: ['insults', 'violence'],
    };
    expect(await moderate(input("Espèce d'abruti, retourne à l'école."))).toEqual({
      status: 'pending',
      ...hold,
      reasons: [hold],
    });
  });

  it('lets a low confidence through at the default threshold and holds it under a stricter one', async () => {
    useScorer(scorerAnswering('mildly-rude-fr'));
    expect(await moderate(input('Quelle idée stupide.'))).toEqual({ status: 'approved' });
    expect(await moderate(input('Quelle idée stupide.', 0.4))).toMatchObject({
      code: 'classifier',
      params: { kind: 'toxicity', score: 0.4 },
    });
  });

  it('holds a blocked comment for a moderator rather than rejecting it', async () => {
    useScorer(scorerAnswering('blocked-fr'));
    expect(await moderate(input('Ces gens-là sont des parasites.'))).toMatchObject({
      status: 'pending',
      code: 'classifier',
      params: { kind: 'toxicity', score: 0.95 },
    });
  });

  it('holds the comment as unavailable when the service answers an error', async () => {
    useScorer(scorerAnswering('throttled'));
    const hold = { phase: 'classifier', code: 'classifier_unavailable', params: {} };
    expect(await moderate(input('Bonjour à tous.'))).toEqual({ status: 'pending', ...hold, reasons: [hold] });
  });

  it('holds the comment as unavailable when the service is slower than the time limit', async () => {
    // Prepare
    useScorer(scorerAnswering('hang'), 50);
    const started = Date.now();
    // Act
    const decision = await moderate(input('Bonjour à tous.'));
    // Assess
    expect(decision).toMatchObject({ status: 'pending', code: 'classifier_unavailable' });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('holds the comment when a scorer ignores the time limit', async () => {
    useScorer({ score: () => new Promise(() => {}) }, 50);
    expect(await moderate(input('Bonjour à tous.'))).toMatchObject({ code: 'classifier_unavailable' });
  });

  it('does not call the guardrail when the built-in rules already hold the comment', async () => {
    // Prepare
    const sent: SentRequest[] = [];
    useScorer(scorerAnswering('clean-fr', sent));
    // Act
    const decision = await moderate(input('CECI EST UN SCANDALE ABSOLU ET TOTAL', 0.3));
    // Assess
    expect(decision).toMatchObject({ code: 'classifier', matched: ['shouting'] });
    expect(sent).toEqual([]);
  });

  it('does not call the guardrail on a site whose threshold of 1 turns the filter off', async () => {
    const sent: SentRequest[] = [];
    useScorer(scorerAnswering('throttled', sent));
    expect(await moderate(input('Bonjour à tous.', 1))).toEqual({ status: 'approved' });
    expect(sent).toEqual([]);
  });
});
