/** API client, second layer: a site's team (its administrators), one typed line each, for the console. */
import type { TeamAnswer, TeamMember } from '../../../functions/sites/types.js';
import type { Fetcher } from './fetcher.js';

export type { TeamMember };

const team = (site: string) => `/v1/sites/${encodeURIComponent(site)}/team`;

export const listTeam = (api: Fetcher, site: string) => api<TeamAnswer>('GET', team(site));

/** Gives the account of `email` the role on the site, or changes theirs. */
export const addTeamMember = (api: Fetcher, site: string, email: string, role: TeamMember['role']) =>
  api<{ member: TeamMember }>('POST', team(site), { body: { email, role } });

export const removeTeamMember = (api: Fetcher, site: string, userId: string) =>
  api<unknown>('DELETE', `${team(site)}/${encodeURIComponent(userId)}`);
