/**
 * Sites: deleting a site takes away every power over it, not only its record: its team's grants
 * (so a site made again under the same id starts with no team), its pending invitations (their
 * links stop) and its SSO keys (no token of the publisher opens a session on a new site of that
 * id). Its comments and log stay in the table, as before.
 */
import { endInvitation, queryInvitations } from './invitation-repository.js';
import { deleteSite } from './service.js';
import { deleteSsoKeyRecord, querySsoKeys } from './sso-key-repository.js';
import { deleteGrant, queryTeam } from './team-repository.js';

/** Deletes the site and what gives power over it; false when there was no such site. */
export async function removeSite(id: string): Promise<boolean> {
  // The record first: from then on no request acts on the site (site_not_found), whatever is left.
  const existed = await deleteSite(id);
  for (const member of await queryTeam(id)) await deleteGrant(id, member.userId);
  for (const invitation of await queryInvitations(id)) await endInvitation(invitation);
  for (const key of await querySsoKeys(id)) await deleteSsoKeyRecord(id, key.kid);
  return existed;
}
