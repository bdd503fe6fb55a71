/** Security test support: valid requests for a site's team routes (its administrators) and invitations' links. */
import { addToTeam, grantRole } from '../../../functions/sites/team.js';
import { CLI_ACTOR } from '../../../functions/sites/team-log.js';
import { actorOf, type Build, next, simple } from './request-kit.js';
import { account, type World } from './world.js';

/** A fresh invitation to the admin's site: the invitee's email and the link's token (from the mailbox). */
async function invitation(w: World): Promise<{ email: string; token: string }> {
  const email = `matrix-invitee-${next()}-${Date.now()}@example.org`;
  await addToTeam(w.adminSite, email, 'moderator', CLI_ACTOR);
  const mail = w.app.mailbox.list().findLast((m) => m.to === email && m.kind === 'TeamInvitation');
  return { email, token: mail?.text.match(/#\/invitation\/([\w-]{43})/)?.[1] ?? '' };
}

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
  'DELETE /v1/sites/{site}/team/invitations/{email}': async (w, role) => {
    const { email } = await invitation(w);
    return {
      path: `/v1/sites/${w.adminSite}/team/invitations/${encodeURIComponent(email)}`,
      actor: actorOf(w, role),
    };
  },
  // The link's holder sees the email it was sent to (theirs), whoever else is signed in.
  'POST /v1/invitations/lookup': async (w, role) => {
    const { email, token } = await invitation(w);
    return { path: '/v1/invitations/lookup', body: { token }, actor: actorOf(w, role), ownEmail: email };
  },
  'POST /v1/invitations/accept': async (w, role) => {
    const { email, token } = await invitation(w);
    return {
      path: '/v1/invitations/accept',
      body: { token, name: `Invitée ${next()}`, password: 'un mot de passe sûr' },
      actor: actorOf(w, role),
      ownEmail: email,
    };
  },
};
