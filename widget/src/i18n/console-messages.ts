/**
 * i18n: the shape of the moderator console's catalogues. Records are keyed by closed unions
 * (queues, actions, statuses, phases, report reasons, settings), so a value added on the server
 * and not translated here fails the type check, as a missing key does.
 */

import type { ClassifierSignal } from '../../../functions/comments/types.js';
import type { DigestFrequency } from '../api/alerts.js';
import type { AnyErrorCode } from '../api/api-error.js';
import type {
  Action,
  BanPreset,
  CommentStatus,
  HoldPhase,
  Queue,
  ReportReason,
  LogAction as ServerLogAction,
  SiteSettings,
} from '../api/moderation.js';
import type { ExportMessages } from './console-export-messages.js';
import type { InvitationMessages, TeamMessages } from './console-team-messages.js';

/** The console's sections. */
export type ConsoleView =
  | 'queue'
  | 'log'
  | 'stats'
  | 'alerts'
  | 'settings'
  | 'team'
  | 'webhooks'
  | 'export'
  | 'security';
/** The keys the console answers to (shown in its help). */
export type ShortcutKey = 'j' | 'k' | 'x' | 'a' | 'r' | 's' | '?';
/** The log's actions (the filter's too: `edit` stands for every edit the pipeline held again). */
export type LogAction = ServerLogAction;
export type { ExportMessages } from './console-export-messages.js';
export type { InvitationMessages, TeamMessages } from './console-team-messages.js';
/** The settings the console edits. */
export type SettingKey = Exclude<
  keyof SiteSettings,
  | 'name'
  | 'languages'
  | 'onAccountDeletion'
  | 'postsPerMinutePerUser'
  | 'postsPerMinutePerIp'
  | 'reactionsPerMinutePerUser'
  | 'editsPerMinutePerUser'
>;
/** The errors whose widget wording (written for readers) reads wrong to a moderator. */
export type ConsoleErrorCode = Extract<
  AnyErrorCode,
  'conflict' | 'forbidden' | 'site_not_found' | 'invalid_request' | 'own_ban'
>;

/** The texts of the site settings page (console-settings-*.ts). */
export interface SettingsMessages {
  title: (site: string) => string;
  labels: Record<SettingKey, string>;
  hints: Partial<Record<SettingKey, string>>;
  modes: { pre: string; post: string };
  perReader: { one: string; many: string };
  reactions: Record<SiteSettings['reactionTypes'][number], string>;
  save: string;
  saved: string;
}

/** The signed-in staff member's Security page: two-step sign-in (TOTP). */
export interface SecurityMessages {
  title: string;
  intro: string;
  /** What the account has now. */
  isOn: string;
  isOff: string;
  setUp: string;
  /** Step 1: the key to type in the app, grouped in fours. */
  keyTitle: string;
  keyHint: string;
  key: string;
  /** The same secret as a link, for apps that open one. */
  link: string;
  /** Step 2: a code of the app, to confirm. */
  code: string;
  codeHint: string;
  confirm: string;
  cancel: string;
  turnedOn: string;
  /** Sessions opened before, on other devices, stay open: how to end them. */
  otherSessions: string;
  offTitle: string;
  offHint: string;
  password: string;
  turnOff: string;
  turnedOff: string;
}

/** The site's own sign-in (SSO keys) under the settings (admins). */
export interface SsoKeyMessages {
  title: string;
  intro: string;
  none: string;
  kinds: { secret: string; 'public-key': string; 'jwks-url': string };
  createdAt: (date: string) => string;
  revokedAt: (date: string) => string;
  enable: string;
  rotate: string;
  revoke: string;
  confirmRevoke: (kid: string) => string;
  secretTitle: (kid: string) => string;
  secretHint: string;
  secretDone: string;
  publicKeyTitle: string;
  algorithm: string;
  material: string;
  register: string;
  created: string;
  registered: string;
  revoked: string;
}

