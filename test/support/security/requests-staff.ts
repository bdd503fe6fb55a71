/** Security test support: valid requests for the moderators' and administrators' routes. */
import { expect } from 'vitest';
import { api } from '../test-app.js';
import { actorOf, type Build, next, query, simple } from './request-kit.js';
import { comment, type World } from './world.js';

const onVictim = (w: World, path: string) =>
  `${path.replace('{userId}', w.victim.userId)}${query({ site: w.site })}`;

export const staffRequests: Record<string, Build> = {
  'GET /v1/moderation/queue': simple((w) => `/v1/moderation/queue${query({ site: w.site })}`),
  'GET /v1/moderation/search': simple((w) => `/v1/moderation/search${query({ site: w.site, q: 'matrice' })}`),
  'POST /v1/moderation/decisions': async (w, role) => {
    // `comment` publishes its target: the moderator saw it approved.
    const id = await comment(w);
    return {
      path: '/v1/moderation/decisions',
      body: { commentIds: [id], seen: { [id]: 'approved' }, action: 'reject', reason: 'matrice' },
      actor: actorOf(w, role),
      async after(res) {
        if (res.status === 200) expect(res.body.results[0]).toMatchObject({ ok: true, status: 'rejected' });
      },
    };
  },
  'POST /v1/moderation/notices/{id}': async (w, role) => {
    // A published comment with one open notice (exempt, so without a notifier's address to leak).
    const id = await comment(w);
    const notice = { reason: 'illegal', text: 'matrice', goodFaith: true, exemptOffence: true };
    const sent = await api(w.app, 'POST', `/v1/comments/${id}/reports`, notice);
    expect(sent.status).toBe(201);
    const statement = {
      facts: 'matrice',
      ground: { kind: 'charter', name: 'Charte, art. 1', explanation: 'matrice' },
      redress: 'matrice',
      automated: false,
    };
    return {
      path: `/v1/moderation/notices/${id}`,
      body: { decision: 'remove', seen: 'approved', statement },
      actor: actorOf(w, role),
      async after(res) {
        if (res.status === 200) expect(res.body).toMatchObject({ id, status: 'rejected', notices: 1 });
      },
    };
  },
  'POST /v1/moderation/bans/{userId}': simple(
    (w) => onVictim(w, '/v1/moderation/bans/{userId}'),
    () => ({ reason: 'matrice' }),
  ),
  'DELETE /v1/moderation/bans/{userId}': simple((w) => onVictim(w, '/v1/moderation/bans/{userId}')),
  'PUT /v1/moderation/users/{userId}/note': simple(
    (w) => onVictim(w, '/v1/moderation/users/{userId}/note'),
    () => ({ note: 'matrice' }),
  ),
  'GET /v1/moderation/users/{userId}': simple((w) => onVictim(w, '/v1/moderation/users/{userId}')),
  'POST /v1/moderation/users/{userId}/warnings': simple(
    (w) => onVictim(w, '/v1/moderation/users/{userId}/warnings'),
    () => ({ message: 'matrice' }),
  ),
  'PUT /v1/moderation/pages': simple(
    (w) => `/v1/moderation/pages${query({ site: w.site, page: `closable-${next()}` })}`,
    () => ({ closed: true }),
  ),
  'PATCH /v1/moderation/pages': simple(
    (w) => `/v1/moderation/pages${query({ site: w.site, page: `named-${next()}` })}`,
    () => ({ title: 'Matrice', url: null }),
  ),
  'GET /v1/moderation/log': simple((w) => `/v1/moderation/log${query({ site: w.site })}`),
  'GET /v1/moderation/stats': simple((w) => `/v1/moderation/stats${query({ site: w.site })}`),
  'GET /v1/moderation/alerts': simple((w) => `/v1/moderation/alerts${query({ site: w.site })}`),
  'PUT /v1/moderation/alerts': simple(
    (w) => `/v1/moderation/alerts${query({ site: w.site })}`,
    () => ({ digest: '1h', notices: true }),
  ),
  'GET /v1/sites/{site}': simple((w) => `/v1/sites/${w.site}`),
  'PUT /v1/sites/{site}': simple(
    (w) => `/v1/sites/${w.adminSite}`,
    () => ({ name: 'Renommé' }),
  ),
};
