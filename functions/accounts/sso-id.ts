/**
 * Accounts: the user id of a publisher's reader, `sso_<site>_<22 characters>`. A hash of the site
 * and the publisher's own id: the same reader on the same site is always the same Réagir reader
 * (their comments, reactions and bans follow them from token to token), the same publisher id on
 * another site is another reader, and the publisher's id itself never appears anywhere.
 */
import { createHash } from 'node:crypto';

const PREFIX = 'sso_';

export const ssoUserId = (site: string, externalId: string): string =>
  `${PREFIX}${site}_${createHash('sha256').update(`${site}\n${externalId}`).digest('base64url').slice(0, 22)}`;

/** Whether a user id is an SSO reader's (never a Cognito `sub`, which is a UUID). */
export const isSsoUserId = (userId: string): boolean => userId.startsWith(PREFIX);
