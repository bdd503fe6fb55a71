/** Accounts: the profile kept beside the Cognito user (alert settings), one item per account. */
import { DeleteCommand, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import { profileKey } from '../shared/data/keys.js';

export interface Alerts {
  /** Email me when someone replies to my comment. */
  replies: boolean;
}

export interface Profile {
  alerts: Alerts;
  updatedAt?: string;
}

const DEFAULT_ALERTS: Alerts = { replies: true };

export async function getProfile(userId: string): Promise<Profile> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: config.commentsTable, Key: profileKey(userId) }),
  );
  return {
    alerts: { ...DEFAULT_ALERTS, ...((Item?.alerts as Partial<Alerts> | undefined) ?? {}) },
    updatedAt: Item?.updatedAt as string | undefined,
  };
}

export async function saveAlerts(userId: string, alerts: Alerts, now: string): Promise<void> {
  await dynamo().send(
    new UpdateCommand({
      TableName: config.commentsTable,
      Key: profileKey(userId),
      UpdateExpression: 'SET alerts = :alerts, updatedAt = :now, #type = :profile',
      ExpressionAttributeNames: { '#type': 'type' },
      ExpressionAttributeValues: { ':alerts': alerts, ':now': now, ':profile': 'profile' },
    }),
  );
}

export async function deleteProfile(userId: string): Promise<void> {
  await dynamo().send(new DeleteCommand({ TableName: config.commentsTable, Key: profileKey(userId) }));
}
