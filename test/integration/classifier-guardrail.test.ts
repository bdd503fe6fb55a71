/**
 * The Bedrock guardrail behind the classifier phase, through HTTP and the real handlers: the real
 * SDK client plays recorded `ApplyGuardrail` answers (test/support/guardrail-answers/), or hangs
 * like a slow service. A comment is never lost and never published unchecked: a failing or slow
 * guardrail holds it for a moderator with `classifier_unavailable`.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useScorer } from '../../functions/comments/pipeline/classifier.js';
import { guardrailScorer } from '../../functions/comments/pipeline/guardrail-scorer.js';
import { listComments, postComment } from '../../widget/src/api/comments.js';
import { listQueue } from '../../widget/src/api/moderation.js';
import { clientAnswering, type GuardrailAnswerName, type SentRequest } from '../support/guardrail-answers.js';
import { newKey } from '../support/test-fetcher.js';
import { type Staff, useTestApp } from '../support/use-test-app.js';

const t = useTestApp();
let moderator: Staff;
beforeAll(async () => {
  moderator = await t.staff(['moderators']);
});
afterEach(() => useScorer(undefined));

const guardrail = (answer: GuardrailAnswerName | 'hang', sent?: SentRequest[], timeoutMs?: number) =>
  useScorer(guardrailScorer(clientAnswering(answer, sent), { id: 'gr4nd0m1d', version: '1' }), timeoutMs);
const post = async (site: string, body: string) => {
  const reader = await t.reader();
  return postComment(t.client(reader.idToken), { site, page: 'p', body }, newKey());
};
const pending = (site: string) => listQueue(t.client(moderator.idToken), { site, status: 'pending' });
const thread = (site: string) => listComments(t.client(), { site, page: 'p', sort: 'newest' });

describe('the Bedrock guardrail on a posted comment', () => {
  it('holds the comment for a moderator when the guardrail is slower than the time limit', async () => {
    // Prepare
    const site = await t.site();
    guardrail('hang', undefined, 300);
    // Act
    const started = Date.now();
    const posted = await post(site, 'Bonjour, une remarque sur le chiffre du deuxième paragraphe.');
    // Assess: answered soon after the limit, held with its reason, in the queue, not in the thread
    expect(Date.now() - started).toBeLessThan(5000);
    expect(posted.comment).toMatchObject({
      status: 'pending',
      moderation: { phase: 'classifier', code: 'classifier_unavailable' },
    });
    expect((await pending(site)).comments).toMatchObject([
      { comment: { id: posted.comment.id }, heldBy: { phase: 'classifier', code: 'classifier_unavailable' } },
    ]);
    expect((await thread(site)).comments).toEqual([]);
  });

  it('holds the comment for a moderator when the guardrail answers an error (throttled)', async () => {
    const site = await t.site();
    guardrail('throttled');
    const posted = await post(site, 'Bonjour à tous.');
    expect(posted.comment).toMatchObject({
      status: 'pending',
      moderation: { code: 'classifier_unavailable' },
    });
    expect((await pending(site)).comments.map((q) => q.comment.id)).toEqual([posted.comment.id]);
  });

  it('holds an insulting French comment and shows the moderator the guardrail’s signals', async () => {
    const site = await t.site();
    guardrail('insulting-fr');
    const posted = await post(site, "Espèce d'abruti, retourne à l'école.");
    expect(posted.comment).toMatchObject({
      status: 'pending',
      moderation: { phase: 'classifier', code: 'classifier', params: { kind: 'toxicity', score: 0.7 } },
    });
    expect((await pending(site)).comments[0]?.heldBy).toMatchObject({ matched: ['insults', 'violence'] });
  });

  it('publishes a clean French comment after asking the guardrail', async () => {
    // Prepare
    const site = await t.site();
    const sent: SentRequest[] = [];
    guardrail('clean-fr', sent);
    // Act
    const posted = await post(site, 'Merci pour cet article très complet.');
    // Assess
    expect(posted.comment).toMatchObject({ status: 'approved' });
    expect(sent).toHaveLength(1);
    expect((await thread(site)).comments.map((c) => c.id)).toEqual([posted.comment.id]);
  });
});
