/** i18n: the site settings page of the console, in English. */
import type { SettingsMessages } from './console-messages.js';

/** English texts of the site settings page. */
export const settingsEn: SettingsMessages = {
  title: (site) => `Settings of site ${site}`,
  labels: {
    moderation: 'Moderation',
    guests: 'Accept comments from guests (no account)',
    accounts: 'Accept Réagir accounts',
    sso: "Accept the site's own sign-in (SSO)",
    ssoRoleClaims: "Accept roles carried by the site's tokens",
    holdGuests: 'Review guest comments',
    allowedOrigins: 'Allowed origins',
    maxDepth: 'Deepest reply level',
    maxLength: 'Longest comment (characters)',
    editWindowSeconds: 'Edit window (seconds)',
    reactionTypes: 'Reactions offered',
    reactionsPerReader: 'Reactions per reader',
    reactionsWhenClosed: 'Accept reactions on closed articles',
    autoCloseAfterDays: 'Close articles after (days; 0: never)',
    bannedWords: 'Banned words (rejected)',
    suspectWords: 'Suspect words (reviewed)',
    maxLinks: 'Links per comment before review',
    holdFirstComments: 'First comments reviewed (0: none)',
    classifierThreshold: 'Automatic filter threshold (0 to 1; 1 turns it off)',
    hideReported: 'Hide a comment once it reaches the report threshold',
    reportThreshold: 'Report threshold',
    charterUrl: 'Comment charter (address)',
    staffMfaRequired: "Require two-step sign-in of the site's staff",
    privacyUrl: 'Privacy notice (address)',
  },
  hints: {
    staffMfaRequired:
      'Staff without it are refused on this site until they turn it on (console, Security). Only the operator can change this.',
    autoCloseAfterDays: 'Counted from the article’s first comment.',
    allowedOrigins: 'One per line, e.g. https://www.example.com; * for any.',
    bannedWords: 'One per line; case, accents and disguised letters are ignored.',
    suspectWords: 'One per line.',
    charterUrl: 'Linked under the comment form; empty: none.',
    privacyUrl: 'Linked under the comment form; empty: none.',
  },
  modes: { pre: 'Pre-moderation: everything is reviewed before it is published', post: 'Post-moderation' },
  perReader: { one: 'One, replaced', many: 'Several, added up' },
  reactions: { like: 'Like', love: 'Love', laugh: 'Laugh', wow: 'Wow', sad: 'Sad', angry: 'Angry' },
  save: 'Save',
  saved: 'Settings saved.',
};
