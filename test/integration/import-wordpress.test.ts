/**
 * Integration: a WordPress export (WXR) imported into a site (issue 17). WordPress numbers
 * comments per site but exports repeat ids across items here, as after a merge of blogs: each
 * item's comments stay its own. Pending comments land in the moderators' pending queue with
 * their counts; trashed ones with replies are placeholders; pingbacks are left out; dates come
 * from `comment_date_gmt`, else the local date; a closed item is a closed page; a mapping file
 * gives the page ids of a site whose pages pass `data-page`; `--link-accounts` gives a comment to
 * the confirmed account of its email.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { importFile } from '../../functions/archive/importer.js';
import { readPageMapping } from '../../functions/archive/page-ids.js';
import type { Comment } from '../../functions/comments/types.js';
import { config } from '../../functions/shared/config.js';
import { listComments } from '../../widget/src/api/comments.js';
import { listQueue } from '../../widget/src/api/moderation.js';
import { countProblems, siteItems } from '../support/archive-checks.js';
import { type ArchiveSpec, wordpressXml } from '../support/archive-files.js';
import { useTestApp } from '../support/use-test-app.js';

vi.hoisted(() => {
  process.env.IDS_SECRET = "clé des identifiants du test d'import WordPress";
});

const t = useTestApp();
const dir = mkdtempSync(join(tmpdir(), 'reagir-import-wp-'));
const at = (day: number, hour = 10) => new Date(Date.UTC(2021, 5, day, hour)).toISOString();

const spec = (readerEmail: string): ArchiveSpec => ({
  threads: [
    {
      id: '41',
      url: 'https://blog.example.fr/2021/06/budget-participatif/',
      title: 'Le budget participatif',
      posts: [
        {
          id: '1',
          html: 'Bonne idée.\n\nMais le vote ?\nEt la suite.',
          createdAt: at(1),
          name: 'Alice',
          email: 'alice@example.fr',
        },
        {
          id: '2',
          parent: '1',
          html: 'En attente de modération',
          createdAt: at(2),
          name: 'Bruno',
          email: 'bruno@example.fr',
          pending: true,
        },
        {
          id: '3',
          html: 'Mis à la corbeille',
          createdAt: at(2),
          name: 'Chloé',
          email: 'chloe@example.fr',
          deleted: true,
        },
        {
          id: '4',
          parent: '3',
          html: 'Réponse à la corbeille',
          createdAt: at(3),
          name: 'Denis',
          email: 'denis@example.fr',
        },
        { id: '5', html: 'Ping !', createdAt: at(3), name: 'Un autre blog', type: 'pingback' },
        {
          id: '6',
          html: 'Heure locale seulement',
          dateText: '0000-00-00 00:00:00',
          localDate: '2021-06-04 12:30:00',
          name: 'Émile',
          email: 'emile@example.fr',
        },
        { id: '7', html: 'Mon compte Réagir', createdAt: at(5), name: 'Lectrice', email: readerEmail },
      ],
    },
    {
      id: '42',
      url: 'https://blog.example.fr/2021/06/ferme/',
      title: 'Commentaires fermés',
      closed: true,
      // The same comment ids as the item above: they are this item's own.
      posts: [
        {
          id: '1',
          html: 'Autre article, même numéro',
          createdAt: at(6),
          name: 'Fanny',
          email: 'fanny@example.fr',
        },
        {
          id: '2',
          parent: '1',
          html: 'Réponse, même numéro',
          createdAt: at(7),
          name: 'Gaston',
          email: 'gaston@example.fr',
        },
      ],
    },
  ],
});

const flat = (comments: Comment[]): Comment[] => comments.flatMap((c) => [c, ...flat(c.replies)]);
let site: string;
let readerId: string;
const file = join(dir, 'wordpress.xml');

beforeAll(async () => {
  site = await t.site({ maxDepth: 3 });
  const reader = await t.reader('Lectrice');
  readerId = reader.user.id;
  writeFileSync(file, wordpressXml(spec(reader.email)));
  const mapping = join(dir, 'mapping.csv');
  writeFileSync(mapping, 'url,page\nhttps://blog.example.fr/2021/06/budget-participatif/,budget-2021\n');
  const summary = await importFile({
    site,
    format: 'wordpress',
    file,
    table: config.commentsTable,
    maxDepth: 3,
    dryRun: false,
    mapping: readPageMapping(mapping),
    linkAccounts: true,
  });
  expect(summary).toMatchObject({ imported: 8, faulty: 0, skipped: {} });
});

describe('npm run import -- wordpress', () => {
  it('keeps the comments of two items with the same ids apart, each under its own parent', async () => {
    const closed = await listComments(t.client(), { site, page: '/2021/06/ferme/', sort: 'oldest' });
    expect(closed.page).toMatchObject({ commentCount: 2, closed: true });
    const [first] = closed.comments;
    expect(first).toMatchObject({ body: 'Autre article, même numéro', replyCount: 1 });
    expect(first?.replies[0]).toMatchObject({
      body: 'Réponse, même numéro',
      parentId: first?.id,
      createdAt: at(7),
    });
  });

  it('keeps line breaks, local dates, placeholders and the mapping’s page ids', async () => {
    const list = await listComments(t.client(), { site, page: 'budget-2021', sort: 'oldest' });
    const comments = flat(list.comments);
    expect(comments.find((c) => c.body.startsWith('Bonne idée'))?.body).toBe(
      'Bonne idée.\n\nMais le vote ?\nEt la suite.',
    );
    expect(comments.find((c) => c.body.startsWith('Heure locale'))?.createdAt).toBe(
      '2021-06-04T12:30:00.000Z',
    );
    const placeholder = comments.find((c) => c.status === 'deleted');
    expect(comments.find((c) => c.body.startsWith('Réponse à la corbeille'))?.parentId).toBe(placeholder?.id);
    expect(comments.some((c) => c.body === 'Ping !')).toBe(false);
    expect(list.page?.commentCount).toBe(4);
  });

  it('puts pending comments in the pending queue, counted', async () => {
    const moderator = await t.staff(['moderators']);
    const queue = await listQueue(t.client(moderator.idToken), { site, status: 'pending' });
    expect(queue.comments.map((c) => c.comment.body)).toEqual(['En attente de modération']);
    expect(queue.counts.pending).toBe(1);
    expect(await countProblems(site)).toEqual([]);
  });

  it('gives a comment to the confirmed account of its email', async () => {
    const items = await siteItems(site);
    const own = items.find((item) => item.body === 'Mon compte Réagir');
    expect(own).toMatchObject({ authorId: readerId, authorKey: readerId });
    expect(own?.guestEmail).toBeUndefined();
    const mine = await listComments(t.client((await t.reader()).idToken), {
      site,
      page: 'budget-2021',
      sort: 'oldest',
    });
    expect(flat(mine.comments).find((c) => c.body === 'Mon compte Réagir')?.author.id).toMatch(/^a_/);
  });
});
