/** API client, second layer: a site's SSO signing keys (admins), one typed line each, for the console. */
import type { NewSsoKey, SsoKeySummary, SsoKeysAnswer } from '../../../functions/sites/types.js';
import type { Fetcher } from './fetcher.js';

export type { SsoKeySummary };

const keys = (site: string) => `/v1/sites/${encodeURIComponent(site)}/sso/keys`;

export const listSsoKeys = (api: Fetcher, site: string) => api<SsoKeysAnswer>('GET', keys(site));

/** A new HS256 secret (the first turns SSO on; another is a rotation): shown in this answer only. */
export const addSsoSecret = (api: Fetcher, site: string) =>
  api<NewSsoKey>('POST', keys(site), { body: { kind: 'secret' } });

/** The publisher's public key, as a PEM or a JWKS URL. */
export const addSsoPublicKey = (
  api: Fetcher,
  site: string,
  key: { alg: 'ES256' | 'RS256' } & ({ publicKeyPem: string } | { jwksUrl: string }),
) =>
  api<NewSsoKey>('POST', keys(site), {
    body: 'jwksUrl' in key ? { kind: 'jwks-url', ...key } : { kind: 'public-key', ...key },
  });

export const revokeSsoKey = (api: Fetcher, site: string, kid: string) =>
  api<unknown>('DELETE', `${keys(site)}/${encodeURIComponent(kid)}`);
