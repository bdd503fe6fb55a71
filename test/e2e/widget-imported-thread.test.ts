/**
 * E2E: a thread brought in by `npm run import` (issue 17), as a reader sees it under the article:
 * the imported comments with their authors and original dates, each reply nested under the
 * comment it answered, a deleted post with a reply as a placeholder, and a reply deeper than the
 * site allows at the deepest level, saying whom it answers. The page is the one the widget names
 * itself by its path, as the import names the thread from its URL.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { importFile } from '../../functions/archive/importer.js';
import { config } from '../../functions/shared/config.js';
import { disqusXml } from '../support/archive-files.js';
import { createTestSite } from '../support/test-app.js';
import { hasBrowser } from './support/browser.js';
import { useE2E } from './support/e2e.js';
import { hostHtml, openHost } from './support/host-page.js';
import { commentWith, parentIdOf } from './support/widget.js';

vi.hoisted(() => {
  process.env.IDS_SECRET = 'clé des identifiants du test du fil importé';
});

const at = (month: number, day: number) => new Date(Date.UTC(2016, month, day, 9, 30)).toISOString();

describe.skipIf(!hasBrowser)('widget: an imported thread', () => {
  const e2e = useE2E();

  it('shows the archive’s comments with their dates, replies under their parents, placeholders and deep replies', async () => {
    const site = await createTestSite({ maxDepth: 1 });
    const file = join(mkdtempSync(join(tmpdir(), 'reagir-e2e-import-')), 'disqus.xml');
    writeFileSync(
      file,
      disqusXml({
        threads: [
          {
            id: '77',
            url: 'https://www.mon-journal.fr/2016/budget.html',
            title: 'Le budget 2016',
            posts: [
              {
                id: '1',
                html: '<p>Une question sur le budget.</p>',
                createdAt: at(2, 1),
                name: 'Alice',
                email: 'alice@example.fr',
              },
              {
                id: '2',
                parent: '1',
                html: '<p>Une réponse.</p>',
                createdAt: at(2, 2),
                name: 'Bruno',
                email: 'bruno@example.fr',
              },
              {
                id: '3',
                parent: '2',
                html: '<p>Une réponse à la réponse.</p>',
                createdAt: at(2, 3),
                name: 'Chloé',
                email: 'chloe@example.fr',
              },
              {
                id: '4',
                html: '<p>Retiré</p>',
                createdAt: at(3, 1),
                name: 'Denis',
                email: 'denis@example.fr',
                deleted: true,
              },
              {
                id: '5',
                parent: '4',
                html: '<p>Sous un commentaire retiré.</p>',
                createdAt: at(3, 2),
                name: 'Émile',
                email: 'emile@example.fr',
              },
            ],
          },
        ],
      }),
    );
    const summary = await importFile({
      site,
      format: 'disqus',
      file,
      table: config.commentsTable,
      maxDepth: 1,
      dryRun: false,
      linkAccounts: false,
    });
    expect(summary).toMatchObject({ imported: 5, faulty: 0 });

    await openHost(e2e.page, e2e.app, hostHtml({ site, page: '/2016/budget.html' }));
    await e2e.page.getByRole('heading', { name: 'Commentaires (4)' }).waitFor();

    const question = commentWith(e2e.page, 'Une question sur le budget.');
    const answer = commentWith(e2e.page, 'Une réponse.');
    const deep = commentWith(e2e.page, 'Une réponse à la réponse.');
    await deep.waitFor();
    expect(await question.getByText('Alice').count()).toBe(1);
    expect(await question.locator('time').first().getAttribute('datetime')).toBe(at(2, 1));
    expect(await answer.locator('time').first().getAttribute('datetime')).toBe(at(2, 2));
    const questionId = (await question.getAttribute('id'))?.replace('reagir-', '');
    expect(await parentIdOf(answer)).toBe(questionId);
    // Deeper than the site's one level: beside the answer, under the question, naming Bruno.
    expect(await parentIdOf(deep)).toBe(questionId);
    await deep.getByText('Bruno').first().waitFor();

    const under = commentWith(e2e.page, 'Sous un commentaire retiré.');
    const placeholder = e2e.page.locator('article', { has: e2e.page.getByText('Commentaire supprimé') });
    expect(await parentIdOf(under)).toBe(
      (await placeholder.first().getAttribute('id'))?.replace('reagir-', ''),
    );
    expect(await e2e.page.getByText('Retiré', { exact: true }).count()).toBe(0);
  });
});
