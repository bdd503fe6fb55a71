/**
 * Decisions name the status the moderator saw, and apply only while the comment is still in it:
 * two moderators deciding at once cannot both apply, the one who loses is told who decided and
 * when, and the log keeps both attempts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FieldIssue } from '../../functions/shared/errors.js';
import { postComment } from '../../widget/src/api/comments.js';
import { decide, type LogEntry, readLog } from '../../widget/src/api/moderation.js';
import { bearer } from '../support/test-app.js';
import { newKey } from '../support/test-fetcher.js';
import { type Staff, useTestApp } from '../support/use-test-app.js';

const t = useTestApp();
let claire: Staff;
let marc: Staff;
beforeAll(async () => {
  claire = await t.staff(['moderators'], 'Claire');
  marc = await t.staff(['moderators'], 'Marc');
});

let n = 0;
const author = { name: 'Autrice', email: 'autrice@example.org' };
/** A comment on `site` (held on a pre-moderated one); its id. */
const post = async (site: string) =>
  (await postComment(t.client(), { site, page: 'p', body: `avis ${n++}`, author }, newKey())).comment.id;
const as = (who: Staff) => t.client(who.idToken);
/** One comment's log, oldest first, as what was done and by whom (moderators only: not its hold at posting). */
const history = async (site: string, id: string) =>
  (await readLog(as(claire), site, id)).entries
    .filter((entry) => entry.actorId !== 'system')
    .reverse()
    .map(({ actorName, action, attempted, seen, from, to }: LogEntry) => ({
      actorName,
      action,
      ...(attempted ? { attempted, seen } : {}),
      from,
      ...(to ? { to } : {}),
    }));

type Invalid = { error: { code: string; issues: FieldIssue[] } };

describe('decisions conditioned on the status seen', () => {
  it('says the automatic rules changed it, not their internal name', async () => {
    // Prepare: a comment the rules held at posting, decided as though it were published
    const site = await t.site({ moderation: 'pre' });
    const id = await post(site);
    // Act
    const answer = await decide(as(marc), { [id]: 'approved' }, 'reject');
    // Assess
    expect(answer.results[0]).toMatchObject({
      ok: false,
      conflict: { status: 'pending', last: { system: true } },
    });
  });

  it('lets exactly one of two moderators deciding the same comment at once win; the other is told who', async () => {
    // Prepare: a held comment both moderators see pending
    const site = await t.site({ moderation: 'pre' });
    const id = await post(site);
    // Act
    const [byClaire, byMarc] = await Promise.all([
      decide(as(claire), { [id]: 'pending' }, 'approve'),
      decide(as(marc), { [id]: 'pending' }, 'reject'),
    ]);
    // Assess
    const results = [byClaire.results[0], byMarc.results[0]];
    expect(results.filter((r) => r?.ok)).toHaveLength(1);
    const winner = byClaire.results[0]?.ok ? 'Claire' : 'Marc';
    const [action, status] = winner === 'Claire' ? ['approve', 'approved'] : ['reject', 'rejected'];
    const lost = results.find((r) => r && !r.ok);
    expect(lost).toMatchObject({
      id,
      ok: false,
      error: { code: 'conflict' },
      conflict: { status, pinned: false, last: { actorName: winner, action } },
    });
  });

  it('logs both attempts of a race: the decision applied and the one refused, with what it saw', async () => {
    const site = await t.site({ moderation: 'pre' });
    const id = await post(site);

    const [byClaire] = await Promise.all([
      decide(as(claire), { [id]: 'pending' }, 'approve'),
      decide(as(marc), { [id]: 'pending' }, 'reject'),
    ]);

    const [winner, loser] = byClaire.results[0]?.ok ? ['Claire', 'Marc'] : ['Marc', 'Claire'];
    const [won, lost] = winner === 'Claire' ? ['approve', 'reject'] : ['reject', 'approve'];
    const wonTo = won === 'approve' ? 'approved' : 'rejected';
    expect(await history(site, id)).toEqual([
      { actorName: winner, action: won, from: 'pending', to: wonTo },
      { actorName: loser, action: 'conflict', attempted: lost, seen: 'pending', from: wonTo },
    ]);
  });

  it('refuses per id a decision whose status seen is stale, and applies the others of the batch', async () => {
    // Prepare: Claire rejects one of two held comments; Marc's page still shows both pending
    const site = await t.site({ moderation: 'pre' });
    const [taken, free] = [await post(site), await post(site)];
    await decide(as(claire), { [taken]: 'pending' }, 'reject');
    // Act
    const answer = await decide(as(marc), { [taken]: 'pending', [free]: 'pending' }, 'approve');
    // Assess
    expect(answer.results).toEqual([
      {
        id: taken,
        ok: false,
        error: { code: 'conflict', message: expect.stringContaining('reject by Claire') },
        conflict: {
          status: 'rejected',
          pinned: false,
          last: { actorName: 'Claire', system: false, action: 'reject', at: expect.any(String) },
        },
      },
      { id: free, ok: true, status: 'approved', pinned: false },
    ]);
    expect(await history(site, taken)).toEqual([
      { actorName: 'Claire', action: 'reject', from: 'pending', to: 'rejected' },
      { actorName: 'Marc', action: 'conflict', attempted: 'approve', seen: 'pending', from: 'rejected' },
    ]);
  });

  it('names the last decision, not an earlier refused attempt, when a stale status is sent again', async () => {
    const site = await t.site({ moderation: 'pre' });
    const id = await post(site);
    await decide(as(claire), { [id]: 'pending' }, 'spam');
    await decide(as(marc), { [id]: 'pending' }, 'approve');

    const again = await decide(as(marc), { [id]: 'pending' }, 'reject');

    expect(again.results[0]).toMatchObject({
      ok: false,
      conflict: { status: 'spam', last: { actorName: 'Claire', system: false, action: 'spam' } },
    });
  });

  it('applies a decision taken on the status the comment is in now, after a conflict showed it', async () => {
    const site = await t.site({ moderation: 'pre' });
    const id = await post(site);
    await decide(as(claire), { [id]: 'pending' }, 'reject');

    const deliberate = await decide(as(marc), { [id]: 'rejected' }, 'approve');

    expect(deliberate.results[0]).toEqual({ id, ok: true, status: 'approved', pinned: false });
  });

  it('refuses a pin on a comment seen published that a colleague has rejected since', async () => {
    const site = await t.site();
    const id = await post(site);
    await decide(as(claire), { [id]: 'approved' }, 'reject');

    const pin = await decide(as(marc), { [id]: 'approved' }, 'pin');

    expect(pin.results[0]).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
      conflict: { status: 'rejected', pinned: false, last: { actorName: 'Claire', action: 'reject' } },
    });
    expect((await history(site, id)).map((e) => e.action)).toEqual(['reject', 'conflict']);
  });
});

