/**
 * Verifies the Cognito ID tokens that callers send as `Authorization: Bearer`. aws-jwt-verify's
 * JwtRsaVerifier checks the signature against the pool's JWKS, the issuer, the audience (our app
 * client) and expiry; we add `token_use: id`. Issuer and JWKS URL come from configuration, so the
 * same code verifies cognito-local's tokens (plain http) and Cognito's. The access tokens the MFA
 * routes pass on to Cognito are verified too (`verifyAccessToken`): they carry `client_id`, not
 * `aud`, and must name the caller of the ID token, whatever Cognito (or cognito-local, which only
 * decodes them) then checks.
 */
import { JwtRsaVerifier } from 'aws-jwt-verify';
import { CognitoJwtInvalidTokenUseError } from 'aws-jwt-verify/error';
import { SimpleJwksCache } from 'aws-jwt-verify/jwk';
import type { JwtPayload } from 'aws-jwt-verify/jwt-model';

/** aws-jwt-verify's own fetcher speaks https only; cognito-local serves its JWKS over http. */
const fetchFetcher = {
  async fetch(uri: string): Promise<ArrayBuffer> {
    const response = await fetch(uri, { signal: AbortSignal.timeout(3000) });
    if (!response.ok) throw new Error(`JWKS fetch failed with ${response.status}`);
    return response.arrayBuffer();
  },
};

type TokenUse = 'id' | 'access';

function create(issuer: string, jwksUri: string, clientId: string, use: TokenUse) {
  return JwtRsaVerifier.create(
    {
      issuer,
      jwksUri,
      // An access token names the app client in `client_id`: checked below instead.
      audience: use === 'id' ? clientId : null,
      customJwtCheck: ({ payload }: { payload: JwtPayload }) => {
        if (payload.token_use !== use) {
          throw new CognitoJwtInvalidTokenUseError(
            `token_use must be ${use}`,
            'token_use',
            String(payload.token_use),
          );
        }
        if (use === 'access' && payload.client_id !== clientId) throw new Error('client_id is not ours');
      },
    },
    { jwksCache: new SimpleJwksCache({ fetcher: fetchFetcher }) },
  );
}

const verifiers = new Map<string, ReturnType<typeof create>>();

function verifierOf(use: TokenUse) {
  const issuer = process.env.COGNITO_ISSUER;
  const jwksUri = process.env.COGNITO_JWKS_URL;
  const clientId = process.env.COGNITO_CLIENT_ID;
  if (!issuer || !jwksUri || !clientId)
    throw new Error('COGNITO_ISSUER, COGNITO_JWKS_URL and COGNITO_CLIENT_ID must be set');
  const key = `${use} ${issuer} ${jwksUri} ${clientId}`;
  let verifier = verifiers.get(key);
  if (!verifier) {
    verifier = create(issuer, jwksUri, clientId, use);
    verifiers.set(key, verifier);
  }
  return verifier;
}

/** The verified claims of an ID token; throws when the token is not one of ours or not valid now. */
export async function verifyIdToken(token: string): Promise<JwtPayload> {
  return verifierOf('id').verify(token);
}

/** The verified claims of an access token of our app client; throws when it is not valid now. */
export async function verifyAccessToken(token: string): Promise<JwtPayload> {
  return verifierOf('access').verify(token);
}
