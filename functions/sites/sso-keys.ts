/**
 * Sites: a site's SSO signing keys (docs/sso.md). Adding a key turns the site's `sso` setting on,
 * revoking its last active key turns it off (an administrator may also turn it off and on again
 * in the settings, keeping the keys). At most two keys are active at once, so that a rotation never cuts readers
 * off: the new key works at once, the previous one until it is revoked; adding a third revokes
 * the oldest. Secrets are shown once, when made, and never listed.
 */
import { randomBytes } from 'node:crypto';
import { importSPKI } from 'jose';
import { AppError } from '../shared/errors.js';
import { saveSite, siteNow } from './service.js';
import { putSsoKey, querySsoKeys, revokeSsoKeyRecord, type SsoKeyRecord } from './sso-key-repository.js';
import type { SsoKey, SsoKeySummary } from './types.js';

export const MAX_ACTIVE_SSO_KEYS = 2;

/** What a publisher copies once: the key id to put in the token's header and the HS256 secret. */
export interface NewSsoSecret {
  kid: string;
  secret: string;
}

const newKid = () => `k${randomBytes(6).toString('base64url')}`;
const isActive = (key: SsoKeyRecord) => key.revokedAt === undefined;

async function requireExistingSite(site: string): Promise<void> {
  if (!(await siteNow(site))) throw new AppError('site_not_found', `There is no site ${site}.`);
}

/** Stores `key`, revokes the oldest active keys beyond the two allowed, and turns SSO on. */
async function addKey(key: SsoKeyRecord): Promise<void> {
  await putSsoKey(key);
  const active = (await querySsoKeys(key.site)).filter(isActive);
  for (const old of active.slice(0, Math.max(0, active.length - MAX_ACTIVE_SSO_KEYS)))
    await revokeSsoKeyRecord(key.site, old.kid, key.createdAt);
  if (!(await siteNow(key.site))?.sso) await saveSite(key.site, { sso: true });
}

/** Turns the site's `sso` setting off once no key is active. */
async function offWithoutKeys(site: string): Promise<void> {
  if ((await querySsoKeys(site)).some(isActive)) return;
  if ((await siteNow(site))?.sso) await saveSite(site, { sso: false });
}

async function addSecret(site: string): Promise<NewSsoSecret> {
  const secret = randomBytes(32).toString('base64url');
  const kid = newKid();
  await addKey({ site, kid, alg: 'HS256', secret, createdAt: new Date().toISOString() });
  return { kid, secret };
}

/** Turns SSO on with a first HS256 secret; 409 when the site already has an active key. */
export async function enableSso(site: string): Promise<NewSsoSecret> {
  await requireExistingSite(site);
  if ((await querySsoKeys(site)).some(isActive))
    throw new AppError('conflict', `SSO is already on for ${site}: rotate its secret instead.`);
  return addSecret(site);
}

/** A new HS256 secret beside the current one (the oldest beyond two is revoked). */
export async function rotateSsoSecret(site: string): Promise<NewSsoSecret> {
  await requireExistingSite(site);
  if (!(await querySsoKeys(site)).some(isActive))
    throw new AppError('conflict', `SSO is off for ${site}: enable it first.`);
  return addSecret(site);
}

/** A new HS256 secret: the first turns SSO on, another is a rotation (as in the console). */
export async function addSsoSecret(site: string): Promise<NewSsoSecret> {
  await requireExistingSite(site);
  return addSecret(site);
}

/** Registers the publisher's ES256/RS256 public key, as a PEM or a JWKS URL; returns its kid. */
export async function addSsoPublicKey(
  site: string,
  key: { alg: 'ES256' | 'RS256' } & ({ publicKeyPem: string } | { jwksUrl: string }),
): Promise<string> {
  await requireExistingSite(site);
  if ('publicKeyPem' in key) {
    await importSPKI(key.publicKeyPem, key.alg).catch(() => {
      throw new AppError('invalid_request', `That is not a ${key.alg} public key in PEM (SPKI) form.`);
    });
  } else if (!isAllowedJwksUrl(key.jwksUrl)) {
    throw new AppError('invalid_request', 'A JWKS URL must be https (http only to 127.0.0.1 or localhost).');
  }
  const kid = newKid();
  await addKey({ site, kid, ...key, createdAt: new Date().toISOString() } as SsoKeyRecord);
  return kid;
}

function isAllowedJwksUrl(text: string): boolean {
  try {
    const url = new URL(text);
    if (url.protocol === 'https:') return true;
    return url.protocol === 'http:' && ['127.0.0.1', 'localhost'].includes(url.hostname);
  } catch {
    return false;
  }
}

/** Revokes one key: tokens naming it are refused from now on. */
export async function revokeSsoKey(site: string, kid: string): Promise<void> {
  if (!(await revokeSsoKeyRecord(site, kid, new Date().toISOString())))
    throw new AppError('not_found', `Site ${site} has no SSO key ${kid}.`);
  await offWithoutKeys(site);
}

/** Turns SSO off: every active key is revoked. */
export async function disableSso(site: string): Promise<number> {
  const active = (await querySsoKeys(site)).filter(isActive);
  const at = new Date().toISOString();
  for (const key of active) await revokeSsoKeyRecord(site, key.kid, at);
  await offWithoutKeys(site);
  return active.length;
}

/** The site's keys for administrators, oldest first, without any secret. */
export async function listSsoKeys(site: string): Promise<SsoKeySummary[]> {
  return (await querySsoKeys(site)).map((key) => ({
    kid: key.kid,
    alg: key.alg,
    kind: 'secret' in key ? 'secret' : 'publicKeyPem' in key ? 'public-key' : 'jwks-url',
    ...('jwksUrl' in key && typeof key.jwksUrl === 'string' ? { jwksUrl: key.jwksUrl } : {}),
    createdAt: key.createdAt,
    ...(key.revokedAt ? { revokedAt: key.revokedAt } : {}),
  }));
}

/** The keys the token verifier is given: every key of the site, flagged active or not. */
export async function ssoKeysOf(site: string): Promise<SsoKey[]> {
  return (await querySsoKeys(site)).map(({ site: _site, createdAt: _at, revokedAt, ...key }) => ({
    ...key,
    active: revokedAt === undefined,
  })) as SsoKey[];
}
