/**
 * Issue 15, point 3, in Chromium: a guest ticks "Me prévenir des réponses" (by keyboard) in the
 * widget's form, the post carries it with the widget's language, and the local SES gets the
 * confirmation link, whose page, in the guest's language, turns reply alerts on. Unticked, the
 * post says so and nothing is mailed.
 */
import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createTestSite } from '../support/test-app.js';
import { hasBrowser } from './support/browser.js';
import { useE2E } from './support/e2e.js';
import { hostHtml, openHost } from './support/host-page.js';

const isPost = (request: Request) =>
  request.method() === 'POST' && new URL(request.url()).pathname === '/v1/comments';

let n = 0;
const newEmail = () => `invite-${process.pid}-${Date.now().toString(36)}-${n++}@example.org`;

describe.skipIf(!hasBrowser)('widget: a guest who wants replies', () => {
  const e2e = useE2E({}, { events: true });

  const mailsTo = async (email: string) =>
    (await e2e.app.ses?.messages())?.filter((m) => m.destination.to.includes(email)) ?? [];

  /** Fills the guest form in `lang`'s wording; ticks the box with the keyboard when asked. */
  async function post(lang: 'fr' | 'en', email: string, tick: boolean) {
    const fr = lang === 'fr';
    await e2e.page.getByLabel(fr ? 'Réagir à cet article' : 'Comment on this article').fill('Mon avis.');
    await e2e.page.getByLabel(fr ? 'Nom' : 'Name', { exact: true }).fill(`Zoé ${n}`);
    await e2e.page.getByLabel(fr ? 'E-mail' : 'Email', { exact: true }).fill(email);
    const box = e2e.page.getByRole('checkbox', {
      name: fr ? 'Me prévenir des réponses' : 'Notify me of replies',
    });
    expect(await box.isChecked()).toBe(false);
    if (tick) {
      await box.focus();
      await e2e.page.keyboard.press('Space');
      expect(await box.isChecked()).toBe(true);
    }
    const sent = e2e.page.waitForRequest(isPost);
    await e2e.page.getByRole('button', { name: fr ? 'Publier' : 'Post' }).click();
    return (await sent).postDataJSON() as { author: { notifyReplies: boolean; lang: string } };
  }

  it('posts the ticked box, and the guest is mailed a link whose page turns reply alerts on', async () => {
    const site = await createTestSite();
    const email = newEmail();
    await openHost(e2e.page, e2e.app, hostHtml({ site }));

    const body = await post('fr', email, true);
    await e2e.page.getByRole('status').getByText('Votre commentaire est publié.').waitFor();

    expect(body.author).toMatchObject({ notifyReplies: true, lang: 'fr' });
    const [mail] = await mailsTo(email);
    expect(mail?.body.text).toContain('prévenu·e des réponses');
    const link = mail?.body.text?.match(/https?:\/\/\S+\/v1\/guests\/confirm\?token=[\w-]+/)?.[0] ?? '';
    await e2e.page.goto(link);
    await e2e.page.getByRole('button', { name: 'Confirmer mon adresse' }).click();
    await e2e.page.getByText('Vous serez prévenu·e par e-mail des réponses', { exact: false }).waitFor();
  });

  it('says it in English in an English widget, and the link mail is in English', async () => {
    const site = await createTestSite();
    const email = newEmail();
    await openHost(e2e.page, e2e.app, hostHtml({ site, lang: 'en' }));

    const body = await post('en', email, true);
    await e2e.page.getByRole('status').getByText('Your comment is published.').waitFor();

    expect(body.author).toMatchObject({ notifyReplies: true, lang: 'en' });
    expect((await mailsTo(email))[0]?.subject).toContain('Confirm your address');
  });

  it('posts the box unticked, and nothing is mailed', async () => {
    const site = await createTestSite();
    const email = newEmail();
    await openHost(e2e.page, e2e.app, hostHtml({ site }));

    const body = await post('fr', email, false);
    await e2e.page.getByRole('status').getByText('Votre commentaire est publié.').waitFor();

    expect(body.author.notifyReplies).toBe(false);
    expect(await mailsTo(email)).toHaveLength(0);
  });
});
