/**
 * Accounts: verifies the token a publisher's back end signs for its logged-in reader (host-site
 * single sign-on, docs/sso.md). Pure apart from fetching a registered JWKS URL: the site's keys
 * come in, the reader's claims or a refusal with a stable code go out.
 *
 * Why each rule: the algorithm is pinned per key, so a token cannot pick `none` or sign with
 * HS256 using an RS256 key's public half as the secret; `kid` picks the key, so a rotated-out
 * secret stops working the moment it is revoked; `exp` is required and at most a day after
 * `iat`, so a leaked token cannot live for ever (Coral's SSO tokens may); 60 s of leeway absorbs
 * the publisher's clock drift, no more.
 */
import {
  createRemoteJWKSet,
  decodeProtectedHeader,
  errors,
  importSPKI,
  type JWTVerifyGetKey,
  jwtVerify,
} from 'jose';
import * as z from 'zod/mini';
import { AppError, type ErrorCode } from '../shared/errors.js';
import { displayName } from '../shared/text/display-name.js';
import type { SsoKey } from '../sites/types.js';

export type { SsoKey } from '../sites/types.js';

export const SSO_ALGORITHMS = ['HS256', 'ES256', 'RS256'] as const;
export type SsoAlgorithm = (typeof SSO_ALGORITHMS)[number];

/** Clock drift allowed between the publisher's servers and ours, in seconds. */
export const SSO_CLOCK_LEEWAY_SECONDS = 60;
/** The longest a publisher's token may live (`exp` − `iat`), in seconds. */
export const SSO_MAX_LIFETIME_SECONDS = 24 * 3600;

const badge = z.string().check(z.trim(), z.minLength(1), z.maxLength(40));

/** The claims a publisher's token carries; `user.id` must hold no personal data (it is a key). */
export const ssoClaimsSchema = z.object({
  user: z.object({
    id: z.string().check(z.minLength(1), z.maxLength(200)),
    username: displayName,
    email: z.optional(z.email()),
    badges: z._default(z.array(badge).check(z.maxLength(5)), []),
    role: z.optional(z.enum(['moderator', 'admin'])),
  }),
  iat: z.number().check(z.int()),
  exp: z.number().check(z.int()),
  jti: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
});

export type SsoClaims = z.output<typeof ssoClaimsSchema>;

type SsoRefusal = Extract<ErrorCode, `sso_${string}`>;
const refused = (code: SsoRefusal, message: string) => new AppError(code, message);

// One remote key set per URL for the life of the instance: jose caches and refreshes it.
const remoteSets = new Map<string, JWTVerifyGetKey>();

async function verificationKey(key: SsoKey): Promise<Uint8Array | CryptoKey | JWTVerifyGetKey> {
  if (key.alg === 'HS256') return new TextEncoder().encode(key.secret);
  if ('publicKeyPem' in key) return importSPKI(key.publicKeyPem, key.alg);
  let set = remoteSets.get(key.jwksUrl);
  if (!set) {
    set = createRemoteJWKSet(new URL(key.jwksUrl), { timeoutDuration: 3000 });
    remoteSets.set(key.jwksUrl, set);
  }
  return set;
}

