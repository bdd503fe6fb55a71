/**
 * Integration: a Disqus export imported into a site of DynamoDB Local (issue 17). A generated
 * file holds every case the importer decides on: replies deeper than the site allows, spam, a
 * deleted post with replies (a placeholder) and one without (left out), an anonymous author, an
 * orphan, a date that does not parse, an empty text, HTML bodies, a closed thread. The thread is
 * then read through the API as the widget reads it; a second import writes nothing; a malformed
 * file keeps what came before the fault and a run on the fixed file completes it; the counts of
 * every page, comment and queue are checked against the table after each.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { importFile } from '../../functions/archive/importer.js';
import type { Comment } from '../../functions/comments/types.js';
import { config } from '../../functions/shared/config.js';
import { dynamo } from '../../functions/shared/data/dynamo-client.js';
import { guestKey } from '../../functions/shared/guest-key.js';
import { listComments } from '../../widget/src/api/comments.js';
import { commentsByStatus, countProblems, siteItems } from '../support/archive-checks.js';
import { type ArchiveSpec, disqusXml } from '../support/archive-files.js';
import { useTestApp } from '../support/use-test-app.js';

vi.hoisted(() => {
  process.env.IDS_SECRET = "clé des identifiants du test d'import";
});

const t = useTestApp({ events: true });
const dir = mkdtempSync(join(tmpdir(), 'reagir-import-'));

const at = (day: number, hour = 10) => new Date(Date.UTC(2019, 2, day, hour)).toISOString();

/** One article of every case, one closed article, and a post whose thread is not in the file. */
const spec: ArchiveSpec = {
  threads: [
    {
      id: '1001',
      url: 'https://www.mon-journal.fr/politique/la-reforme.html?utm_source=x',
      title: 'La réforme des retraites',
      createdAt: at(1, 8),
      posts: [
        {
          id: '1',
          html: '<p>Premier avis &eacute;clair&eacute;.</p><p>Second paragraphe<br>à la ligne.</p>',
          createdAt: at(1),
          name: 'Alice',
          email: 'alice@example.fr',
        },
        {
          id: '2',
          parent: '1',
          html: '<p>Je r&eacute;ponds, voir <a href="https://example.org/x">ce lien</a>.</p>',
          createdAt: at(2),
          name: 'Bruno',
          email: 'Bruno@Example.fr ',
        },
        {
          id: '3',
          parent: '2',
          html: '<p>Niveau 2</p>',
          createdAt: at(3),
          name: 'Alice',
          email: 'alice@example.fr',
        },
        {
          id: '4',
          parent: '3',
          html: '<p>Niveau 3</p>',
          createdAt: at(4),
          name: 'Chloé',
          email: 'chloe@example.fr',
        },
        {
          id: '5',
          parent: '4',
          html: '<p>Niveau 4, trop profond</p>',
          createdAt: at(5),
          name: 'Denis',
          email: 'denis@example.fr',
        },
        {
          id: '6',
          html: '<p>Achetez des montres</p>',
          createdAt: at(2),
          name: 'Spammeur',
          email: 'spam@example.com',
          spam: true,
        },
        {
          id: '7',
          html: '<p>Supprimé, avec une réponse</p>',
          createdAt: at(3),
          name: 'Émile',
          email: 'emile@example.fr',
          deleted: true,
        },
        {
          id: '8',
          parent: '7',
          html: '<p>Réponse à un supprimé</p>',
          createdAt: at(4),
          name: 'Fanny',
          email: 'fanny@example.fr',
        },
        {
          id: '9',
          html: '<p>Supprimé, seul</p>',
          createdAt: at(5),
          name: 'Gaston',
          email: 'gaston@example.fr',
          deleted: true,
        },
        { id: '10', html: '<p>Sans adresse</p>', createdAt: at(6), name: 'Anonyme du 6' },
        {
          id: '11',
          html: '<p>Date illisible</p>',
          dateText: 'le 7 mars',
          name: 'Hugo',
          email: 'hugo@example.fr',
        },
        { id: '12', html: '<p> </p>', createdAt: at(7), name: 'Inès', email: 'ines@example.fr' },
        {
          id: '13',
          parent: '6',
          html: '<p>Réponse au spam</p>',
          createdAt: at(8),
          name: 'Jules',
          email: 'jules@example.fr',
        },
        {
          id: '14',
          html: '<script>alert(1)</script><p>&lt;script&gt;pas du code&lt;/script&gt;</p>',
          createdAt: at(8),
          name: '<b>Karim</b>',
          email: 'karim@example.fr',
        },
      ],
    },
    {
      id: '1002',
      url: 'https://www.mon-journal.fr/archives/ferme.html',
      title: 'Un article fermé',
      closed: true,
      posts: [
        { id: '20', html: '<p>Dernier mot</p>', createdAt: at(9), name: 'Alice', email: 'alice@example.fr' },
      ],
    },
    {
      id: '1003',
      url: 'https://www.mon-journal.fr/autre.html',
      title: 'Orphelin',
      posts: [
        {
          id: '30',
          html: '<p>Fil absent</p>',
          createdAt: at(9),
          name: 'Léa',
          email: 'lea@example.fr',
          threadRef: '999',
        },
      ],
    },
  ],
};

