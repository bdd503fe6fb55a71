/**
 * Issue 18, point 2: one article's comments take 1,000 reactions from 1,000 readers at once, and
 * their stored counts are exact within the suites' stated delay (COUNTS_EXACT_WITHIN_MS, the
 * fold's), with the top order following them. The readers are the site's SSO readers: one token
 * signed here and one exchange each, far cheaper than 1,000 user-pool logins.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CommentList } from '../../functions/comments/types.js';
import { postComment } from '../../widget/src/api/comments.js';
import { inParallel } from '../support/load-client.js';
import { ssoPublisher } from '../support/sso.js';
import { bearer } from '../support/test-app.js';
import { newKey } from '../support/test-fetcher.js';
import { COUNTS_EXACT_WITHIN_MS, type Staff, useTestApp } from '../support/use-test-app.js';

const t = useTestApp();
let admin: Staff;
beforeAll(async () => {
  admin = await t.staff(['admins'], 'Administratrice');
});
const publisher = ssoPublisher(t, () => admin.idToken);

const READERS = 1000;
const COMMENTS = 40;
// Comment k takes 5 + k reactions, the last the rest: all different, so the top order is known.
const wanted = Array.from({ length: COMMENTS }, (_, k) => 5 + k);
wanted[COMMENTS - 1] = READERS - wanted.slice(0, -1).reduce((a, b) => a + b, 0);

describe('reactions at scale on one article', () => {
  it('counts 1,000 readers reacting at once to one article’s comments exactly, within the stated delay', async () => {
    // Prepare
    const site = await publisher.site();
    const ids: string[] = [];
    for (let k = 0; k < COMMENTS; k++) {
      const author = { name: `Auteur ${k}`, email: `auteur${k}@example.org` };
      const body = `Commentaire ${k}`;
      ids.push(
        (await postComment(t.client(), { site: site.site, page: 'une', body, author }, newKey())).comment.id,
      );
    }
    const targets = wanted.flatMap((count, k) => Array.from({ length: count }, () => ids[k] ?? ''));
    const tokens = await inParallel(
      targets,
      20,
      async (_, i) => (await publisher.signIn(site, `abonne-${i}`)).token,
    );
    // Act
    const answers = await inParallel(targets, 100, (id, i) =>
      t.raw('PUT', `/v1/comments/${id}/reactions/like`, undefined, bearer(tokens[i] ?? '')),
    );
    const answered = Date.now();
    await t.counted(COUNTS_EXACT_WITHIN_MS);
    const exactAfterMs = Date.now() - answered;
    // Assess
    expect(answers.filter((a) => a.status !== 200).map((a) => a.body)).toEqual([]);
    const top = await t.raw<CommentList>('GET', `/v1/comments?site=${site.site}&page=une&sort=top&limit=50`);
    expect(top.body.comments.map((c) => c.reactions.like)).toEqual([...wanted].reverse());
    expect(top.body.comments.map((c) => c.id)).toEqual([...ids].reverse());
    console.info(
      `1,000 reactions on ${COMMENTS} comments: counts exact ${exactAfterMs} ms after the last answer`,
    );
  }, 300_000);
});
