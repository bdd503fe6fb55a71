/**
 * Sites: invitations to a site's team for people without an account. The link's token is 32
 * random bytes; only its SHA-256 is stored, so a read of the table opens nobody's invitation.
 * Accepting opens (or proves) the account, then the grant and the end of the invitation are one
 * transaction with the log entry: a link works once, and a retried acceptance answers the same.
 */
import { createHash, randomBytes } from 'node:crypto';
import { accountIdByEmail } from '../accounts/identity-provider.js';
import { openInvitedAccount } from '../accounts/invited-account.js';
import { AppError } from '../shared/errors.js';
import { sendMail } from '../shared/mail/mailer.js';
import {
  endInvitation,
  getInvitation,
  invitationByToken,
  putInvitation,
  type StoredInvitation,
} from './invitation-repository.js';
import { siteNow } from './service.js';
import { type Actor, teamLogSteps } from './team-log.js';
import { invitationMail, type Lang } from './team-mail.js';
import { getGrant, grantSteps } from './team-repository.js';
import type { InvitationView, Site, TeamInvitation, TeamMember } from './types.js';

/** How long an invitation's link works. */
export const INVITATION_DAYS = 7;

const hashOf = (token: string) => createHash('sha256').update(token).digest('base64url');

const publicOf = ({ tokenHash: _hash, lang: _lang, ...invitation }: StoredInvitation): TeamInvitation =>
  invitation;

const notValid = () =>
  new AppError(
    'invitation_not_valid',
    'This invitation link no longer works (used, withdrawn or expired): ask the site administrator for a new one.',
  );

/** Invites `email` (which has no account) to the site's team, replacing its earlier invitation, and mails the link. */
export async function invite(
  site: Site,
  email: string,
  role: TeamMember['role'],
  actor: Actor,
  lang: Lang,
): Promise<TeamInvitation> {
  const token = randomBytes(32).toString('base64url');
  const now = Date.now();
  const invitation: StoredInvitation = {
    site: site.id,
    email,
    role,
    invitedBy: actor.userId,
    invitedByName: actor.name,
    invitedAt: new Date(now).toISOString(),
    expiresAt: new Date(now + INVITATION_DAYS * 86_400_000).toISOString(),
    tokenHash: hashOf(token),
    lang,
  };
  const replaced = await getInvitation(site.id, email);
  const log = teamLogSteps(site.id, actor, 'team_invite', email, { to: role });
  if (await putInvitation(invitation, replaced, log))
    throw new AppError('conflict', 'Someone invited this email at the same moment: reload the team page.');
  try {
    await sendMail(invitationMail(email, lang, { siteName: site.name, role, by: actor.name }, token));
  } catch {
    // Saved but not delivered: inviting again sends a new link (and retires this one).
    throw new AppError(
      'mail_not_sent',
      'The invitation is saved but its email could not be sent: invite again.',
    );
  }
  return publicOf(invitation);
}

/** The open invitation a token belongs to, or 404. */
async function openInvitation(token: string): Promise<{ invitation: StoredInvitation; site: Site }> {
  const invitation = await invitationByToken(hashOf(token));
  if (!invitation || invitation.expiresAt <= new Date().toISOString()) throw notValid();
  const site = await siteNow(invitation.site);
  if (!site) throw notValid();
  return { invitation, site };
}

/** What the link's holder is invited to, and whether their email has an account by now. */
export async function lookUpInvitation(token: string): Promise<InvitationView> {
  const { invitation, site } = await openInvitation(token);
  return {
    site: site.id,
    siteName: site.name,
    email: invitation.email,
    role: invitation.role,
    invitedByName: invitation.invitedByName,
    expiresAt: invitation.expiresAt,
    hasAccount: !!(await accountIdByEmail(invitation.email)),
  };
}

/**
 * Accepts: the account is opened with `name` and `password` (or, when the email has one now,
 * proven by its password), then joined to the team with the invitation's role.
 */
export async function acceptInvitation(
  token: string,
  name: string,
  password: string,
  ip: string,
): Promise<TeamMember> {
  const { invitation } = await openInvitation(token);
  const userId = await openInvitedAccount(invitation.email, name, password, ip);
  const member: TeamMember = {
    site: invitation.site,
    userId,
    role: invitation.role,
    name,
    email: invitation.email,
    grantedBy: invitation.invitedBy,
    grantedAt: new Date().toISOString(),
  };
  const actor = { userId, name };
  const log = teamLogSteps(invitation.site, actor, 'team_join', invitation.email, { to: invitation.role });
  if (await endInvitation(invitation, [...grantSteps(member), ...log])) {
    // Used meanwhile: by this same acceptance whose answer was lost, the member is in the team.
    const granted = await getGrant(invitation.site, userId);
    if (!granted) throw notValid();
    return granted;
  }
  return member;
}

/** Withdraws the email's invitation: its link stops working. */
export async function withdrawInvitation(site: string, email: string, actor: Actor): Promise<void> {
  const invitation = await getInvitation(site, email);
  if (!invitation) throw new AppError('not_found', `No invitation for ${email} on ${site}.`);
  const log = teamLogSteps(site, actor, 'team_uninvite', email, { from: invitation.role });
  if (await endInvitation(invitation, log))
    throw new AppError('not_found', `No invitation for ${email} on ${site}.`);
}
