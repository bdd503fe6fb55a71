/**
 * The sites a caller is staff of, and their role on each: the `USER#<userId>`/`STAFFOF#<site>`
 * grants the sites domain writes (functions/sites/team.ts). One Query per authenticated request,
 * in parallel with the session check; an account without grants reads an empty page (½ RCU).
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../config.js';
import { dynamo } from '../data/dynamo-client.js';
import { STAFF_OF_PREFIX } from '../data/keys.js';
import type { Role } from './caller.js';

/** The caller's role on each site whose team they are in. */
export async function siteGrantsOf(userId: string): Promise<Record<string, Role>> {
  const grants: Record<string, Role> = {};
  let start: Record<string, unknown> | undefined;
  do {
    const page = await dynamo().send(
      new QueryCommand({
        TableName: config.commentsTable,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': `USER#${userId}`, ':prefix': STAFF_OF_PREFIX },
        ProjectionExpression: 'site, #role',
        ExpressionAttributeNames: { '#role': 'role' },
        ExclusiveStartKey: start,
      }),
    );
    for (const item of page.Items ?? []) {
      if (item.role === 'moderator' || item.role === 'admin') grants[String(item.site)] = item.role;
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return grants;
}
