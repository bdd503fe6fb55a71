import { describe, expect, it } from 'vitest';
import { createTestSite } from '../support/test-app.js';
import { hasBrowser } from './support/browser.js';
import { useE2E } from './support/e2e.js';
import { hostHtml, openHost } from './support/host-page.js';
import { seedComment } from './support/seed.js';
import { commentWith } from './support/widget.js';

describe.skipIf(!hasBrowser)('widget: a draft per box (the main one and each reply)', () => {
  const e2e = useE2E();
  const main = () => e2e.page.getByLabel('Réagir à cet article');
  const reply = () => e2e.page.getByLabel('Répondre à Camille');

  /** A site with one comment by Camille, the widget open, the main box holding a draft. */
  async function withMainDraft() {
    const site = await createTestSite();
    await seedComment(e2e.app, site, 'article-1', 'Une question ?');
    await openHost(e2e.page, e2e.app, hostHtml({ site }));
    await main().fill('Mon avis sur l’article');
    return site;
  }

  it('opens a reply box with its own draft and leaves the main draft where it is', async () => {
    await withMainDraft();

    await commentWith(e2e.page, 'Une question ?').getByRole('button', { name: 'Répondre' }).click();
    await reply().fill('Ma réponse');

    expect(await main().inputValue()).toBe('Mon avis sur l’article');
    expect(await reply().inputValue()).toBe('Ma réponse');
  });

  it('keeps both drafts across a reload, the reply box open again under its comment', async () => {
    await withMainDraft();
    await commentWith(e2e.page, 'Une question ?').getByRole('button', { name: 'Répondre' }).click();
    await reply().fill('Ma réponse');

    await e2e.page.reload();

    await expect.poll(() => main().inputValue()).toBe('Mon avis sur l’article');
    expect(await reply().inputValue()).toBe('Ma réponse');
  });

  it('closes a cancelled reply box, keeping its text for the next time and out of the main box', async () => {
    await withMainDraft();
    const answer = commentWith(e2e.page, 'Une question ?').getByRole('button', { name: 'Répondre' });
    await answer.click();
    await reply().fill('Ma réponse');

    await e2e.page.getByRole('button', { name: 'Annuler' }).click();

    await reply().waitFor({ state: 'detached' });
    expect(await main().inputValue()).toBe('Mon avis sur l’article');
    await answer.click();
    expect(await reply().inputValue()).toBe('Ma réponse');
  });

  it('sends focus back to "Répondre" when the reply box is cancelled', async () => {
    await withMainDraft();
    await commentWith(e2e.page, 'Une question ?').getByRole('button', { name: 'Répondre' }).click();
    await expect
      .poll(() => reply().evaluate((area) => area === (area.getRootNode() as ShadowRoot).activeElement))
      .toBe(true);

    await e2e.page.keyboard.press('Escape');

    await reply().waitFor({ state: 'detached' });
    const answer = commentWith(e2e.page, 'Une question ?').getByRole('button', { name: 'Répondre' });
    await expect
      .poll(() => answer.evaluate((button) => button === (button.getRootNode() as ShadowRoot).activeElement))
      .toBe(true);
  });

  it('posts a reply with Ctrl+Enter and leaves the main draft untouched', async () => {
    await withMainDraft();
    await commentWith(e2e.page, 'Une question ?').getByRole('button', { name: 'Répondre' }).click();
    await reply().fill('Réponse envoyée au clavier');
    const form = e2e.page.locator('form', { has: reply() });
    await form.getByLabel('Nom', { exact: true }).fill('Zoé');
    await form.getByLabel('E-mail', { exact: true }).fill('zoe@example.org');
    await reply().focus();

    await e2e.page.keyboard.press('Control+Enter');

    await commentWith(e2e.page, 'Réponse envoyée au clavier').waitFor();
    await reply().waitFor({ state: 'detached' });
    expect(await main().inputValue()).toBe('Mon avis sur l’article');
  });

  it('turns a draft saved in the old format (one per article) into the reply draft it was', async () => {
    const site = await createTestSite();
    const question = await seedComment(e2e.app, site, 'article-1', 'Une question ?');
    await e2e.context.addInitScript(
      ([key, value]) => localStorage.setItem(key as string, value as string),
      [
        `reagir:draft:${site}:article-1`,
        JSON.stringify({ body: 'Ancien brouillon', parentId: question.id, name: '' }),
      ],
    );

    await openHost(e2e.page, e2e.app, hostHtml({ site }));

    await expect.poll(() => reply().inputValue()).toBe('Ancien brouillon');
    expect(await main().inputValue()).toBe('');
  });
});
