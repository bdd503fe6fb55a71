/**
 * Sites: what the audit log says of a team change (issue 16): who did it, to whom (the member's
 * email), the role before and after. Written in the same transaction as the change, in the site's
 * log only (no comment or author to file it under), so the console's log page lists it.
 */
import { logSteps } from '../comments/store.js';
import type { Step } from '../shared/data/transact.js';
import type { TeamMember } from './types.js';

/** Who changed the team: an administrator of the site (or the operator), or the command line. */
export interface Actor {
  userId: string;
  name: string;
}

/** `npm run site -- team …`, run by whoever holds the stage's AWS credentials. */
export const CLI_ACTOR: Actor = { userId: 'cli', name: 'cli' };

/** The team changes the log records. */
export type TeamAction =
  | 'team_invite'
  | 'team_uninvite'
  | 'team_join'
  | 'team_add'
  | 'team_role'
  | 'team_remove';

type Role = TeamMember['role'];

/** The steps of one team change's log entry. */
export function teamLogSteps(
  site: string,
  actor: Actor,
  action: TeamAction,
  member: string,
  roles: { from?: Role; to?: Role },
): Step[] {
  return logSteps({
    at: new Date().toISOString(),
    site,
    page: '',
    commentId: '',
    actorId: actor.userId,
    actorName: actor.name,
    action,
    member,
    ...(roles.from ? { from: roles.from } : {}),
    ...(roles.to ? { to: roles.to } : {}),
  });
}
