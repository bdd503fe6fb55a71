/**
 * The import's plan (pure): where each post of the file goes, decided from the structure alone.
 * Parents listed after their replies, loops of parents, pending and skipped parents, replies
 * deeper than the site allows, deleted posts with and without published replies, and the counts
 * of every comment and page; ids derived from the source's, the same on every run.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportPlan } from '../../../functions/archive/import-plan.js';
import { MappingError, pageIdOf, readPageMapping } from '../../../functions/archive/page-ids.js';
import type { SourcePost, SourceThread } from '../../../functions/archive/sources/types.js';

const at = { line: 1, column: 1 };
const thread = (sourceId: string, url?: string): SourceThread => ({
  kind: 'thread',
  sourceId,
  url,
  closed: false,
  at,
});
const post = (sourceId: string, more: Partial<SourcePost> = {}): SourcePost => ({
  kind: 'post',
  sourceId,
  threadId: 't',
  html: `<p>${sourceId}</p>`,
  createdAt: `2020-01-0${Math.min(9, Number(sourceId.replace(/\D/g, '')) || 1)}T10:00:00.000Z`,
  dateText: '',
  authorName: `Auteur ${sourceId}`,
  state: 'approved',
  at,
  ...more,
});

function planOf(posts: SourcePost[], maxDepth = 3): ImportPlan {
  const plan = new ImportPlan('site', 'disqus', maxDepth);
  plan.addThread(thread('t', 'https://www.example.fr/a/b.html?x=1#c'));
  for (const p of posts) plan.addPost(p, false);
  plan.resolve();
  return plan;
}

describe('the import plan', () => {
  it('places a reply listed before its parent under it, and counts both', () => {
    const plan = planOf([post('2', { parentId: '1' }), post('1')]);
    const [parent, reply] = [plan.commentOf('1'), plan.commentOf('2')];
    expect(reply).toMatchObject({ parentId: parent?.id, depth: 1, path: `${parent?.id}/${reply?.id}` });
    expect(parent).toMatchObject({ replyCount: 1, threadCount: 1, page: '/a/b.html' });
    expect(plan.threads.get('t')).toMatchObject({
      commentCount: 2,
      pendingCount: 0,
      firstAt: parent?.createdAt,
    });
  });

  it('derives the same ids on every run, sortable by the comments’ dates', () => {
    const [a, b] = [planOf([post('1'), post('2')]), planOf([post('1'), post('2')])];
    expect(a.commentOf('1')?.id).toBe(b.commentOf('1')?.id);
    expect(a.commentOf('1')?.id.localeCompare(a.commentOf('2')?.id ?? '')).toBe(-1);
  });

  it('puts replies deeper than the site allows at the deepest level, answering their parent', () => {
    const plan = planOf([post('1'), post('2', { parentId: '1' }), post('3', { parentId: '2' })], 1);
    expect(plan.commentOf('3')).toMatchObject({
      parentId: plan.commentOf('1')?.id,
      depth: 1,
      replyTo: { id: plan.commentOf('2')?.id, name: 'Auteur 2' },
    });
    expect(plan.commentOf('1')).toMatchObject({ replyCount: 2, threadCount: 2 });
  });

  it('keeps a deleted post with a published reply as a placeholder, and leaves one without out', () => {
    const plan = planOf([
      post('1', { state: 'deleted' }),
      post('2', { parentId: '1' }),
      post('3', { state: 'deleted' }),
      post('4', { parentId: '3', state: 'spam' }),
    ]);
    expect(plan.commentOf('1')).toMatchObject({ status: 'deleted', threadCount: 1 });
    expect(plan.commentOf('3')).toBeUndefined();
    expect(plan.skips.map((s) => [s.sourceId, s.reason])).toEqual([
      ['4', 'spam'],
      ['3', 'deleted_without_replies'],
    ]);
    expect(plan.threads.get('t')?.commentCount).toBe(1);
  });

  it('puts a reply to a pending or spam comment under the nearest published ancestor, with a note', () => {
    const plan = planOf([
      post('1'),
      post('2', { parentId: '1', state: 'pending' }),
      post('3', { parentId: '2' }),
      post('4', { state: 'spam' }),
      post('5', { parentId: '4' }),
    ]);
    expect(plan.commentOf('3')?.parentId).toBe(plan.commentOf('1')?.id);
    expect(plan.commentOf('5')?.parentId).toBeNull();
    expect(plan.notes.filter((n) => n.note === 'reparented').map((n) => n.sourceId)).toEqual(['3', '5']);
    expect(plan.threads.get('t')).toMatchObject({ commentCount: 3, pendingCount: 1 });
    expect(plan.commentOf('1')).toMatchObject({ replyCount: 1, threadCount: 1 });
  });

  it('refuses a loop of parents, and imports a reply whose parent is not in the file at the top', () => {
    const plan = planOf([
      post('1', { parentId: '2' }),
      post('2', { parentId: '1' }),
      post('3', { parentId: '99' }),
    ]);
    expect(plan.skips.map((s) => s.reason)).toContain('parent_cycle');
    expect(plan.commentOf('3')).toMatchObject({ parentId: null, depth: 0 });
    expect(plan.notes.map((n) => n.note)).toContain('parent_not_found');
  });

  it('leaves out orphans, dates that do not parse and empty texts, with their reasons', () => {
    const plan = new ImportPlan('site', 'disqus', 3);
    plan.addThread(thread('t', 'https://www.example.fr/x'));
    plan.addPost(post('1', { threadId: 'absent' }), false);
    plan.addPost(post('2', { createdAt: undefined, dateText: 'hier' }), false);
    plan.addPost(post('3'), true);
    plan.resolve();
    expect(plan.skips.map((s) => [s.sourceId, s.reason, s.detail])).toEqual([
      ['1', 'orphan', 'thread absent is not in the file'],
      ['2', 'bad_date', 'hier'],
      ['3', 'empty_body', undefined],
    ]);
  });
});

describe('page ids', () => {
  it('are the URL’s path, the mapping’s when it has the URL, else made of the thread id', () => {
    const mapping = new Map([['https://www.example.fr/a.html', 'article-a']]);
    expect(
      pageIdOf({ sourceId: '1', url: 'https://www.example.fr/a.html?utm=1' }, 'disqus', mapping).page,
    ).toBe('article-a');
    expect(pageIdOf({ sourceId: '1', url: 'https://www.example.fr/b.html#x' }, 'disqus', mapping).page).toBe(
      '/b.html',
    );
    expect(pageIdOf({ sourceId: '9', url: 'pas une adresse' }, 'wordpress')).toEqual({
      page: 'wordpress-9',
      fromUrl: false,
    });
  });

  it('read a mapping file of url,page lines and name the line that is not one', () => {
    const file = join(tmpdir(), `mapping-${process.pid}.csv`);
    writeFileSync(file, 'url,page\n# a comment\nhttps://www.example.fr/a.html, article-a\n\n');
    expect([...readPageMapping(file)]).toEqual([['https://www.example.fr/a.html', 'article-a']]);
    writeFileSync(file, 'url,page\nhttps://www.example.fr/a.html\n');
    expect(() => readPageMapping(file)).toThrow(MappingError);
    expect(() => readPageMapping(file)).toThrow(/line 2/);
  });
});
