/**
 * Sites: a site's team, one grant per member and site, written twice in one transaction: under
 * the site (`SITE#<site>`/`STAFF#<userId>`, for the team page) and under the account
 * (`USER#<userId>`/`STAFFOF#<site>`, read with every authenticated request:
 * functions/shared/auth/site-grants.ts). The sites domain alone writes them, each change with its
 * audit log entry (the steps `extra` carries) in the same transaction.
 */
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import { withoutKeys } from '../shared/data/items.js';
import { STAFF_PREFIX, siteKey, staffKey, staffOfKey } from '../shared/data/keys.js';
import { type Step, transact } from '../shared/data/transact.js';
import type { TeamMember } from './types.js';

/** The two Puts of a grant (or of a changed role), for a transaction. */
export function grantSteps(member: TeamMember): Step[] {
  const item = { type: 'staffGrant', ...member };
  return [staffKey(member.site, member.userId), staffOfKey(member.userId, member.site)].map((key) => ({
    item: { Put: { TableName: config.commentsTable, Item: { ...key, ...item } } },
  }));
}

/** Grants (or changes) a member's role on the site, with the `extra` steps. */
export async function putGrant(member: TeamMember, extra: Step[] = []): Promise<void> {
  await transact([...grantSteps(member), ...extra]);
}

/** Removes a member from the site's team, with the `extra` steps; false when they were not in it. */
export async function deleteGrant(
  site: string,
  userId: string,
  extra: Step<'absent'>[] = [],
): Promise<boolean> {
  const { refused } = await transact<'absent'>([
    {
      item: {
        Delete: {
          TableName: config.commentsTable,
          Key: staffKey(site, userId),
          ConditionExpression: 'attribute_exists(pk)',
        },
      },
      refused: 'absent',
    },
    { item: { Delete: { TableName: config.commentsTable, Key: staffOfKey(userId, site) } } },
    ...extra,
  ]);
  return refused === undefined;
}

/** One member's grant on the site, read consistently; undefined when they are not in the team. */
export async function getGrant(site: string, userId: string): Promise<TeamMember | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: config.commentsTable, Key: staffKey(site, userId), ConsistentRead: true }),
  );
  return Item ? (withoutKeys(Item) as TeamMember) : undefined;
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
