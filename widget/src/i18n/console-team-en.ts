/** i18n: the team page of the console, in English. */
import type { InvitationMessages, TeamMessages } from './console-team-messages.js';

export const teamEn: TeamMessages = {
  title: (site) => `Team of site ${site}`,
  intro: 'Moderators moderate this site only; administrators also manage its settings, webhooks and team.',
  none: 'Nobody in this site’s team yet.',
  roles: { moderator: 'Moderator', admin: 'Administrator' },
  since: (date) => `since ${date}`,
  makeAdmin: 'Make administrator',
  makeModerator: 'Make moderator',
  remove: 'Remove',
  confirmRemove: (email) => `Confirm: remove ${email} from the team`,
  addTitle: 'Add someone',
  addHint:
    'Someone who has a Réagir account joins the team at once; anyone else gets an email invitation to set a password (valid 7 days).',
  email: 'Email address',
  role: 'Role',
  add: 'Add to the team',
  added: (email, role) => `${email} added: ${role}.`,
  changed: (email, role) => `${email}: ${role}.`,
  removed: (email) => `${email} removed from the team.`,
  invitationsTitle: 'Pending invitations',
  invited: (email, role) => `Invitation sent to ${email}: ${role}.`,
  invitedBy: (name, date) => `invited by ${name} on ${date}`,
  invitationUntil: (date) => `link valid until ${date}`,
  invitationExpired: 'link expired',
  sendAgain: 'Send the invitation again',
  sentAgain: (email) => `New invitation sent to ${email}; the old link no longer works.`,
  withdraw: 'Withdraw the invitation',
  confirmWithdraw: (email) => `Confirm: withdraw the invitation of ${email}`,
  withdrawn: (email) => `Invitation of ${email} withdrawn.`,
  logMember: (email) => `member: ${email}`,
};

export const invitationEn: InvitationMessages = {
  title: (site) => `Join the team of ${site}`,
  intro: (by, site, role) => `${by} invites you to join the team of ${site}, role: ${role}.`,
  newAccount: 'Choose the name shown under your comments, and your password.',
  existingAccount: (email) => `${email} already has a Réagir account: enter its password.`,
  name: 'Display name',
  nameHint: 'Readers see it under your comments.',
  password: 'Password',
  passwordHint: 'At least 8 characters.',
  accept: 'Join the team',
  joined: (site) => `Welcome to the team of ${site}.`,
  openConsole: 'Open the console',
  checking: 'Reading the invitation…',
};
