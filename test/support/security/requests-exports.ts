/** Security test support: valid requests for a site's export routes (its administrators). */
import { expect } from 'vitest';
import type { ExportJob, ExportListAnswer } from '../../../functions/archive/types.js';
import { api, bearer } from '../test-app.js';
import { actorOf, type Build, simple } from './request-kit.js';
import type { World } from './world.js';

const exportsOf = (w: World) => `/v1/sites/${w.adminSite}/exports`;

/**
 * Waits until no export of the admin site runs (one at a time per site): a cell that starts one
 * must not find its predecessor's still running, whichever cell started that.
 */
async function idle(w: World): Promise<void> {
  for (let i = 0; i < 300; i++) {
    const res = await api(w.app, 'GET', exportsOf(w), undefined, bearer(w.actors.admin.idToken));
    const { exports } = res.body as ExportListAnswer;
    if (!exports.some((job) => job.status === 'running')) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('an export of the matrix site ran for 30 s');
}

/** A finished export of the admin site, made once per world, for the cells that read one. */
const finished = new WeakMap<World, Promise<string>>();
function finishedExport(w: World): Promise<string> {
  const known = finished.get(w);
  if (known) return known;
  const made = (async () => {
    await idle(w);
    const res = await api(w.app, 'POST', exportsOf(w), {}, bearer(w.actors.admin.idToken));
    expect(res.status).toBe(202);
    await idle(w);
    return (res.body as ExportJob).id;
  })();
  finished.set(w, made);
  return made;
}

export const exportRequests: Record<string, Build> = {
  'POST /v1/sites/{site}/exports': async (w, role) => {
    await idle(w);
    return {
      path: exportsOf(w),
      body: { includePrivate: false },
      actor: actorOf(w, role),
      async after(res) {
        if (res.status === 202) expect(res.body).toMatchObject({ status: 'running', site: w.adminSite });
        await idle(w);
      },
    };
  },
  'GET /v1/sites/{site}/exports': simple(exportsOf),
  'GET /v1/sites/{site}/exports/{id}': async (w, role) => ({
    path: `${exportsOf(w)}/${await finishedExport(w)}`,
    actor: actorOf(w, role),
  }),
};
