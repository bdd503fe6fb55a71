/**
 * Accounts: an SSO reader's profile, on the same item as an account's (`USER#<id>`/`PROFILE`):
 * the name, badges, role and private email the publisher's newest token gave, and that token's
 * `iat`. A token is applied only when it is newer than the one stored, so a replayed older token
 * never rolls a name, a badge or a role back.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import { profileKey } from '../shared/data/keys.js';

export interface SsoProfile {
  userId: string;
  site: string;
  /** The publisher's own id of the reader (`user.id`): only to answer an export. */
  externalId: string;
  name: string;
  badges: string[];
  role?: 'moderator' | 'admin';
  email?: string;
  /** `iat` of the token these values came from, epoch seconds. */
  issuedAt: number;
  createdAt: string;
}

function toProfile(userId: string, item: Record<string, unknown>): SsoProfile {
  const role = item.ssoRole === 'moderator' || item.ssoRole === 'admin' ? item.ssoRole : undefined;
  return {
    userId,
    site: String(item.ssoSite),
    externalId: String(item.ssoExternalId),
    name: String(item.ssoName),
    badges: Array.isArray(item.ssoBadges) ? item.ssoBadges.map(String) : [],
    ...(role ? { role } : {}),
    ...(typeof item.ssoEmail === 'string' ? { email: item.ssoEmail } : {}),
    issuedAt: Number(item.ssoIssuedAt),
    createdAt: String(item.createdAt ?? ''),
  };
}

export async function getSsoProfile(userId: string): Promise<SsoProfile | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: config.commentsTable, Key: profileKey(userId), ConsistentRead: true }),
  );
  return Item?.ssoIssuedAt === undefined ? undefined : toProfile(userId, Item);
}

/**
 * Writes `profile` unless a newer (or the same) token was applied already; answers what is stored
 * after, the newest either way. The alert settings on the item are left as they are.
 */
export async function upsertSsoProfile(
  profile: Omit<SsoProfile, 'createdAt'>,
  now: string,
): Promise<SsoProfile> {
  const set: Record<string, unknown> = {
    type: 'profile',
    ssoSite: profile.site,
    ssoExternalId: profile.externalId,
    ssoName: profile.name,
    ssoBadges: profile.badges,
    ssoIssuedAt: profile.issuedAt,
    updatedAt: now,
  };
  const removed: string[] = [];
  if (profile.email) set.ssoEmail = profile.email;
  else removed.push('ssoEmail');
  if (profile.role) set.ssoRole = profile.role;
  else removed.push('ssoRole');
  const names = [...Object.keys(set), ...removed, 'createdAt'];
  try {
    const { Attributes } = await dynamo().send(
      new UpdateCommand({
        TableName: config.commentsTable,
        Key: profileKey(profile.userId),
        UpdateExpression:
          `SET ${Object.keys(set)
            .map((k) => `#${k} = :${k}`)
            .join(', ')}, #createdAt = if_not_exists(#createdAt, :now)` +
          (removed.length ? ` REMOVE ${removed.map((k) => `#${k}`).join(', ')}` : ''),
        ConditionExpression: 'attribute_not_exists(#ssoIssuedAt) OR #ssoIssuedAt < :ssoIssuedAt',
        ExpressionAttributeNames: Object.fromEntries(names.map((k) => [`#${k}`, k])),
        ExpressionAttributeValues: {
          ...Object.fromEntries(Object.entries(set).map(([k, v]) => [`:${k}`, v])),
          ':now': now,
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return toProfile(profile.userId, Attributes ?? {});
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    const stored = await getSsoProfile(profile.userId);
    if (!stored) throw error;
    return stored;
  }
}
