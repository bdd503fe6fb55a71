/**
 * Least privilege, decided per Lambda: which tables each may read or write and which Cognito
 * administration calls it makes. Adding a route group fails the type check until it has a line
 * in each table here.
 */
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { LambdaName } from '../bundling.js';
import type { ApiFunction } from './api-function.js';
import type { AppTableRefs, TableAccess } from './table-access.js';

/**
 * Table access of each Lambda: the least its code needs. The comments Lambda reads a reader's own
 * reactions when listing; the fallback reads a site's allowed origins to answer preflights.
 */
export const tableAccess: Record<LambdaName, { comments: TableAccess; reactions: TableAccess }> = {
  health: { comments: 'none', reactions: 'none' },
  comments: { comments: 'readWrite', reactions: 'read' },
  accounts: { comments: 'readWrite', reactions: 'readWrite' },
  reactions: { comments: 'readWrite', reactions: 'readWrite' },
  moderation: { comments: 'readWrite', reactions: 'none' },
  sites: { comments: 'readWrite', reactions: 'none' },
  // A site's export jobs, their lock and the audit log entry (the worker reads the table: site-exports.ts).
  archive: { comments: 'readWrite', reactions: 'none' },
  fallback: { comments: 'read', reactions: 'none' },
  // The unsubscribe link: reads the reader's profile and turns their reply alerts off.
};

/** Cognito administration each Lambda calls (functions/accounts/identity-provider.ts). */
export const cognitoAdminActions: Record<LambdaName, readonly string[]> = {
  health: [],
  // Guests may not take a moderator's name: staff names are read from the groups, and a site
  // team's members' names by their ids (functions/accounts/reserved-names.ts).
  comments: ['cognito-idp:ListUsersInGroup', 'cognito-idp:AdminGetUser'],
  // Renaming and deleting one's own account, logging out everywhere; names reserved for staff.
  accounts: [
    'cognito-idp:ListUsersInGroup',
    'cognito-idp:AdminUpdateUserAttributes',
    'cognito-idp:AdminDeleteUser',
    'cognito-idp:AdminUserGlobalSignOut',
  ],
  reactions: [],
  // `groupsOf`: a moderator may not ban another moderator; `emailOf`: an account's ban covers its
  // email; `accountIdByEmail`: the search by email; `accountCreatedAt`: the author panel's join date.
  moderation: ['cognito-idp:AdminListGroupsForUser', 'cognito-idp:AdminGetUser', 'cognito-idp:ListUsers'],
  // `emailOf`: the admin who registered a webhook endpoint is told when it fails (a 410 Gone
  // answering a test event or a "send again" the webhook routes perform), and the team page shows
  // each member's; `accountIdByEmail`: a site's team is granted by email; an accepted invitation
  // creates its account confirmed with the chosen password (functions/accounts/invited-identity.ts).
  sites: [
    'cognito-idp:AdminGetUser',
    'cognito-idp:ListUsers',
    'cognito-idp:AdminCreateUser',
    'cognito-idp:AdminSetUserPassword',
    'cognito-idp:AdminDeleteUser',
    'cognito-idp:AdminConfirmSignUp',
  ],
  archive: [],
  fallback: [],
};

/** Gives `fn` the table names and grants, and the Cognito actions of `name`, on that pool only. */
export function permit(fn: ApiFunction, name: LambdaName, tables: AppTableRefs, poolArn: string): void {
  fn.useTables(tables, tableAccess[name]);
  const actions = cognitoAdminActions[name];
  if (actions.length > 0)
    fn.addToRolePolicy(new PolicyStatement({ actions: [...actions], resources: [poolArn] }));
}