describe('the status seen, validated', () => {
  const send = (body: unknown) =>
    t.raw<Invalid>('POST', '/v1/moderation/decisions', body, bearer(claire.idToken));
  const other = '01ARZ3NDEKTSV4RRFFQ69G5FAV';

  it('answers 400 naming `body.seen` when it is left out', async () => {
    const id = await post(await t.site());

    const res = await send({ commentIds: [id], action: 'approve' });

    expect(res.status).toBe(400);
    expect(res.body.error.issues).toEqual([expect.objectContaining({ path: 'body.seen', code: 'required' })]);
  });

  it('answers 400 naming the id whose status seen is missing', async () => {
    const id = await post(await t.site());

    const res = await send({ commentIds: [id, other], seen: { [id]: 'approved' }, action: 'approve' });

    expect(res.status).toBe(400);
    expect(res.body.error.issues).toEqual([
      expect.objectContaining({ path: `body.seen.${other}`, code: 'required' }),
    ]);
  });

  it('answers 400 naming a status seen for a comment the decision is not about', async () => {
    const id = await post(await t.site());

    const res = await send({
      commentIds: [id],
      seen: { [id]: 'approved', [other]: 'pending' },
      action: 'approve',
    });

    expect(res.status).toBe(400);
    expect(res.body.error.issues).toEqual([
      expect.objectContaining({
        path: `body.seen.${other}`,
        message: `body.seen.${other} names a comment that is not in commentIds`,
      }),
    ]);
  });

  it('answers 400 listing the statuses when the one seen is not a status', async () => {
    const site = await t.site();
    const id = await post(site);

    const res = await send({ commentIds: [id], seen: { [id]: 'published' }, action: 'reject' });

    expect(res.status).toBe(400);
    expect(res.body.error.issues).toEqual([
      expect.objectContaining({ path: `body.seen.${id}`, code: 'invalid_value' }),
    ]);
    expect((await readLog(as(claire), site, id)).entries).toEqual([]);
  });
});
