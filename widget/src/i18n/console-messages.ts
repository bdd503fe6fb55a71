/**
 * i18n: the shape of the moderator console's catalogues. Records are keyed by closed unions
 * (queues, actions, statuses, phases, report reasons, settings), so a value added on the server
 * and not translated here fails the type check, as a missing key does.
 */

import type { ClassifierSignal } from '../../../functions/comments/types.js';
import type { AnyErrorCode } from '../api/api-error.js';
import type {
  Action,
  CommentStatus,
  HoldPhase,
  Queue,
  ReportReason,
  SiteSettings,
} from '../api/moderation.js';

/** The console's sections. */
export type ConsoleView = 'queue' | 'log' | 'stats' | 'settings';
/** The keys the console answers to (shown in its help). */
export type ShortcutKey = 'j' | 'k' | 'x' | 'a' | 'r' | 's' | '?';
/** Log actions besides decisions (`edit_<phase>` entries are named by their phase). */
export type LogAction =
  | Action
  | 'ban'
  | 'unban'
  | 'note'
  | 'warn'
  | 'close'
  | 'reopen'
  | 'reported'
  | 'page_edit'
  | 'conflict';
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
  'conflict' | 'forbidden' | 'site_not_found' | 'invalid_request'
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
  more: string;
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
  showInQueue: string;
  // Audit log
  logTitle: string;
  logFilter: string;
  logColumns: { when: string; who: string; what: string; about: string; why: string };
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
  errors: Record<ConsoleErrorCode, string>;
}