let site: string;
const file = join(dir, 'disqus.xml');

const run = (overrides: Partial<Parameters<typeof importFile>[0]> = {}) =>
  importFile({
    site,
    format: 'disqus',
    file,
    table: config.commentsTable,
    maxDepth: 3,
    dryRun: false,
    linkAccounts: false,
    ...overrides,
  });

const flat = (comments: Comment[]): Comment[] => comments.flatMap((c) => [c, ...flat(c.replies)]);

async function thread(page: string): Promise<Comment[]> {
  const list = await listComments(t.client(), { site, page, sort: 'oldest', limit: 50 });
  return flat(list.comments);
}

beforeAll(async () => {
  site = await t.site({ maxDepth: 3 });
  writeFileSync(file, disqusXml(spec));
});

describe('npm run import -- disqus', () => {
  it('says in a dry run what it would write, and writes nothing', async () => {
    const summary = await run({ dryRun: true });
    expect(summary).toMatchObject({ imported: 11, present: 0, threads: 3, posts: 16 });
    expect((await siteItems(site)).filter((item) => item.sk !== 'SITE')).toEqual([]);
  });

  it('imports the thread with its replies, dates, placeholder and texts, and counts exactly', async () => {
    const summary = await run();
    expect(summary).toMatchObject({ imported: 11, present: 0, faulty: 3 });
    expect(summary.skipped).toEqual({
      spam: 1,
      deleted_without_replies: 1,
      orphan: 1,
      bad_date: 1,
      empty_body: 1,
    });
    expect(summary.skips.map((s) => [s.sourceId, s.reason]).sort()).toEqual(
      [
        ['11', 'bad_date'],
        ['12', 'empty_body'],
        ['30', 'orphan'],
        ['6', 'spam'],
        ['9', 'deleted_without_replies'],
      ].sort(),
    );
    expect(await countProblems(site)).toEqual([]);

    const comments = await thread('/politique/la-reforme.html');
    const byText = (text: string) => comments.find((c) => c.body.startsWith(text));
    expect(byText('Premier avis')).toMatchObject({
      body: 'Premier avis éclairé.\n\nSecond paragraphe\nà la ligne.',
      createdAt: at(1),
      depth: 0,
      author: { name: 'Alice' },
      replyCount: 1,
      threadCount: 4,
    });
    expect(byText('Je réponds')?.body).toBe('Je réponds, voir ce lien (https://example.org/x).');
    // Deeper than the site allows: at the deepest level, answering the comment it replied to.
    const deepest = byText('Niveau 4');
    expect(deepest).toMatchObject({
      depth: 3,
      parentId: byText('Niveau 2')?.id,
      replyTo: { id: byText('Niveau 3')?.id, name: 'Chloé' },
    });
    // The deleted post with a reply is a placeholder; the reply to spam went to the top level.
    const placeholder = comments.find((c) => c.status === 'deleted');
    expect(placeholder).toMatchObject({ body: '', depth: 0, threadCount: 1 });
    expect(byText('Réponse à un supprimé')).toMatchObject({ parentId: placeholder?.id, depth: 1 });
    expect(byText('Réponse au spam')).toMatchObject({ parentId: null, depth: 0 });
    expect(byText('Sans adresse')?.author.name).toBe('Anonyme du 6');
    // Nothing interpreted: the script element's text goes, the escaped text stays text.
    expect(byText('<script>')?.body).toBe('<script>pas du code</script>');
    expect(byText('<script>')?.author.name).toBe('<b>Karim</b>');
    expect(JSON.stringify(comments)).not.toContain('example.fr');

    const list = await listComments(t.client(), { site, page: '/politique/la-reforme.html', sort: 'oldest' });
    expect(list.page).toMatchObject({ commentCount: 9, closed: false });
    const closed = await listComments(t.client(), { site, page: '/archives/ferme.html', sort: 'oldest' });
    expect(closed.page).toMatchObject({ commentCount: 1, closed: true });
  });

  it('keys guests by their email as a guest comment is, and marks no import write as news', async () => {
    const items = await siteItems(site);
    const bruno = items.find((item) => String(item.body).startsWith('Je réponds'));
    expect(bruno).toMatchObject({
      authorKey: guestKey('bruno@example.fr'),
      guestEmail: 'bruno@example.fr',
      authorId: null,
    });
    // The stream reader saw every write: none became an event (a reply alert, a webhook call).
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const all = await dynamo().send(
      new ScanCommand({ TableName: config.commentsTable, ConsistentRead: true }),
    );
    expect((all.Items ?? []).filter((item) => /^(EFFECT|ALERTS)/.test(String(item.pk)))).toEqual([]);
    await t.app.events?.runSchedule(new Date(Date.now() + 3_600_000));
    expect(await t.app.ses?.messages()).toEqual([]);
  });

  it('writes nothing twice when the same file is imported again', async () => {
    const before = await commentsByStatus(site);
    const summary = await run();
    expect(summary).toMatchObject({ imported: 0, present: 11 });
    expect(summary.pages).toMatchObject({ created: 0, recounted: 2, corrected: 0 });
    expect(await commentsByStatus(site)).toEqual(before);
    expect(await countProblems(site)).toEqual([]);
  });

  it('stops at a malformed record with its line and column, keeps what came before, and completes once fixed', async () => {
    const other = await t.site({ maxDepth: 3 });
    const good = disqusXml(spec);
    const cut = good.indexOf('<post dsq:id="8"');
    const broken = `${good.slice(0, cut)}<post dsq:id="8" oops>${good.slice(cut + '<post dsq:id="8">'.length)}`;
    const brokenFile = join(dir, 'broken.xml');
    writeFileSync(brokenFile, broken);
    const line = broken.slice(0, cut).split('\n').length;

    const first = await run({ site: other, file: brokenFile });
    expect(first.syntaxError).toMatchObject({ line });
    expect(first.syntaxError?.found).toMatch(/attribute/i);
    // Posts 1 to 7 came before it: 1–5 and 7's placeholder have no published reply yet… 7 has none: left out.
    expect(first.imported).toBe(5);
    expect(await countProblems(other)).toEqual([]);

    const fixed = await run({ site: other });
    expect(fixed.syntaxError).toBeUndefined();
    expect(fixed).toMatchObject({ imported: 6, present: 5 });
    expect(await countProblems(other)).toEqual([]);
    expect((await commentsByStatus(other)).approved).toBe((await commentsByStatus(site)).approved);
  });
});
