/**
 * Verifies the Cognito ID tokens that callers send as `Authorization: Bearer`. aws-jwt-verify's
 * JwtRsaVerifier checks the signature against the pool's JWKS, the issuer, the audience (our app
 * client) and expiry; we add `token_use: id`. Issuer and JWKS URL come from configuration, so the
 * same code verifies cognito-local's tokens (plain http) and Cognito's.
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

function create(issuer: string, jwksUri: string, clientId: string) {
  return JwtRsaVerifier.create(
    {
      issuer,
      jwksUri,
      audience: clientId,
      customJwtCheck: ({ payload }: { payload: JwtPayload }) => {
        if (payload.token_use !== 'id') {
          throw new CognitoJwtInvalidTokenUseError(
            'token_use must be id',
            'token_use',
            String(payload.token_use),
          );
        }
      },
    },
    { jwksCache: new SimpleJwksCache({ fetcher: fetchFetcher }) },
  );
}

let verifier: ReturnType<typeof create> | undefined;
let configuredFor = '';

/** The verified claims of an ID token; throws when the token is not one of ours or not valid now. */
export async function verifyIdToken(token: string): Promise<JwtPayload> {
  const issuer = process.env.COGNITO_ISSUER;
  const jwksUri = process.env.COGNITO_JWKS_URL;
  const clientId = process.env.COGNITO_CLIENT_ID;
  if (!issuer || !jwksUri || !clientId)
    throw new Error('COGNITO_ISSUER, COGNITO_JWKS_URL and COGNITO_CLIENT_ID must be set');
  const key = `${issuer} ${jwksUri} ${clientId}`;
  if (!verifier || configuredFor !== key) {
    verifier = create(issuer, jwksUri, clientId);
    configuredFor = key;
  }
  return verifier.verify(token);
}
