/** API client, second layer: a site's team (its administrators), and team invitations' links, for the console. */
import type {
  InvitationAccepted,
  InvitationView,
  TeamAddAnswer,
  TeamAnswer,
  TeamInvitation,
  TeamMember,
} from '../../../functions/sites/types.js';
import type { Fetcher } from './fetcher.js';

export type { InvitationView, TeamInvitation, TeamMember };

const team = (site: string) => `/v1/sites/${encodeURIComponent(site)}/team`;

export const listTeam = (api: Fetcher, site: string) => api<TeamAnswer>('GET', team(site));

/**
 * Gives the account of `email` the role on the site (or changes theirs); an email without an
 * account is sent an invitation instead, in `lang`.
 */
export const addTeamMember = (
  api: Fetcher,
  site: string,
  email: string,
  role: TeamMember['role'],
  lang: 'fr' | 'en',
) => api<TeamAddAnswer>('POST', team(site), { body: { email, role, lang } });

export const removeTeamMember = (api: Fetcher, site: string, userId: string) =>
  api<unknown>('DELETE', `${team(site)}/${encodeURIComponent(userId)}`);

/** Withdraws an invitation: its link stops working. */
export const withdrawInvitation = (api: Fetcher, site: string, email: string) =>
  api<unknown>('DELETE', `${team(site)}/invitations/${encodeURIComponent(email)}`);

/** What an invitation's link offers (the token stays out of URLs: it travels in the body). */
export const lookUpInvitation = (api: Fetcher, token: string) =>
  api<InvitationView>('POST', '/v1/invitations/lookup', { body: { token }, auth: false });

/** Accepts an invitation: a new account with `name` and `password`, or an existing one by its password. */
export const acceptInvitation = (api: Fetcher, token: string, name: string, password: string) =>
  api<InvitationAccepted>('POST', '/v1/invitations/accept', { body: { token, name, password }, auth: false });
