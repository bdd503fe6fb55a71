/** Accounts: the profile kept beside the Cognito user (alert settings), one item per account. */
import { DeleteCommand, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import { profileKey } from '../shared/data/keys.js';

import type { Alerts } from './types.js';

export interface Profile {
  alerts: Alerts;
  /** The language of the reader's alert emails, as the widget last saw it; else the site's. */
  language?: 'fr' | 'en';
  updatedAt?: string;
  /** The account turned TOTP MFA on (read by the staff routes of sites that require it). */
  mfa: boolean;
}

const DEFAULT_ALERTS: Alerts = { replies: true };

export async function getProfile(userId: string): Promise<Profile> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: config.commentsTable, Key: profileKey(userId) }),
  );
  return {
    alerts: { ...DEFAULT_ALERTS, ...((Item?.alerts as Partial<Alerts> | undefined) ?? {}) },
    language: Item?.language === 'fr' || Item?.language === 'en' ? Item.language : undefined,
    updatedAt: Item?.updatedAt as string | undefined,
    mfa: Item?.mfa === true,
  };
}

export async function saveAlerts(
  userId: string,
  alerts: Alerts,
  now: string,
  language?: 'fr' | 'en',
): Promise<void> {
  await dynamo().send(
    new UpdateCommand({
      TableName: config.commentsTable,
      Key: profileKey(userId),
      UpdateExpression: `SET alerts = :alerts, updatedAt = :now, #type = :profile${language ? ', #language = :language' : ''}`,
      ExpressionAttributeNames: { '#type': 'type', ...(language ? { '#language': 'language' } : {}) },
      ExpressionAttributeValues: {
        ':alerts': alerts,
        ':now': now,
        ':profile': 'profile',
        ...(language ? { ':language': language } : {}),
      },
    }),
  );
}

/**
 * Records that the account has TOTP MFA on, or removes the mark. Only accounts write it (when
 * Cognito confirms the change, and at each sign-in, which shows what Cognito asks);
 * functions/shared/auth/mfa-status.ts reads it for the sites that require MFA of their staff.
 */
export async function saveMfa(userId: string, on: boolean, now: string): Promise<void> {
  if (on) {
    await dynamo().send(
      new UpdateCommand({
        TableName: config.commentsTable,
        Key: profileKey(userId),
        UpdateExpression: 'SET mfa = :on, mfaChangedAt = :now, #type = :profile',
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: { ':on': true, ':now': now, ':profile': 'profile' },
      }),
    );
    return;
  }
  // Only where the mark is: a REMOVE on no item would create one, on every sign-in without MFA.
  await dynamo()
    .send(
      new UpdateCommand({
        TableName: config.commentsTable,
        Key: profileKey(userId),
        UpdateExpression: 'REMOVE mfa SET mfaChangedAt = :now',
        ConditionExpression: 'attribute_exists(mfa)',
        ExpressionAttributeValues: { ':now': now },
      }),
    )
    .catch((error: unknown) => {
      if (!(error instanceof Error && error.name === 'ConditionalCheckFailedException')) throw error;
    });
}

/** Adds `site` to the sites the account posted on, where its name is taken (see taken-names.ts). */
export async function addNameSite(userId: string, site: string): Promise<void> {
  await dynamo().send(
    new UpdateCommand({
      TableName: config.commentsTable,
      Key: profileKey(userId),
      UpdateExpression: 'SET #type = :profile ADD nameSites :site',
      ExpressionAttributeNames: { '#type': 'type' },
      ExpressionAttributeValues: { ':profile': 'profile', ':site': new Set([site]) },
    }),
  );
}

/** The sites the account posted on (where a new name of theirs must be taken too). */
export async function nameSites(userId: string): Promise<string[]> {
  const { Item } = await dynamo().send(
    new GetCommand({
      TableName: config.commentsTable,
      Key: profileKey(userId),
      ProjectionExpression: 'nameSites',
    }),
  );
  return [...((Item?.nameSites as Set<string> | undefined) ?? [])];
}

export async function deleteProfile(userId: string): Promise<void> {
  await dynamo().send(new DeleteCommand({ TableName: config.commentsTable, Key: profileKey(userId) }));
}
