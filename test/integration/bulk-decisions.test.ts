/**
 * A bulk decision is all or nothing for what refuses the request: one id the moderator may not
 * decide from where they ask (a site whose origins exclude the browser's) and no id is decided,
 * however many came before it; nothing is logged.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../functions/shared/http/errors.js';
import { postComment } from '../../widget/src/api/comments.js';
import { listQueue, readLog } from '../../widget/src/api/moderation.js';
import { bearer } from '../support/test-app.js';
import { newKey } from '../support/test-fetcher.js';
import { type Staff, useTestApp } from '../support/use-test-app.js';

const t = useTestApp();
let moderator: Staff;
beforeAll(async () => {
  moderator = await t.staff(['moderators']);
});

let n = 0;
const author = { name: 'Autrice', email: 'autrice@example.org' };
/** A comment held for a moderator on `site`; its id. */
const held = async (site: string) =>
  (await postComment(t.client(), { site, page: 'p', body: `en attente ${n++}`, author }, newKey())).comment
    .id;

/** A log's entries but the system's (the holds at posting): the moderators' decisions. */
const decisionsIn = (entries: { actorId: string }[]) => entries.filter((e) => e.actorId !== 'system');

describe('bulk decisions', () => {
  it('applies nothing when one id is refused: statuses unchanged, no log entry', async () => {
    // Prepare: two sites, the browser's origin allowed on the first only
    const mine = await t.site({ moderation: 'pre', allowedOrigins: ['https://mine.example'] });
    const other = await t.site({ moderation: 'pre', allowedOrigins: ['https://other.example'] });
    const before = await held(mine);
    const refused = await held(other);
    const after = await held(mine);
    // Act
    const answer = await t.raw<ErrorBody>(
      'POST',
      '/v1/moderation/decisions',
      {
        commentIds: [before, refused, after],
        seen: { [before]: 'pending', [refused]: 'pending', [after]: 'pending' },
        action: 'approve',
      },
      { ...bearer(moderator.idToken), origin: 'https://mine.example' },
    );
    // Assess
    expect(answer).toMatchObject({ status: 403, body: { error: { code: 'origin_not_allowed' } } });
    const api = t.client(moderator.idToken);
    const pending = await listQueue(api, { site: mine, status: 'pending' });
    expect(pending.comments.map((c) => c.comment.id).sort()).toEqual([before, after].sort());
    expect((await listQueue(api, { site: other, status: 'pending' })).comments).toHaveLength(1);
    expect(decisionsIn((await readLog(api, mine)).entries)).toEqual([]);
  });

  it('decides every id when none is refused, from the same origin', async () => {
    const mine = await t.site({ moderation: 'pre', allowedOrigins: ['https://mine.example'] });
    const ids = [await held(mine), await held(mine)];

    const answer = await t.raw<{ results: { ok: boolean }[] }>(
      'POST',
      '/v1/moderation/decisions',
      { commentIds: ids, seen: Object.fromEntries(ids.map((id) => [id, 'pending'])), action: 'approve' },
      { ...bearer(moderator.idToken), origin: 'https://mine.example' },
    );

    expect(answer.status).toBe(200);
    expect(answer.body.results.map((r) => r.ok)).toEqual([true, true]);
    expect(decisionsIn((await readLog(t.client(moderator.idToken), mine)).entries)).toHaveLength(2);
  });
});
