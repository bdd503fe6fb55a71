import { describe, expect, it } from 'vitest';
import type { QueueItem } from '../../widget/src/api/moderation.js';
import { addIncoming, bringIn } from '../../widget/src/console/queue/incoming.js';
import { consoleEn } from '../../widget/src/i18n/console-en.js';
import { consoleFr } from '../../widget/src/i18n/console-fr.js';

const item = (id: string) => ({ comment: { id } }) as unknown as QueueItem;
const ids = (items: QueueItem[]) => items.map((i) => i.comment.id);

describe('console: the comments a poll found new', () => {
  it('keeps only the comments neither shown nor already waiting', () => {
    const waiting = addIncoming(
      [item('a'), item('b')],
      [item('c')],
      [item('b'), item('c'), item('d')],
      false,
    );

    expect(ids(waiting)).toEqual(['c', 'd']);
  });

  it('puts a later poll’s comments first in a newest-first queue', () => {
    expect(ids(addIncoming([], [item('c')], [item('d')], true))).toEqual(['d', 'c']);
  });

  it('brings them in at the end, or at the top of a newest-first queue, never twice', () => {
    expect(ids(bringIn([item('a')], [item('b'), item('a')], false))).toEqual(['a', 'b']);
    expect(ids(bringIn([item('a')], [item('b')], true))).toEqual(['b', 'a']);
  });

  it('says "1 nouveau commentaire", "2 nouveaux commentaires" and their English twins', () => {
    expect([consoleFr.newComments(1), consoleFr.newComments(2)]).toEqual([
      '1 nouveau commentaire',
      '2 nouveaux commentaires',
    ]);
    expect([consoleEn.newComments(1), consoleEn.newComments(3)]).toEqual(['1 new comment', '3 new comments']);
  });
});
