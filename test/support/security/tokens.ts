/**
 * Security test support: forged and tampered JWTs. Most are signed with cognito-local's own
 * private key (shipped in node_modules), so only the claim under test can make them fail.
 */
import { createHmac, createSign, generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const keyFile = (name: string) =>
  JSON.parse(readFileSync(require.resolve(`cognito-local/lib/keys/${name}`), 'utf8')) as { pem: string };

/** cognito-local's signing key: a token it signs is genuine to the API. */
const cognitoPrivatePem = keyFile('cognitoLocal.private.json').pem;
/** The public key the API verifies with (what an attacker can read from the JWKS). */
const cognitoPublicPem = keyFile('cognitoLocal.public.json').pem;
/** A key that is not the pool's, under the pool's key id. */
const strangerKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;

type Claims = Record<string, unknown>;
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Header and payload of a JWT, unverified. */
export function decodeJwt(token: string): { header: Claims; payload: Claims } {
  const [header = '', payload = ''] = token.split('.');
  const parse = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Claims;
  return { header: parse(header), payload: parse(payload) };
}

/** An RS256 token over `payload`, by default signed with cognito-local's key as cognito-local does. */
export function signRs256(
  payload: Claims,
  key: Parameters<ReturnType<typeof createSign>['sign']>[0] = cognitoPrivatePem,
) {
  const input = `${b64({ alg: 'RS256', typ: 'JWT', kid: 'CognitoLocal' })}.${b64(payload)}`;
  return `${input}.${createSign('RSA-SHA256').update(input).sign(key, 'base64url')}`;
}

const now = () => Math.floor(Date.now() / 1000);

/** A bad token, and what is wrong with it. */
export interface TamperedToken {
  kind: string;
  token: string;
}

/**
 * Every way of forging or bending a caller's genuine ID token (and its access token) that the API
 * must refuse with 401. The payloads name the real user, so an accepted forgery would act as them.
 */
export function tamperedTokens(idToken: string, accessToken: string): TamperedToken[] {
  const { header, payload } = decodeJwt(idToken);
  const signature = idToken.split('.')[2] ?? '';
  const claims = (changes: Claims) => ({ ...payload, ...changes });
  const withoutTokenUse = { ...payload };
  delete withoutTokenUse.token_use;
  const hs256Input = `${b64({ alg: 'HS256', typ: 'JWT', kid: header.kid })}.${b64(payload)}`;
  const elevated = claims({ 'cognito:groups': ['admins', 'moderators'], name: 'Admin' });
  return [
    { kind: 'alg none', token: `${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.` },
    { kind: 'alg none keeping the kid', token: `${b64({ ...header, alg: 'none' })}.${b64(elevated)}.` },
    {
      kind: 'HS256 signed with the public key',
      token: `${hs256Input}.${createHmac('sha256', cognitoPublicPem).update(hs256Input).digest('base64url')}`,
    },
    { kind: 'changed payload (signature mismatch)', token: `${b64(header)}.${b64(elevated)}.${signature}` },
    { kind: 'signed by another key under the pool key id', token: signRs256(payload, strangerKey) },
    {
      kind: 'foreign issuer',
      token: signRs256(claims({ iss: 'https://cognito-idp.eu-west-3.amazonaws.com/eu-west-3_Foreign' })),
    },
    { kind: 'another app client (aud)', token: signRs256(claims({ aud: 'another-app-client' })) },
    { kind: 'expired', token: signRs256(claims({ iat: now() - 7200, exp: now() - 60 })) },
    { kind: 'not yet valid (nbf)', token: signRs256(claims({ nbf: now() + 3600 })) },
    { kind: 'missing token_use', token: signRs256(withoutTokenUse) },
    { kind: 'genuine access token instead of the ID token', token: accessToken },
    {
      kind: 'access token forged with our audience',
      token: signRs256(claims({ token_use: 'access', scope: 'aws.cognito.signin.user.admin' })),
    },
    { kind: 'truncated signature', token: idToken.slice(0, -8) },
  ];
}
