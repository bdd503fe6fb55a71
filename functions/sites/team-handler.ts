/** Sites: HTTP adapter for a site's team (its administrators, and the operator). */
import * as z from 'zod/mini';
import { type Operation, requireCaller } from '../shared/http/http-handler.js';
import { readJsonBody } from '../shared/http/request.js';
import { validate } from '../shared/http/validate.js';
import { siteIdSchema } from './schemas.js';
import { requireSite } from './service.js';
import { grantRole, listTeam, removeMember } from './team.js';
import type { TeamAnswer, TeamMember } from './types.js';

const siteParams = z.object({ site: siteIdSchema });
const memberParams = z.object({
  site: siteIdSchema,
  userId: z.string().check(z.regex(/^[\w:.@+-]{1,128}$/)),
});
const grantBody = z.object({
  email: z.pipe(z.string().check(z.maxLength(254), z.trim(), z.toLowerCase()), z.email()),
  role: z.enum(['moderator', 'admin']),
});

export const teamOperations = {
  async listTeam(context) {
    const { site } = validate(siteParams, context.event.pathParameters ?? {}, 'path');
    context.useSite(await requireSite(site));
    return { status: 200, body: { members: await listTeam(site) } satisfies TeamAnswer };
  },

  async addTeamMember(context) {
    const { site } = validate(siteParams, context.event.pathParameters ?? {}, 'path');
    context.useSite(await requireSite(site));
    const { email, role } = validate(grantBody, readJsonBody(context.event), 'body');
    const caller = requireCaller(context);
    const member = await grantRole(site, email, role, caller.userId);
    return { status: 201, body: { member } satisfies { member: TeamMember } };
  },

  async removeTeamMember(context) {
    const { site, userId } = validate(memberParams, context.event.pathParameters ?? {}, 'path');
    context.useSite(await requireSite(site));
    await removeMember(site, userId);
    return { status: 204 };
  },
} satisfies Record<'listTeam' | 'addTeamMember' | 'removeTeamMember', Operation>;
