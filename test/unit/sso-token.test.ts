/**
 * The publisher's SSO token: each algorithm and key kind accepted, each way of bending it refused
 * with its own code. Real signatures (jose), a real JWKS served over loopback.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, type JWTPayload, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SsoKey, verifySsoToken } from '../../functions/accounts/sso-token.js';

const now = 1_800_000_000;
const reader = { id: 'reader-42', username: 'Camille D.', email: 'camille@example.org', badges: ['Abonné'] };
const claims = (extra: JWTPayload = {}): JWTPayload => ({
  user: reader,
  iat: now - 10,
  exp: now + 3600,
  ...extra,
});
const secret = 'c2VjcmV0LW9mLXRoZS1zaXRlLWEtMzItYnl0ZXMtbG9uZw';
const hs = (kid = 'k1', key = secret, active = true): SsoKey => ({ kid, alg: 'HS256', secret: key, active });

async function sign(payload: JWTPayload, alg: string, key: CryptoKey | Uint8Array, kid?: string) {
  return new SignJWT(payload).setProtectedHeader(kid ? { alg, kid } : { alg }).sign(key);
}
const hmac = (key = secret) => new TextEncoder().encode(key);

/** The code of the refusal `promise` ends with. */
async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
  return 'accepted';
}

let ec: CryptoKeyPair;
let rsa: CryptoKeyPair;
let jwksServer: Server;
let jwksUrl: string;

