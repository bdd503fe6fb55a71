/**
 * Who is calling: read from a verified ID token. Roles come only from `cognito:groups`, which
 * only an administrator can change, never from attributes a user can write.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { AppError } from '../errors.js';
import { header } from '../http/request.js';
import { isAccountDeleted } from './deleted-accounts.js';
import { verifyIdToken } from './token-verifier.js';

export type Role = 'moderator' | 'admin';

export interface Caller {
  userId: string;
  name: string;
  email: string;
  roles: Role[];
}

const ROLE_BY_GROUP: Record<string, Role> = { moderators: 'moderator', admins: 'admin' };

/**
 * The caller of a request, undefined without a token, 401 `unauthorized` with a bad one. With
 * `refuseDeleted`, also 401 when the token's account was deleted since (see deleted-accounts.ts).
 */
export async function readCaller(
  event: APIGatewayProxyEventV2,
  options: { refuseDeleted?: boolean } = {},
): Promise<Caller | undefined> {
  const authorization = header(event, 'authorization');
  if (!authorization) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  if (!match?.[1])
    throw new AppError('unauthorized', 'Send your session as "Authorization: Bearer <token>".');
  const caller = await readClaims(match[1]);
  if (options.refuseDeleted && (await isAccountDeleted(caller.userId))) {
    throw new AppError('unauthorized', 'Your session has expired or is not valid; log in again.');
  }
  return caller;
}

/** The caller an ID token names, once verified; 401 `unauthorized` when it does not verify. */
export async function readClaims(idToken: string): Promise<Caller> {
  let claims: Awaited<ReturnType<typeof verifyIdToken>>;
  try {
    claims = await verifyIdToken(idToken);
  } catch {
    throw new AppError('unauthorized', 'Your session has expired or is not valid; log in again.');
  }
  const groups = Array.isArray(claims['cognito:groups']) ? (claims['cognito:groups'] as string[]) : [];
  const roles = [...new Set(groups.map((g) => ROLE_BY_GROUP[g]).filter((r): r is Role => r !== undefined))];
  if (roles.includes('admin') && !roles.includes('moderator')) roles.push('moderator');
  return {
    userId: String(claims.sub),
    name: typeof claims.name === 'string' && claims.name ? claims.name : 'Lecteur',
    email: typeof claims.email === 'string' ? claims.email : '',
    roles,
  };
}
