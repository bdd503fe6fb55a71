/**
 * Local stack: where cognito-local 5.3 differs from Cognito in ways our flows see, the gap is
 * filled here, through cognito-local's own extension points:
 * - Cognito puts standard attributes such as `name` in the ID token; cognito-local only email
 *   and custom ones. A pre-token-generation hook (Cognito's mechanism) adds them.
 * - cognito-local has no ResendConfirmationCode nor AdminUserGlobalSignOut; router targets of
 *   ours provide them.
 * - Its RespondToAuthChallenge (the TOTP step of a login) issues a refresh token without keeping
 *   it, so the session could not be refreshed nor revoked; ours keeps it, as InitiateAuth does.
 * What it lacks and we do not fill (docs/deploy.md, "Local stack"): the MFA_SETUP challenge (a
 * pool with MFA required), and a check of the challenge's Session (any string passes).
 */
import { InvalidParameterError, UserNotFoundError } from 'cognito-local/lib/errors.js';
import type { Router } from 'cognito-local/lib/server/Router.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import type { Triggers } from 'cognito-local/lib/services/triggers/triggers.js';

const STANDARD_CLAIMS = new Set(['name', 'given_name', 'family_name', 'preferred_username', 'locale']);

/** Triggers that add the user's standard attributes to each ID token, others unchanged. */
export function withStandardClaims(triggers: Triggers): Triggers {
  return {
    ...triggers,
    enabled: (name) => name === 'PreTokenGeneration' || triggers.enabled(name),
    preTokenGeneration: async (_ctx, { userAttributes }) => ({
      claimsOverrideDetails: {
        claimsToAddOrOverride: Object.fromEntries(
          userAttributes
            .filter((a) => a.Name && STANDARD_CLAIMS.has(a.Name))
            .map((a) => [a.Name, a.Value ?? '']),
        ),
      },
    }),
  };
}

type Route = ReturnType<ReturnType<typeof Router>>;
type Context = Parameters<Route>[0];

interface ResendRequest {
  ClientId: string;
  Username: string;
  ClientMetadata?: Record<string, string>;
}

/** ResendConfirmationCode, as Cognito answers it: a new code for an unconfirmed account. */
function resendConfirmationCode(services: Services) {
  return async (ctx: Context, req: ResendRequest) => {
    const pool = await services.cognito.getUserPoolForClientId(ctx, req.ClientId);
    const user = await pool.getUserByUsername(ctx, req.Username);
    if (!user) throw new UserNotFoundError();
    if (user.UserStatus !== 'UNCONFIRMED') throw new InvalidParameterError('User is already confirmed.');
    const email = user.Attributes.find((a) => a.Name === 'email')?.Value ?? '';
    const delivery = {
      AttributeName: 'email' as const,
      DeliveryMedium: 'EMAIL' as const,
      Destination: email,
    };
    const code = services.otp();
    await services.messages.deliver(
      ctx,
      'ResendCode',
      req.ClientId,
      pool.options.Id,
      user,
      code,
      req.ClientMetadata,
      delivery,
    );
    await pool.saveUser(ctx, { ...user, ConfirmationCode: code });
    return { CodeDeliveryDetails: delivery };
  };
}

interface GlobalSignOutRequest {
  UserPoolId: string;
  Username: string;
}

/** AdminUserGlobalSignOut, as Cognito answers it: every refresh token of the user revoked. */
function adminUserGlobalSignOut(services: Services) {
  return async (ctx: Context, req: GlobalSignOutRequest) => {
    const pool = await services.cognito.getUserPool(ctx, req.UserPoolId);
    const user = await pool.getUserByUsername(ctx, req.Username);
    if (!user) throw new UserNotFoundError();
    await pool.saveUser(ctx, { ...user, RefreshTokens: [] });
    return {};
  };
}

interface ChallengeRequest {
  ClientId: string;
  ChallengeResponses?: { USERNAME?: string };
}

/** RespondToAuthChallenge, keeping the refresh token it issues (cognito-local forgets it). */
function respondToAuthChallenge(services: Services, original: Route) {
  return async (ctx: Context, req: ChallengeRequest) => {
    const answer = (await original(ctx, req)) as { AuthenticationResult?: { RefreshToken?: string } };
    const refreshToken = answer.AuthenticationResult?.RefreshToken;
    const username = req.ChallengeResponses?.USERNAME;
    if (refreshToken && username) {
      const pool = await services.cognito.getUserPoolForClientId(ctx, req.ClientId);
      const user = await pool.getUserByUsername(ctx, username);
      if (user) await pool.storeRefreshToken(ctx, refreshToken, user);
    }
    return answer;
  };
}

/** The router, with the targets cognito-local lacks. */
export function withMissingTargets(
  router: ReturnType<typeof Router>,
  services: Services,
): ReturnType<typeof Router> {
  const added: Record<string, unknown> = {
    ResendConfirmationCode: resendConfirmationCode(services),
    AdminUserGlobalSignOut: adminUserGlobalSignOut(services),
    RespondToAuthChallenge: respondToAuthChallenge(services, router('RespondToAuthChallenge')),
  };
  return (target) => (added[target] as Route | undefined) ?? router(target);
}
