/**
 * Integration: `npm run site -- sso …` against the test run's DynamoDB Local. `enable` prints the
 * new secret once as `{"kid", "secret"}`, and a token signed with it verifies against the site's
 * stored keys; a rotation keeps the previous secret working, a third key revokes the oldest,
 * `revoke` and `disable` cut a secret off, `keys` never prints a secret.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { verifySsoToken } from '../../functions/accounts/sso-token.js';
import { ssoKeysOf } from '../../functions/sites/sso-keys.js';
import { useTestApp } from '../support/use-test-app.js';

const run = promisify(execFile);
const t = useTestApp();

const site = (...args: string[]) =>
  run('npx', ['tsx', 'functions/sites/cli.ts', 'sso', ...args], { env: process.env }).then(
    ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );

const now = () => Math.floor(Date.now() / 1000);
const tokenWith = (secret: string, kid?: string) =>
  new SignJWT({ user: { id: 'reader-1', username: 'Camille' }, iat: now(), exp: now() + 600 })
    .setProtectedHeader(kid ? { alg: 'HS256', kid } : { alg: 'HS256' })
    .sign(new TextEncoder().encode(secret));

/** The code a verification against the site's stored keys ends with. */
const outcome = async (id: string, token: string) =>
  verifySsoToken(token, await ssoKeysOf(id), { allowRoleClaims: false }).then(
    () => 'accepted',
    (error: { code?: string }) => error.code,
  );

describe('npm run site -- sso', () => {
  it('enables SSO with a secret printed once as JSON, that verifies tokens', async () => {
    const id = await t.site();

    const enabled = await site('enable', id);
    const again = await site('enable', id);

    expect(enabled.code).toBe(0);
    const printed = JSON.parse(enabled.stdout) as { kid: string; secret: string };
    expect(Object.keys(printed)).toEqual(['kid', 'secret']);
    expect(printed.secret.length).toBeGreaterThanOrEqual(43);
    expect(await outcome(id, await tokenWith(printed.secret, printed.kid))).toBe('accepted');
    expect(await outcome(id, await tokenWith(printed.secret))).toBe('accepted');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already on');
    const listed = await site('keys', id);
    expect(listed.stdout).toContain(printed.kid);
    expect(listed.stdout).not.toContain(printed.secret);
  }, 60_000);

  it('rotates with two secrets at once, then revokes and disables', async () => {
    const id = await t.site();
    const first = JSON.parse((await site('enable', id)).stdout) as { kid: string; secret: string };
    const second = JSON.parse((await site('rotate', id)).stdout) as { kid: string; secret: string };

    expect(await outcome(id, await tokenWith(first.secret, first.kid))).toBe('accepted');
    expect(await outcome(id, await tokenWith(second.secret, second.kid))).toBe('accepted');

    const third = JSON.parse((await site('rotate', id)).stdout) as { kid: string; secret: string };
    expect(await outcome(id, await tokenWith(first.secret, first.kid))).toBe('sso_unknown_key');
    expect(await outcome(id, await tokenWith(first.secret))).toBe('sso_bad_signature');

    expect((await site('revoke', id, second.kid)).code).toBe(0);
    expect(await outcome(id, await tokenWith(second.secret, second.kid))).toBe('sso_unknown_key');
    expect(await outcome(id, await tokenWith(third.secret, third.kid))).toBe('accepted');

    expect((await site('disable', id)).code).toBe(0);
    expect(await outcome(id, await tokenWith(third.secret, third.kid))).toBe('sso_unknown_key');
    expect((await site('revoke', id, 'kNoSuchKey')).code).toBe(1);
  }, 90_000);

  it('refuses an unknown site, an algorithm other than ES256/RS256 and a plain-http JWKS URL', async () => {
    const id = await t.site();

    expect((await site('enable', `missing-${Date.now().toString(36)}`)).code).toBe(1);
    const badAlg = await site('add-key', id, '--alg', 'HS512', '--jwks-url', 'https://example.org/jwks.json');
    expect(badAlg.code).toBe(1);
    expect(badAlg.stderr).toContain('ES256 or RS256');
    const plainHttp = await site(
      'add-key',
      id,
      '--alg',
      'RS256',
      '--jwks-url',
      'http://example.org/jwks.json',
    );
    expect(plainHttp.code).toBe(1);
    expect(plainHttp.stderr).toContain('https');
    expect(await ssoKeysOf(id)).toEqual([]);
  }, 60_000);
});
