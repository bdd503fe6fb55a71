/** Security test support: valid requests for a site's team routes (its administrators). */
import { grantRole } from '../../../functions/sites/team.js';
import { actorOf, type Build, simple } from './request-kit.js';
import { account } from './world.js';

export const teamRequests: Record<string, Build> = {
  'GET /v1/sites/{site}/team': simple((w) => `/v1/sites/${w.adminSite}/team`),
  'POST /v1/sites/{site}/team': async (w, role) => {
    const member = await account(w.app, [], w.emails);
    return {
      path: `/v1/sites/${w.adminSite}/team`,
      body: { email: member.email, role: 'moderator' },
      actor: actorOf(w, role),
    };
  },
  'DELETE /v1/sites/{site}/team/{userId}': async (w, role) => {
    const member = await account(w.app, [], w.emails);
    await grantRole(w.adminSite, member.email, 'moderator', 'test');
    return { path: `/v1/sites/${w.adminSite}/team/${member.userId}`, actor: actorOf(w, role) };
  },
};