/** The key the token's header names (or, without `kid`, the active keys of its algorithm). */
function candidates(token: string, keys: readonly SsoKey[]): SsoKey[] {
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(token);
  } catch {
    throw refused('sso_claims_invalid', 'The SSO token is not a JWT (header.payload.signature).');
  }
  const alg = header.alg ?? '';
  if (!(SSO_ALGORITHMS as readonly string[]).includes(alg))
    throw refused(
      'sso_algorithm_refused',
      `The SSO token's algorithm "${alg}" is not accepted: use HS256, ES256 or RS256.`,
    );
  const active = keys.filter((k) => k.active);
  if (header.kid !== undefined) {
    const key = active.find((k) => k.kid === header.kid);
    // A JWKS names its own kids: a kid that is not one of the site's may be one of its JWKS's.
    const remote = active.filter((k) => k.alg === alg && 'jwksUrl' in k);
    if (!key && remote.length) return remote;
    if (!key)
      throw refused(
        'sso_unknown_key',
        `No active signing key has kid "${header.kid}": it is unknown or was revoked.`,
      );
    if (key.alg !== alg)
      throw refused('sso_algorithm_refused', `Key "${key.kid}" signs with ${key.alg}, not ${alg}.`);
    return [key];
  }
  const sameAlg = active.filter((k) => k.alg === alg);
  if (!sameAlg.length) throw refused('sso_unknown_key', `This site has no active ${alg} signing key.`);
  return sameAlg;
}

/** Maps jose's refusal to ours; anything else (a JWKS URL down) is not the token's fault. */
function refusalOf(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof errors.JWTExpired)
    return refused('sso_token_expired', 'The SSO token has expired: sign a new one.');
  if (error instanceof errors.JOSEAlgNotAllowed)
    return refused('sso_algorithm_refused', "The SSO token's algorithm does not match its key.");
  if (error instanceof errors.JWKSNoMatchingKey)
    return refused('sso_unknown_key', "No key of the site's JWKS has the token's kid and algorithm.");
  if (error instanceof errors.JWSSignatureVerificationFailed)
    return refused('sso_bad_signature', "The SSO token's signature does not verify with this site's key.");
  if (
    error instanceof errors.JWTClaimValidationFailed ||
    error instanceof errors.JWTInvalid ||
    error instanceof errors.JWSInvalid
  )
    return refused('sso_claims_invalid', `The SSO token is malformed: ${error.message}.`);
  throw error;
}

/**
 * The reader a publisher's token names, verified against the site's keys at `now` (epoch
 * seconds); throws an {@link AppError} with an `sso_*` code a developer can act on.
 */
export async function verifySsoToken(
  token: string,
  keys: readonly SsoKey[],
  options: { allowRoleClaims: boolean; now?: number },
): Promise<SsoClaims> {
  const now = options.now ?? Math.floor(Date.now() / 1000);
  let payload: unknown;
  const tried = candidates(token, keys);
  for (const [index, key] of tried.entries()) {
    try {
      const verified = await jwtVerify(token, await verificationKey(key), {
        algorithms: [key.alg],
        clockTolerance: SSO_CLOCK_LEEWAY_SECONDS,
        currentDate: new Date(now * 1000),
        requiredClaims: ['exp', 'iat'],
      });
      payload = verified.payload;
      break;
    } catch (error) {
      const refusal = refusalOf(error);
      // Without a kid, a bad signature may just mean "the other active secret": try it.
      if (refusal.code !== 'sso_bad_signature' || index === tried.length - 1) throw refusal;
    }
  }
  if (payload === undefined)
    throw refused('sso_bad_signature', "The SSO token's signature does not verify with this site's key.");
  const claims = ssoClaimsSchema.safeParse(payload);
  if (!claims.success) {
    const paths = [...new Set(claims.error.issues.map((issue) => issue.path.join('.')))].join(', ');
    throw refused('sso_claims_invalid', `The SSO token's claims are not valid: ${paths}.`);
  }
  const { iat, exp, user } = claims.data;
  if (iat > now + SSO_CLOCK_LEEWAY_SECONDS)
    throw refused(
      'sso_token_not_yet_valid',
      'The SSO token was issued in the future (iat): check the server clock.',
    );
  if (exp - iat > SSO_MAX_LIFETIME_SECONDS)
    throw refused('sso_claims_invalid', 'The SSO token lives longer than 24 hours (exp − iat): shorten it.');
  if (user.role && !options.allowRoleClaims)
    throw refused('sso_role_not_allowed', 'This site does not accept roles in SSO tokens: remove user.role.');
  return claims.data;
}
