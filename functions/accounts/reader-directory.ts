/**
 * Accounts: what other domains may learn of a reader by id, whichever kind: a Réagir account is
 * asked of Cognito, a publisher's reader (SSO) is read from their profile, never from Cognito,
 * which does not know them.
 */
import * as idp from './identity-provider.js';
import { isSsoUserId } from './sso-id.js';
import { getSsoProfile } from './sso-profile-repository.js';

/** The reader's email (alerts, and bans covering a guest's address); undefined when none is known. */
export async function emailOf(userId: string): Promise<string | undefined> {
  if (isSsoUserId(userId)) return (await getSsoProfile(userId))?.email;
  return idp.emailOf(userId);
}

/** When the reader first came (ISO date), for the author panel; undefined when unknown. */
export async function accountCreatedAt(userId: string): Promise<string | undefined> {
  if (isSsoUserId(userId)) return (await getSsoProfile(userId))?.createdAt || undefined;
  return idp.accountCreatedAt(userId);
}

/** The reader's display name now; undefined when the reader is unknown. */
export async function displayNameOf(userId: string): Promise<string | undefined> {
  if (isSsoUserId(userId)) return (await getSsoProfile(userId))?.name;
  return idp.displayNameOf(userId);
}

/** The reader's Cognito groups; a publisher's reader belongs to none. */
export async function groupsOf(userId: string): Promise<string[]> {
  if (isSsoUserId(userId)) return [];
  return idp.groupsOf(userId);
}
