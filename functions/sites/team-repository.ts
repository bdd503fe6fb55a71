/**
 * Sites: a site's team, one grant per member and site, written twice in one transaction: under
 * the site (`SITE#<site>`/`STAFF#<userId>`, for the team page) and under the account
 * (`USER#<userId>`/`STAFFOF#<site>`, read with every authenticated request:
 * functions/shared/auth/site-grants.ts). The sites domain alone writes them.
 */
import { QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import { withoutKeys } from '../shared/data/items.js';
import { STAFF_PREFIX, siteKey, staffKey, staffOfKey } from '../shared/data/keys.js';
import type { TeamMember } from './types.js';

/** Grants (or changes) a member's role on the site. */
export async function putGrant(member: TeamMember): Promise<void> {
  const item = { type: 'staffGrant', ...member };
  await dynamo().send(
    new TransactWriteCommand({
      TransactItems: [
        {
          Put: {
            TableName: config.commentsTable,
            Item: { ...staffKey(member.site, member.userId), ...item },
          },
        },
        {
          Put: {
            TableName: config.commentsTable,
            Item: { ...staffOfKey(member.userId, member.site), ...item },
          },
        },
      ],
    }),
  );
}

/** Removes a member from the site's team; false when they were not in it. */
export async function deleteGrant(site: string, userId: string): Promise<boolean> {
  try {
    await dynamo().send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Delete: {
              TableName: config.commentsTable,
              Key: staffKey(site, userId),
              ConditionExpression: 'attribute_exists(pk)',
            },
          },
          { Delete: { TableName: config.commentsTable, Key: staffOfKey(userId, site) } },
        ],
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof Error && error.name === 'TransactionCanceledException') return false;
    throw error;
  }
}

/** The site's team, by grant date (one consistent Query on the site's partition). */
export async function queryTeam(site: string): Promise<TeamMember[]> {
  const members: TeamMember[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await dynamo().send(
      new QueryCommand({
        TableName: config.commentsTable,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': siteKey(site).pk, ':prefix': STAFF_PREFIX },
        ConsistentRead: true,
        ExclusiveStartKey: start,
      }),
    );
    members.push(...(page.Items ?? []).map((item) => withoutKeys(item) as TeamMember));
    start = page.LastEvaluatedKey;
  } while (start);
  return members.sort((a, b) => a.grantedAt.localeCompare(b.grantedAt));
}
