/** i18n: the team page of the console, in English. */
import type { TeamMessages } from './console-messages.js';

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
  addHint: 'They first create their Réagir account under an article, with this address.',
  email: "Their account's email",
  role: 'Role',
  add: 'Add to the team',
  added: (email, role) => `${email} added: ${role}.`,
  changed: (email, role) => `${email}: ${role}.`,
  removed: (email) => `${email} removed from the team.`,
};
