import { describe, expect, it } from 'vitest';
import { createTestSite } from '../support/test-app.js';
import { hasBrowser } from './support/browser.js';
import { useE2E } from './support/e2e.js';
import { hostHtml, openHost } from './support/host-page.js';
import { seedComment } from './support/seed.js';
import { commentWith } from './support/widget.js';

describe.skipIf(!hasBrowser)('widget: what the entry script shows before the interactive chunk', () => {
  const e2e = useE2E();

  it('shows the thread from the script and one API request, and keeps what was typed when the chunk takes over', async () => {
    const site = await createTestSite();
    const parent = await seedComment(e2e.app, site, 'article-1', 'Voir https://exemple.fr/source');
    await seedComment(e2e.app, site, 'article-1', 'Une réponse', { parentId: parent.id, name: 'Léa' });
    // Hold the interactive chunk back until the reader has typed.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const requests: string[] = [];
    e2e.page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await e2e.page.route(/\/chunks\/kit-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await openHost(e2e.page, e2e.app, hostHtml({ site }));

    // Heading, comments with author, date, link, nested reply and the reactions as counts.
    await e2e.page.getByRole('heading', { name: 'Commentaires (2)' }).waitFor();
    const comment = commentWith(e2e.page, 'Voir https://exemple.fr/source');
    expect(await comment.getByText('Camille').count()).toBe(1);
    expect(await comment.locator('time').textContent()).toBe('maintenant');
    expect(await comment.getByRole('link', { name: 'https://exemple.fr/source' }).getAttribute('rel')).toBe(
      'nofollow ugc noopener',
    );
    expect(await comment.locator('.rx').textContent()).toContain('👍');
    await commentWith(e2e.page, 'Une réponse').waitFor();
    // No control has come yet: the page loaded the script, its chunk request (held) and one API call.
    expect(await e2e.page.getByRole('button').count()).toBe(0);
    expect(requests.filter((path) => path.startsWith('/v1/'))).toEqual(['/v1/comments']);

    const box = e2e.page.getByLabel('Réagir à cet article');
    await box.fill('Écrit avant le chunk');
    release();

    // The chunk's form takes over: same text, still focused, then its controls.
    await e2e.page.getByRole('button', { name: 'Publier' }).waitFor();
    expect(await box.inputValue()).toBe('Écrit avant le chunk');
    expect(
      await box.evaluate((element) => element === (element.getRootNode() as ShadowRoot).activeElement),
    ).toBe(true);
    await commentWith(e2e.page, 'Une réponse')
      .getByRole('button', { name: /^J'aime/ })
      .waitFor();
    expect(requests.filter((path) => path.startsWith('/v1/'))).toEqual(['/v1/comments']);
  });
});
