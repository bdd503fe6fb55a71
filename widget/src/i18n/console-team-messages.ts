/** i18n: the shape of the team page's texts and of the invitation page's (console-team-*.ts). */

/** The site's team page (admins). */
export interface TeamMessages {
  title: (site: string) => string;
  intro: string;
  none: string;
  roles: { moderator: string; admin: string };
  since: (date: string) => string;
  makeAdmin: string;
  makeModerator: string;
  remove: string;
  confirmRemove: (email: string) => string;
  addTitle: string;
  addHint: string;
  email: string;
  role: string;
  add: string;
  added: (email: string, role: string) => string;
  changed: (email: string, role: string) => string;
  removed: (email: string) => string;
  /** The invitations not yet accepted. */
  invitationsTitle: string;
  invited: (email: string, role: string) => string;
  invitedBy: (name: string, date: string) => string;
  invitationUntil: (date: string) => string;
  invitationExpired: string;
  sendAgain: string;
  sentAgain: (email: string) => string;
  withdraw: string;
  confirmWithdraw: (email: string) => string;
  withdrawn: (email: string) => string;
  /** A team change in the audit log: whose, and the roles. */
  logMember: (email: string) => string;
}

/** The page an invitation's link opens: join a site's team, with a new account or an existing one. */
export interface InvitationMessages {
  title: (site: string) => string;
  intro: (by: string, site: string, role: string) => string;
  newAccount: string;
  existingAccount: (email: string) => string;
  name: string;
  nameHint: string;
  password: string;
  passwordHint: string;
  accept: string;
  joined: (site: string) => string;
  openConsole: string;
  checking: string;
}
