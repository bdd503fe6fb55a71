/** Security test support: valid requests for the administrators' webhook routes. */
import { expect } from 'vitest';
import { api, bearer } from '../test-app.js';
import { actorOf, type Build, query, simple } from './request-kit.js';
import type { World } from './world.js';

/**
 * An endpoint of the admin site, registered by the admin. Its URL is the app's own (allowed for
 * the registration only): with the local allowance off again, each delivery is refused at once
 * by the URL check, so no cell waits on a network.
 */
async function endpoint(w: World): Promise<string> {
  const saved = process.env.WEBHOOKS_ALLOW_LOCAL;
  process.env.WEBHOOKS_ALLOW_LOCAL = '1';
  try {
    const url = `${w.app.url.replace('localhost', '127.0.0.1')}/matrix-hook`;
    const res = await api(
      w.app,
      'POST',
      '/v1/webhooks',
      { site: w.adminSite, url, events: ['comment.created'] },
      bearer(w.actors.admin.idToken),
    );
    expect(res.status).toBe(201);
    return res.body.endpoint.id as string;
  } finally {
    if (saved === undefined) delete process.env.WEBHOOKS_ALLOW_LOCAL;
    else process.env.WEBHOOKS_ALLOW_LOCAL = saved;
  }
}

// One endpoint for the cells that leave it in place (a site has at most 10); each delete its own.
const shared = new WeakMap<World, Promise<string>>();
const sharedEndpoint = (w: World) => shared.get(w) ?? shared.set(w, endpoint(w)).get(w) ?? endpoint(w);

const onEndpoint =
  (suffix: string, method = 'POST'): Build =>
  async (w, role) => {
    const id = await (method === 'DELETE' ? endpoint(w) : sharedEndpoint(w));
    const path = `/v1/webhooks/${id}${suffix}${query({ site: w.adminSite })}`;
    return {
      path,
      actor: actorOf(w, role),
      async after(res) {
        if (method === 'POST' && res.status < 300) expect(res.body.status).toBe('retrying');
        // A refused deletion leaves its endpoint: removed here, as a site holds ten at most.
        if (method === 'DELETE' && res.status !== 204)
          await api(w.app, 'DELETE', path, undefined, bearer(w.actors.admin.idToken));
      },
    };
  };

export const webhookRequests: Record<string, Build> = {
  'GET /v1/webhooks': simple((w) => `/v1/webhooks${query({ site: w.adminSite })}`),
  // A public address literal: accepted without DNS, and never delivered to (no event subscribed here).
  'POST /v1/webhooks': simple(
    () => '/v1/webhooks',
    (w) => ({ site: w.adminSite, url: 'https://93.184.215.14/hook', events: ['decision.made'] }),
  ),
  'DELETE /v1/webhooks/{id}': onEndpoint('', 'DELETE'),
  'POST /v1/webhooks/{id}/test': onEndpoint('/test'),
  'GET /v1/webhooks/{id}/deliveries': onEndpoint('/deliveries', 'GET'),
  'POST /v1/webhooks/{id}/redeliveries': async (w, role) => {
    const id = await sharedEndpoint(w);
    const admin = bearer(w.actors.admin.idToken);
    const tested = await api(
      w.app,
      'POST',
      `/v1/webhooks/${id}/test${query({ site: w.adminSite })}`,
      undefined,
      admin,
    );
    return {
      path: `/v1/webhooks/${id}/redeliveries`,
      body: { site: w.adminSite, eventId: tested.body.eventId },
      actor: actorOf(w, role),
    };
  },
};