beforeAll(async () => {
  ec = await generateKeyPair('ES256');
  rsa = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(rsa.publicKey)), kid: 'remote', alg: 'RS256', use: 'sig' };
  jwksServer = createServer((_, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((done) => jwksServer.listen(0, '127.0.0.1', done));
  jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/jwks.json`;
});

afterAll(() => new Promise<void>((done) => jwksServer.close(() => done())));

describe('accepted tokens', () => {
  it('takes HS256 with the site secret, with or without kid', async () => {
    const options = { allowRoleClaims: false, now };
    const withKid = await verifySsoToken(await sign(claims(), 'HS256', hmac(), 'k1'), [hs()], options);
    const withoutKid = await verifySsoToken(await sign(claims(), 'HS256', hmac()), [hs()], options);
    expect(withKid.user).toEqual(reader);
    expect(withoutKid.user.id).toBe('reader-42');
  });

  it('takes ES256 and RS256 with a registered public key', async () => {
    const keys: SsoKey[] = [
      { kid: 'ec', alg: 'ES256', publicKeyPem: await exportSPKI(ec.publicKey), active: true },
      { kid: 'rsa', alg: 'RS256', publicKeyPem: await exportSPKI(rsa.publicKey), active: true },
    ];
    const options = { allowRoleClaims: false, now };
    expect(
      (await verifySsoToken(await sign(claims(), 'ES256', ec.privateKey, 'ec'), keys, options)).user.id,
    ).toBe('reader-42');
    expect(
      (await verifySsoToken(await sign(claims(), 'RS256', rsa.privateKey, 'rsa'), keys, options)).user.id,
    ).toBe('reader-42');
  });

  it('takes RS256 from a JWKS URL', async () => {
    const keys: SsoKey[] = [{ kid: 'remote', alg: 'RS256', jwksUrl, active: true }];
    const token = await sign(claims(), 'RS256', rsa.privateKey, 'remote');
    expect((await verifySsoToken(token, keys, { allowRoleClaims: false, now })).user.id).toBe('reader-42');
  });

  it('tries both active secrets during a rotation when the token names no kid', async () => {
    const token = await sign(claims(), 'HS256', hmac('the-new-secret-of-site-a'));
    const keys = [hs('old'), hs('new', 'the-new-secret-of-site-a')];
    expect((await verifySsoToken(token, keys, { allowRoleClaims: false, now })).user.id).toBe('reader-42');
  });

  it('allows 60 seconds of clock drift, and a role where the site allows roles', async () => {
    const late = await sign(claims({ exp: now - 30, iat: now - 600 }), 'HS256', hmac(), 'k1');
    expect((await verifySsoToken(late, [hs()], { allowRoleClaims: false, now })).exp).toBe(now - 30);
    const early = await sign(claims({ iat: now + 30 }), 'HS256', hmac(), 'k1');
    expect((await verifySsoToken(early, [hs()], { allowRoleClaims: false, now })).iat).toBe(now + 30);
    const staff = await sign(claims({ user: { ...reader, role: 'moderator' } }), 'HS256', hmac(), 'k1');
    expect((await verifySsoToken(staff, [hs()], { allowRoleClaims: true, now })).user.role).toBe('moderator');
  });
});

describe('refused tokens', () => {
  const options = { allowRoleClaims: false, now };

  it('refuses an expired token and one issued in the future', async () => {
    const expired = await sign(claims({ iat: now - 7200, exp: now - 120 }), 'HS256', hmac(), 'k1');
    expect(await refusal(verifySsoToken(expired, [hs()], options))).toBe('sso_token_expired');
    const future = await sign(claims({ iat: now + 300, exp: now + 3600 }), 'HS256', hmac(), 'k1');
    expect(await refusal(verifySsoToken(future, [hs()], options))).toBe('sso_token_not_yet_valid');
  });

  it('refuses a token without exp, or living more than a day', async () => {
    const forever = await sign({ user: reader, iat: now - 10 }, 'HS256', hmac(), 'k1');
    expect(await refusal(verifySsoToken(forever, [hs()], options))).toBe('sso_claims_invalid');
    const long = await sign(claims({ exp: now + 2 * 86400 }), 'HS256', hmac(), 'k1');
    expect(await refusal(verifySsoToken(long, [hs()], options))).toBe('sso_claims_invalid');
  });

  it('refuses an unknown or revoked kid, and another site secret', async () => {
    const token = await sign(claims(), 'HS256', hmac(), 'k1');
    expect(await refusal(verifySsoToken(token, [hs('k2')], options))).toBe('sso_unknown_key');
    expect(await refusal(verifySsoToken(token, [hs('k1', secret, false)], options))).toBe('sso_unknown_key');
    const otherSite = await sign(claims(), 'HS256', hmac('the-secret-of-site-b-not-site-a'), 'k1');
    expect(await refusal(verifySsoToken(otherSite, [hs()], options))).toBe('sso_bad_signature');
  });

  it('refuses alg none and an algorithm its key does not sign with', async () => {
    const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const none = `${b64({ alg: 'none', kid: 'k1' })}.${b64(claims())}.`;
    expect(await refusal(verifySsoToken(none, [hs()], options))).toBe('sso_algorithm_refused');
    // The classic confusion: HS256 keyed with the RS256 key's public PEM.
    const pem = await exportSPKI(rsa.publicKey);
    const keys: SsoKey[] = [{ kid: 'rsa', alg: 'RS256', publicKeyPem: pem, active: true }];
    const confused = await sign(claims(), 'HS256', new TextEncoder().encode(pem), 'rsa');
    expect(await refusal(verifySsoToken(confused, keys, options))).toBe('sso_algorithm_refused');
    const confusedNoKid = await sign(claims(), 'HS256', new TextEncoder().encode(pem));
    expect(await refusal(verifySsoToken(confusedNoKid, keys, options))).toBe('sso_unknown_key');
  });

  it('refuses a role where the site does not allow roles, and claims without user.id', async () => {
    const staff = await sign(claims({ user: { ...reader, role: 'admin' } }), 'HS256', hmac(), 'k1');
    expect(await refusal(verifySsoToken(staff, [hs()], options))).toBe('sso_role_not_allowed');
    const anonymous = await sign(claims({ user: { username: 'Sans id' } }), 'HS256', hmac(), 'k1');
    expect(await refusal(verifySsoToken(anonymous, [hs()], options))).toBe('sso_claims_invalid');
    expect(await refusal(verifySsoToken('not-a-jwt', [hs()], options))).toBe('sso_claims_invalid');
  });
});
