/**
 * Sites: invitations to a site's team, written twice in one transaction: under the site
 * (`SITE#<site>`/`INVITE#<email>`, the team page's list, one per email) and under the hash of the
 * link's token (`INVITATION#<hash>`, the link's lookup). The token itself is never stored. Both
 * items carry `expiresAt` (epoch seconds, the table's TTL) so DynamoDB drops them once expired.
 */
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import { withoutKeys } from '../shared/data/items.js';
import { INVITE_PREFIX, inviteKey, inviteTokenKey, siteKey } from '../shared/data/keys.js';
import { type Step, transact } from '../shared/data/transact.js';
import type { TeamInvitation } from './types.js';

/** An invitation as stored: the public shape, the hash of its link's token, the mail's language. */
export interface StoredInvitation extends TeamInvitation {
  tokenHash: string;
  lang: 'fr' | 'en';
}

const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);
const table = () => config.commentsTable;

/**
 * Writes the invitation (replacing the email's earlier one, whose link stops working), with the
 * `extra` steps; 'changed' when another invitation of that email was written meanwhile.
 */
export async function putInvitation(
  invitation: StoredInvitation,
  replaced: StoredInvitation | undefined,
  extra: Step[] = [],
): Promise<'changed' | undefined> {
  const { site, email, tokenHash } = invitation;
  const expiresAt = seconds(invitation.expiresAt);
  const { refused } = await transact<'changed'>([
    {
      item: {
        Put: {
          TableName: table(),
          Item: { ...inviteKey(site, email), type: 'teamInvitation', ...invitation, expiresAt },
          ...(replaced
            ? {
                ConditionExpression: 'tokenHash = :old',
                ExpressionAttributeValues: { ':old': replaced.tokenHash },
              }
            : { ConditionExpression: 'attribute_not_exists(pk)' }),
        },
      },
      refused: 'changed',
    },
    {
      item: {
        Put: {
          TableName: table(),
          Item: { ...inviteTokenKey(tokenHash), type: 'teamInvitationToken', site, email, expiresAt },
        },
      },
    },
    ...(replaced
      ? [{ item: { Delete: { TableName: table(), Key: inviteTokenKey(replaced.tokenHash) } } }]
      : []),
    ...extra,
  ]);
  return refused;
}

const fromItem = (item: Record<string, unknown>): StoredInvitation => {
  const stored = withoutKeys(item) as Omit<StoredInvitation, 'expiresAt'> & {
    expiresAt: number;
    type?: string;
  };
  const { type: _type, ...invitation } = stored;
  return { ...invitation, expiresAt: new Date(stored.expiresAt * 1000).toISOString() };
};

/** The email's invitation to the site, expired or not (consistent read). */
export async function getInvitation(site: string, email: string): Promise<StoredInvitation | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: table(), Key: inviteKey(site, email), ConsistentRead: true }),
  );
  return Item ? fromItem(Item) : undefined;
}

/** The invitation whose link's token hashes to `tokenHash`, if it is still the email's latest. */
export async function invitationByToken(tokenHash: string): Promise<StoredInvitation | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: table(), Key: inviteTokenKey(tokenHash), ConsistentRead: true }),
  );
  if (!Item) return undefined;
  const invitation = await getInvitation(String(Item.site), String(Item.email));
  return invitation?.tokenHash === tokenHash ? invitation : undefined;
}

/** The site's invitations, expired ones included (the TTL removes them within days), oldest first. */
export async function queryInvitations(site: string): Promise<StoredInvitation[]> {
  const found: StoredInvitation[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await dynamo().send(
      new QueryCommand({
        TableName: table(),
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': siteKey(site).pk, ':prefix': INVITE_PREFIX },
        ConsistentRead: true,
        ExclusiveStartKey: start,
      }),
    );
    found.push(...(page.Items ?? []).map(fromItem));
    start = page.LastEvaluatedKey;
  } while (start);
  return found.sort((a, b) => a.invitedAt.localeCompare(b.invitedAt));
}

/**
 * The steps that use up an invitation (its acceptance, or its withdrawal): both items deleted, on
 * the condition that it is still this one; refused 'gone' otherwise (used, withdrawn or replaced).
 */
export const invitationEndSteps = (invitation: StoredInvitation): Step<'gone'>[] => [
  {
    item: {
      Delete: {
        TableName: table(),
        Key: inviteKey(invitation.site, invitation.email),
        ConditionExpression: 'tokenHash = :hash',
        ExpressionAttributeValues: { ':hash': invitation.tokenHash },
      },
    },
    refused: 'gone',
  },
  { item: { Delete: { TableName: table(), Key: inviteTokenKey(invitation.tokenHash) } } },
];

/** Ends the invitation with the `extra` steps (the grant, the log entry); 'gone' when it already was. */
export async function endInvitation(
  invitation: StoredInvitation,
  extra: Step[] = [],
): Promise<'gone' | undefined> {
  return (await transact<'gone'>([...invitationEndSteps(invitation), ...extra])).refused;
}
