/**
 * Console: a site's settings as the settings form holds them (lists as one line per entry,
 * numbers as typed) and back. Pure, so the round trip is easy to check. The server validates
 * every value again and names each refused field.
 */
import type { FieldIssue } from '../../../../functions/shared/types.js';
import type { Site, SiteSettings } from '../../api/moderation.js';
import type { SettingKey } from '../../i18n/console-messages.js';
import { type IssueTexts, issueText } from '../../i18n/issue-messages.js';

/** Settings typed as numbers, edited in number inputs. */
export const NUMBER_SETTINGS = [
  'maxLinks',
  'holdFirstComments',
  'reportThreshold',
  'classifierThreshold',
  'editWindowSeconds',
  'maxLength',
  'maxDepth',
  'autoCloseAfterDays',
] as const satisfies readonly SettingKey[];
/** Settings that are lists, edited one entry per line. */
export const LIST_SETTINGS = [
  'allowedOrigins',
  'bannedWords',
  'suspectWords',
] as const satisfies readonly SettingKey[];
/** Settings that are one line of text (links, http(s) only, '' for none). */
export const TEXT_SETTINGS = ['charterUrl', 'privacyUrl'] as const satisfies readonly SettingKey[];
/** Settings that are switches. */
export const FLAG_SETTINGS = [
  'guests',
  'accounts',
  'sso',
  'ssoRoleClaims',
  'holdGuests',
  'hideReported',
  'reactionsWhenClosed',
  'staffMfaRequired',
] as const satisfies readonly SettingKey[];
/** Switches only the operator may turn (functions/sites/operator-settings.ts): shown to all admins. */
export const OPERATOR_FLAGS: readonly SettingKey[] = ['staffMfaRequired'];

type NumberKey = (typeof NUMBER_SETTINGS)[number];
type ListKey = (typeof LIST_SETTINGS)[number];
type FlagKey = (typeof FLAG_SETTINGS)[number];
type TextKey = (typeof TEXT_SETTINGS)[number];

/** What the form holds. */
export type SettingsDraft = Record<NumberKey | ListKey | TextKey, string> &
  Record<FlagKey, boolean> &
  Pick<SiteSettings, 'moderation' | 'reactionTypes' | 'reactionsPerReader'>;

/** The form's values for a site. */
export function toDraft(site: Site): SettingsDraft {
  const draft = {
    moderation: site.moderation,
    reactionTypes: site.reactionTypes,
    reactionsPerReader: site.reactionsPerReader,
  } as SettingsDraft;
  for (const key of NUMBER_SETTINGS) draft[key] = String(site[key]);
  for (const key of LIST_SETTINGS) draft[key] = site[key].join('\n');
  for (const key of FLAG_SETTINGS) draft[key] = site[key];
  for (const key of TEXT_SETTINGS) draft[key] = site[key];
  return draft;
}

/** The change to send: lists without blank lines, numbers as numbers (NaN goes as null, refused). */
export function toChanges(draft: SettingsDraft): Partial<SiteSettings> {
  const changes: Partial<SiteSettings> = {
    moderation: draft.moderation,
    reactionTypes: draft.reactionTypes,
    reactionsPerReader: draft.reactionsPerReader,
  };
  for (const key of NUMBER_SETTINGS)
    changes[key] = draft[key].trim() === '' ? Number.NaN : Number(draft[key]);
  for (const key of LIST_SETTINGS) {
    changes[key] = draft[key]
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
  }
  for (const key of FLAG_SETTINGS) changes[key] = draft[key];
  for (const key of TEXT_SETTINGS) changes[key] = draft[key].trim();
  return changes;
}

/**
 * The server's issues by setting, translated from their codes (the server's English `message`
 * is never shown): `body.bannedWords.3` belongs to `bannedWords`. Issues naming no setting go under ''.
 */
export function issuesBySetting(issues: readonly FieldIssue[], texts: IssueTexts): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const issue of issues) {
    const [, key = ''] = issue.path.split('.');
    found[key] = [...(found[key] ?? []), issueText(texts, issue)];
  }
  return found;
}
