/**
 * Integration: host-site SSO through the HTTP API (issue 16). A site admin adds the site's keys
 * (`/v1/sites/{site}/sso/keys`), the publisher signs a token, `POST /v1/auth/sso` exchanges it
 * for a Réagir session on that site; every algorithm and key kind is accepted, every refusal
 * the issue lists answers its code, and the session is refused on another site and after logout.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../functions/shared/http/errors.js';
import type { SsoKeysAnswer } from '../../functions/sites/types.js';
import { type Claims, hs256, readerClaims, ssoPublisher } from '../support/sso.js';
import { bearer } from '../support/test-app.js';
import { type Staff, useTestApp } from '../support/use-test-app.js';

const t = useTestApp();
let admin: Staff;
beforeAll(async () => {
  admin = await t.staff(['admins'], 'Administratrice');
});

const now = () => Math.floor(Date.now() / 1000);
const publisher = ssoPublisher(t, () => admin.idToken);
const { addKey, exchange } = publisher;
const ssoSite = publisher.site;
const reader = readerClaims;

let jwks: Server | undefined;
afterAll(() => jwks?.close());

describe('POST /v1/auth/sso', () => {
  it('exchanges an HS256 token for a session on the site, with the reader’s name and badges', async () => {
    const { site, kid, secret } = await ssoSite();

    const answer = await exchange(site, await hs256(secret, reader(), { kid }));

    expect(answer.status).toBe(200);
    expect(answer.body.expiresIn).toBeGreaterThan(500);
    expect(answer.body.expiresIn).toBeLessThanOrEqual(600);
    expect(answer.body.user).toMatchObject({ name: 'Camille Abonnée', badges: ['Abonné'], roles: [] });
    expect(answer.body.user.id).toMatch(new RegExp(`^sso_${site}_[\\w-]{22}$`));
    expect(JSON.stringify(answer.body)).not.toContain('camille@journal.example');
    expect(JSON.stringify(answer.body)).not.toContain('reader-1');
    const me = await t.raw<{ user: Record<string, unknown> }>(
      'GET',
      '/v1/me',
      undefined,
      bearer(answer.body.token),
    );
    expect(me.status).toBe(200);
    expect(me.body.user).toMatchObject({
      id: answer.body.user.id,
      kind: 'sso',
      badges: ['Abonné'],
      email: '',
    });
  });

  it('accepts ES256 with a registered PEM and RS256 from a JWKS URL', async () => {
    const site = await t.site();
    const es = await generateKeyPair('ES256', { extractable: true });
    const rs = await generateKeyPair('RS256', { extractable: true });
    const pem = await exportSPKI(es.publicKey);
    const jwk = { ...(await exportJWK(rs.publicKey)), kid: 'rs-1', alg: 'RS256' };
    jwks = createServer((_req, res) => res.end(JSON.stringify({ keys: [jwk] })));
    await new Promise<void>((done) => jwks?.listen(0, '127.0.0.1', done));
    const jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks.json`;

    const esKey = await addKey(site, { kind: 'public-key', alg: 'ES256', publicKeyPem: pem });
    const rsKey = await addKey(site, { kind: 'jwks-url', alg: 'RS256', jwksUrl });
    expect(esKey.status).toBe(201);
    expect(esKey.body.secret).toBeUndefined();
    expect(rsKey.status).toBe(201);

    const esToken = await new SignJWT(reader('es-reader'))
      .setProtectedHeader({ alg: 'ES256', kid: esKey.body.kid })
      .sign(es.privateKey);
    const rsToken = await new SignJWT(reader('rs-reader'))
      .setProtectedHeader({ alg: 'RS256', kid: 'rs-1' })
      .sign(rs.privateKey);
    // A JWKS names its own kids: the token carries the publisher's, and one the JWKS lacks is unknown.
    const rsUnknownKid = await new SignJWT(reader('rs-reader'))
      .setProtectedHeader({ alg: 'RS256', kid: 'rs-2' })
      .sign(rs.privateKey);

    expect((await exchange(site, esToken)).status).toBe(200);
    expect((await exchange(site, rsToken)).status).toBe(200);
    expect((await exchange(site, rsUnknownKid)).body.error?.code).toBe('sso_unknown_key');
    const listed = await t.raw<SsoKeysAnswer>(
      'GET',
      `/v1/sites/${site}/sso/keys`,
      undefined,
      bearer(admin.idToken),
    );
    expect(listed.body.keys.map((k) => k.kind)).toEqual(['public-key', 'jwks-url']);
  });

  it('refuses each bad token with its code', async () => {
    const { site, kid, secret } = await ssoSite();
    const other = await ssoSite();
    const es = await generateKeyPair('ES256');
    const expired = { ...reader(), iat: now() - 900, exp: now() - 120 };
    const future = { ...reader(), iat: now() + 300, exp: now() + 900 };
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', kid })).toString('base64url')}.${Buffer.from(JSON.stringify(reader())).toString('base64url')}.`;
    const wrongAlg = await new SignJWT(reader())
      .setProtectedHeader({ alg: 'ES256', kid })
      .sign(es.privateKey);

    const cases: [string, Promise<string>][] = [
      ['sso_token_expired', hs256(secret, expired, { kid })],
      ['sso_token_not_yet_valid', hs256(secret, future, { kid })],
      ['sso_unknown_key', hs256(secret, reader(), { kid: 'k-unknown' })],
      ['sso_algorithm_refused', Promise.resolve(wrongAlg)],
      ['sso_algorithm_refused', Promise.resolve(none)],
      ['sso_bad_signature', hs256(other.secret, reader())],
      ['sso_role_not_allowed', hs256(secret, reader('r', { role: 'moderator' }), { kid })],
      ['sso_claims_invalid', hs256(secret, { ...reader(), user: { username: 'Sans id' } }, { kid })],
    ];
    for (const [code, token] of cases) {
      const answer = await exchange(site, await token);
      expect({ code: answer.body.error?.code, message: answer.body.error?.message.length }).toMatchObject({
        code,
      });
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
    }
  });

  it('refuses a rotated-out secret, and a site whose SSO is off', async () => {
    const { site, kid, secret } = await ssoSite();
    const second = await addKey(site, { kind: 'secret' });
    await addKey(site, { kind: 'secret' });
    const plain = await t.site();

    expect((await exchange(site, await hs256(secret, reader(), { kid }))).body.error?.code).toBe(
      'sso_unknown_key',
    );
    expect((await exchange(site, await hs256(String(second.body.secret), reader()))).status).toBe(200);
    const off = await exchange(plain, await hs256(secret, reader()));
    expect(off.status).toBe(403);
    expect(off.body.error?.code).toBe('sso_disabled');
  });

  it('takes a role only where the site allows role claims', async () => {
    const { site, secret } = await ssoSite({ ssoRoleClaims: true });

    const answer = await exchange(site, await hs256(secret, reader('chief', { role: 'moderator' })));

    expect(answer.status).toBe(200);
    expect(answer.body.user).toMatchObject({ roles: [], sites: { [site]: 'moderator' } });
    const other = await t.site();
    const elsewhere = await t.raw(
      'GET',
      `/v1/moderation/queue?site=${other}`,
      undefined,
      bearer(answer.body.token),
    );
    expect(elsewhere.status).toBe(403);
    const queue = await t.raw(
      'GET',
      `/v1/moderation/queue?site=${site}`,
      undefined,
      bearer(answer.body.token),
    );
    expect(queue.status).toBe(200);
  });

  it('updates the name and badges from newer tokens only', async () => {
    const { site, secret } = await ssoSite();
    const older = { ...reader('same'), iat: now() - 30 };
    const newer = reader('same', { username: 'Camille Rédactrice', badges: ['Journaliste'] });

    await exchange(site, await hs256(secret, newer));
    const replayed = await exchange(site, await hs256(secret, older));

    expect(replayed.status).toBe(200);
    expect(replayed.body.user).toMatchObject({ name: 'Camille Rédactrice', badges: ['Journaliste'] });
  });
});

describe('an SSO session', () => {
  it('is refused on another site, and after its logout', async () => {
    const { site, secret } = await ssoSite();
    const other = await t.site();
    const { body } = await exchange(site, await hs256(secret, reader()));

    const elsewhere = await t.raw<ErrorBody>(
      'POST',
      '/v1/comments',
      { site: other, page: 'p', body: 'ailleurs' },
      bearer(body.token),
    );
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body.error.code).toBe('sso_wrong_site');

    expect(
      (await t.raw('POST', `/v1/auth/sso/logout?site=${site}`, undefined, bearer(body.token))).status,
    ).toBe(204);
    const after = await t.raw<ErrorBody>('GET', '/v1/me', undefined, bearer(body.token));
    expect(after.status).toBe(401);
  });

  it('is refused once forged, or signed with another key', async () => {
    const { site, secret } = await ssoSite();
    const { body } = await exchange(site, await hs256(secret, reader()));
    const [header, payload] = body.token.split('.');
    const claims = JSON.parse(Buffer.from(String(payload), 'base64url').toString()) as Claims;
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...claims, role: 'admin' })).toString('base64url')}.${body.token.split('.')[2]}`;
    const resigned = await hs256(secret, claims);

    expect((await t.raw('GET', '/v1/me', undefined, bearer(forged))).status).toBe(401);
    expect((await t.raw('GET', '/v1/me', undefined, bearer(resigned))).status).toBe(401);
  });
});
