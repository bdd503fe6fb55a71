/** Sites: HTTP adapter for a site's team (its administrators, and the operator), and the invitations' links. */
import * as z from 'zod/mini';
import { clientAddress } from '../shared/http/client-address.js';
import { type Operation, type RequestContext, requireCaller } from '../shared/http/http-handler.js';
import { readJsonBody } from '../shared/http/request.js';
import { validate } from '../shared/http/validate.js';
import { displayName } from '../shared/text/display-name.js';
import { acceptInvitation, lookUpInvitation, withdrawInvitation } from './invitations.js';
import { siteIdSchema } from './schemas.js';
import { requireSite } from './service.js';
import { addToTeam, listTeam, removeMember } from './team.js';
import type { Actor } from './team-log.js';
import type { InvitationAccepted, InvitationView, TeamAddAnswer, TeamAnswer } from './types.js';

const email = z.pipe(z.string().check(z.maxLength(254), z.trim(), z.toLowerCase()), z.email());
const siteParams = z.object({ site: siteIdSchema });
const memberParams = z.object({
  site: siteIdSchema,
  userId: z.string().check(z.regex(/^[\w:.@+-]{1,128}$/)),
});
const invitationParams = z.object({ site: siteIdSchema, email });
const grantBody = z.object({
  email,
  role: z.enum(['moderator', 'admin']),
  /** The language of the email it sends: the administrator's console's. */
  lang: z._default(z.enum(['fr', 'en']), 'fr'),
});
/** An invitation link's token: 32 random bytes, base64url. */
const token = z.string().check(z.regex(/^[\w-]{43}$/));
const lookupBody = z.object({ token });
const acceptBody = z.object({
  token,
  /** The new account's display name; empty when the email has an account (its password is given). */
  name: z._default(z.union([z.literal(''), displayName]), ''),
  password: z.string().check(z.minLength(1), z.maxLength(256)),
});

const actorOf = (context: RequestContext): Actor => {
  const caller = requireCaller(context);
  return { userId: caller.userId, name: caller.name };
};

export const teamOperations = {
  async listTeam(context) {
    const { site } = validate(siteParams, context.event.pathParameters ?? {}, 'path');
    context.useSite(await requireSite(site));
    return { status: 200, body: (await listTeam(site)) satisfies TeamAnswer };
  },

  async addTeamMember(context) {
    const { site } = validate(siteParams, context.event.pathParameters ?? {}, 'path');
    context.useSite(await requireSite(site));
    const { email, role, lang } = validate(grantBody, readJsonBody(context.event), 'body');
    const added = await addToTeam(site, email, role, actorOf(context), lang);
    return { status: 'member' in added ? 201 : 202, body: added satisfies TeamAddAnswer };
  },

  async removeTeamMember(context) {
    const { site, userId } = validate(memberParams, context.event.pathParameters ?? {}, 'path');
    context.useSite(await requireSite(site));
    await removeMember(site, userId, actorOf(context));
    return { status: 204 };
  },

  async withdrawInvitation(context) {
    const { site, email } = validate(invitationParams, context.event.pathParameters ?? {}, 'path');
    context.useSite(await requireSite(site));
    await withdrawInvitation(site, email, actorOf(context));
    return { status: 204 };
  },

  async lookUpInvitation(context) {
    const body = validate(lookupBody, readJsonBody(context.event), 'body');
    return { status: 200, body: (await lookUpInvitation(body.token)) satisfies InvitationView };
  },

  async acceptInvitation(context) {
    const body = validate(acceptBody, readJsonBody(context.event), 'body');
    const ip = await clientAddress(context.event);
    const member = await acceptInvitation(body.token, body.name, body.password, ip);
    return { status: 200, body: { member } satisfies InvitationAccepted };
  },
} satisfies Record<
  | 'listTeam'
  | 'addTeamMember'
  | 'removeTeamMember'
  | 'withdrawInvitation'
  | 'lookUpInvitation'
  | 'acceptInvitation',
  Operation
>;
