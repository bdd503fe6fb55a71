/**
 * Issue 15, point 5, on the real stream and the local SES: a comment a moderator refuses tells its
 * author why; a decision on notices tells the author the statement of reasons and the notifier the
 * outcome, each in the recipient's language (an account's own, else the site's), and no email
 * holds anyone's address but its recipient's.
 */
import { describe, expect, it } from 'vitest';
import type { StoredEmail } from '../../functions/local/ses-local.js';
import { bearer } from '../support/test-app.js';
import { useTestApp } from '../support/use-test-app.js';

const t = useTestApp({ events: true });
let n = 0;

const statement = {
  facts: 'Le commentaire accuse nommément une personne d’un délit, sans élément.',
  ground: {
    kind: 'law' as const,
    name: 'Loi du 29 juillet 1881, art. 29',
    explanation: 'Une allégation diffamatoire.',
  },
  redress:
    'Vous pouvez contester cette décision en répondant à ce message, ou devant le tribunal judiciaire.',
  automated: false,
};

async function mailsTo(address: string): Promise<StoredEmail[]> {
  await t.app.events?.reader.drain();
  return (await (t.app.ses?.messages() ?? Promise.resolve([]))).filter((m) =>
    m.destination.to.includes(address),
  );
}

const post = async (site: string, token: string, body: string) =>
  (
    await t.raw<{ comment: { id: string } }>(
      'POST',
      '/v1/comments',
      { site, page: `p${n++}`, body },
      bearer(token),
    )
  ).body.comment.id;

describe('decisions told', () => {
  it('tells the author of a refused comment why, once, in the site’s language', async () => {
    const site = await t.site({ moderation: 'pre', languages: ['en'] });
    const author = await t.reader('Autrice');
    const moderator = await t.staff(['moderators']);
    const id = await post(site, author.idToken, 'Un commentaire hors sujet');
    await t.raw(
      'POST',
      '/v1/moderation/decisions',
      { commentIds: [id], seen: { [id]: 'pending' }, action: 'reject', reason: 'Hors sujet <b>vraiment</b>' },
      bearer(moderator.idToken),
    );

    const mails = await mailsTo(author.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe('Your comment was not published');
    expect(mails[0]?.body.text).toContain('Hors sujet <b>vraiment</b>');
    expect(mails[0]?.body.html).toContain('Hors sujet &#60;b&#62;vraiment&#60;/b&#62;');
    expect(mails[0]?.body.html).not.toContain(moderator.email);
  });

  it('writes to an account in its own language, whatever the site’s', async () => {
    const site = await t.site({ moderation: 'pre', languages: ['fr'] });
    const author = await t.reader('Reader');
    const moderator = await t.staff(['moderators']);
    const saved = await t.raw('PATCH', '/v1/me', { language: 'en' }, bearer(author.idToken));
    expect(saved.status).toBe(200);
    const id = await post(site, author.idToken, 'Un commentaire hors sujet');
    await t.raw(
      'POST',
      '/v1/moderation/decisions',
      { commentIds: [id], seen: { [id]: 'pending' }, action: 'reject' },
      bearer(moderator.idToken),
    );
    expect((await mailsTo(author.email)).map((m) => m.subject)).toEqual(['Your comment was not published']);
  });

  it('tells nothing for a comment refused at posting', async () => {
    const site = await t.site({ bannedWords: ['interdit'] });
    const author = await t.reader();
    await post(site, author.idToken, 'Un mot interdit ici');
    expect(await mailsTo(author.email)).toEqual([]);
  });

  it('tells the author the statement of reasons and the notifier the outcome, once each', async () => {
    const site = await t.site();
    const author = await t.reader('Auteur');
    const moderator = await t.staff(['moderators']);
    const id = await post(site, author.idToken, 'Un texte signalé comme illicite');
    const notifier = `notifier-${Date.now()}@example.org`;
    await t.raw('POST', `/v1/comments/${id}/reports`, {
      reason: 'illegal',
      text: 'Diffamation.',
      reporter: { name: 'Claire Martin', email: notifier },
      goodFaith: true,
    });
    const decided = await t.raw(
      'POST',
      `/v1/moderation/notices/${id}`,
      { decision: 'remove', seen: 'approved', statement },
      bearer(moderator.idToken),
    );
    expect(decided.status).toBe(200);

    const toAuthor = await mailsTo(author.email);
    expect(toAuthor.map((m) => m.subject)).toEqual(['Décision sur votre commentaire (exposé des motifs)']);
    expect(toAuthor[0]?.body.text).toContain(statement.facts);
    expect(toAuthor[0]?.body.text).toContain(statement.ground.name);
    expect(toAuthor[0]?.body.text).toContain(statement.redress);
    expect(toAuthor[0]?.body.text).toContain('Décision : le commentaire est retiré.');
    expect(JSON.stringify(toAuthor)).not.toContain(notifier);

    const toNotifier = await mailsTo(notifier);
    expect(toNotifier.map((m) => m.subject)).toEqual(['Suite donnée à votre signalement']);
    expect(toNotifier[0]?.body.text).toContain('Les modérateurs l’ont retiré.');
    expect(JSON.stringify(toNotifier)).not.toContain(author.email);
  });
});