/** The webhooks screen (admins). */
export interface WebhookMessages {
  title: (site: string) => string;
  intro: string;
  none: string;
  addTitle: string;
  url: string;
  description: string;
  events: string;
  add: string;
  secretTitle: string;
  secretHint: string;
  secretDone: string;
  status: Record<'active' | 'failing' | 'disabled', string>;
  lastDelivery: (at: string, code: string) => string;
  test: string;
  delete: string;
  confirmDelete: (url: string) => string;
  deleted: string;
  testSent: (status: string) => string;
  log: string;
  hideLog: string;
  logCaption: (url: string) => string;
  noDeliveries: string;
  columns: { at: string; type: string; attempt: string; result: string; status: string; action: string };
  deliveryStatus: Record<'sent' | 'retrying' | 'failed', string>;
  sendAgain: string;
  resent: (status: string) => string;
}

/** The staff member's own alerts on a site (console-alerts-*.ts). */
export interface AlertMessages {
  title: (site: string) => string;
  intro: string;
  digest: string;
  frequencies: Record<DigestFrequency, string>;
  notices: string;
  noticesHint: string;
  save: string;
  saved: string;
  /** When the next digest is due, or that there is none. */
  nextDigest: (at: string | null) => string;
}

export interface NoticeMessages {
  /** The label of the list of the round's reports. */
  reportList: string;
  /** Who sent a report or a notice: a name (none for an anonymous notice), and whether a guest. */
  reporter: (name: string | null, guest: boolean) => string;
  title: (n: number) => string;
  explanation: string;
  /** Above the comment's text as the notifier saw it. */
  seen: string;
  exempt: string;
  /** The button that opens the decision form. */
  decide: string;
  dialogTitle: string;
  decision: string;
  keep: string;
  remove: string;
  facts: string;
  factsHint: string;
  groundKind: string;
  law: string;
  charter: string;
  groundName: string;
  groundNameHint: string;
  groundExplanation: string;
  redress: string;
  /** The redress prefilled in the form (the moderator may change it). */
  redressDefault: string;
  automated: string;
  submit: string;
  decided: (decision: 'keep' | 'remove') => string;
}

/** Every text of the moderator console in one language. */
export interface ConsoleMessages {
  appTitle: string;
  // Signing in
  loginTitle: string;
  loginIntro: string;
  notStaff: string;
  // Header
  sections: string;
  views: Record<ConsoleView, string>;
  site: string;
  openSite: string;
  otherLang: { label: string; lang: 'fr' | 'en' };
  // Queues
  queueNav: string;
  queues: Record<Queue, string>;
  filters: string;
  filterPage: string;
  filterAuthor: string;
  filterAuthorHint: string;
  applyFilters: string;
  clearFilters: string;
  loading: string;
  emptyQueue: string;
  /** A filtered queue (or an unknown article) with nothing in it. */
  emptyFiltered: string;
  search: string;
  searchField: string;
  searchHint: string;
  searchSubmit: string;
  closeSearch: string;
  /** The heading of a search's results. */
  searchResults: (q: string) => string;
  searchEmpty: (q: string) => string;
  /** More comments matched than were listed. */
  searchMore: string;
  more: string;
  /** The button bringing in what entered the queue since it was shown: "3 nouveaux commentaires". */
  newComments: (n: number) => string;
  /** A queue's tab with its count, for screen readers: "En attente, 3 commentaires". */
  queueWithCount: (queue: string, n: number) => string;
  /** The queue's list, and its order (`unreviewed` reads newest first). */
  listLabel: (queue: string, newest: boolean) => string;
  selectAll: string;
  // A queued comment
  select: (name: string) => string;
  statuses: Record<CommentStatus, string>;
  pinned: string;
  article: string;
  articleClosed: string;
  closeArticle: string;
  reopenArticle: string;
  /** The confirmation before closing an article: its title, what closing does, and the confirm button. */
  closeArticleTitle: (title: string) => string;
  closeArticleText: string;
  closeArticleConfirm: string;
  filterArticle: string;
  /** The domain an article's link leads to, shown beside its title: "(www.journal.example)". */
  articleHost: (host: string) => string;
  editArticle: string;
  articleTitle: string;
  articleUrl: string;
  articleUrlHint: string;
  saveArticle: string;
  cancel: string;
  pageNamed: string;
  inReplyTo: (name: string) => string;
  heldBy: string;
  /** Above the text the author's edit replaced, when that edit sent the comment back to the queue. */
  previousText: string;
  /** Above the edited text, beside the previous one. */
  newText: string;
  phases: Record<HoldPhase, string>;
  moderatorReason: string;
  /** What the rule matched: listed words, or the classifier's signals. */
  matched: (list: string) => string;
  signals: Record<ClassifierSignal, string>;
  /** "3 signalements : abus 2, spam 1". */
  reports: (n: number, detail: string) => string;
  reportReasons: Record<ReportReason, string>;
  actions: Record<Action, string>;
  actionsFor: (name: string) => string;
  authorButton: string;
  banButton: string;
  // Results, read out in the status region
  decided: (action: Action, ok: number, failed: number) => string;
  pageClosed: (closed: boolean) => string;
  /**
   * Someone decided first: "Déjà refusé par Claire il y a 10 secondes"; `action` when their last
   * entry is a decision, `name` empty for an account since deleted, `when` already relative.
   */
  decidedBy: (action: Action | undefined, name: string, when: string) => string;
  // Selection and dialogs
  selected: (n: number) => string;
  clearSelection: string;
  confirmTitle: (action: 'reject' | 'delete', n: number) => string;
  reason: string;
  reasonHint: string;
  close: string;
  help: string;
  helpTitle: string;
  shortcuts: Record<ShortcutKey, string>;
  // Author panel
  authorTitle: (name: string) => string;
  counts: string;
  noComments: string;
  latest: string;
  note: string;
  saveNote: string;
  noteSaved: string;
  bannedUntil: (date: string) => string;
  bannedForever: string;
  banUntil: string;
  banUntilHint: string;
  ban: string;
  liftBan: string;
  banDone: (banned: boolean) => string;
  /** The ban dialog's lengths: its presets, and a chosen day. */
  banLength: string;
  banPresets: Record<BanPreset | 'date', string>;
  banRejectPending: string;
  /** A guest's ban: new comments from the network they posted from carry a signal. */
  banNetwork: string;
  /** After a ban that rejected pending comments: how many. */
  banRejected: (n: number) => string;
  /** On a queue item posted from a banned guest's network (a signal, not a refusal). */
  bannedNetwork: string;
  showInQueue: string;
  // Audit log
  logTitle: string;
  logFilter: string;
  logColumns: { when: string; who: string; what: string; comment: string; article: string };
  /** The system's entries (holds and refusals at posting, reports, edits held again). */
  logSystem: string;
  /** A comment's author under its excerpt. */
  logBy: (name: string) => string;
  /** An entry about a comment written before entries kept its text, or whose text was withdrawn. */
  logNoExcerpt: string;
  logFilterLabels: {
    moderator: string;
    action: string;
    article: string;
    author: string;
    from: string;
    to: string;
    any: string;
  };
  logExport: string;
  /** The export needs both ends of a date range. */
  logExportNeedsRange: string;
  logActions: Record<LogAction, string>;
  logEdit: (phase: string) => string;
  /** A `conflict` entry: the action that was not applied, the status seen, the status found. */
  logConflict: (action: string, seen: string, found: string) => string;
  logComment: (id: string) => string;
  logUser: (id: string) => string;
  logPage: (page: string) => string;
  /** A `page_edit` entry's detail: the title set, and the domain of the URL set. */
  logPageName: (title: string, host: string) => string;
  logEmpty: string;
  older: string;
  // Activity chart
  statsTitle: string;
  period: string;
  lastDays: (n: number) => string;
  series: { posted: string; approved: string; rejected: string; spam: string };
  /** Comments received and comments published over the period. */
  chartSummary: (days: number, posted: number, published: number) => string;
  showData: string;
  day: string;
  // Site settings
  adminOnly: string;
  siteSettings: SettingsMessages;
  sso: SsoKeyMessages;
  team: TeamMessages;
  invitation: InvitationMessages;
  security: SecurityMessages;
  noticeTexts: NoticeMessages;
  webhooks: WebhookMessages;
  exports: ExportMessages;
  alerts: AlertMessages;
  errors: Record<ConsoleErrorCode, string>;
}
