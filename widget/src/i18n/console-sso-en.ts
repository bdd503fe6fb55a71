/** i18n: the site's own sign-in (SSO keys) in the console, in English. */
import type { SsoKeyMessages } from './console-messages.js';

export const ssoEn: SsoKeyMessages = {
  title: "The site's own sign-in (SSO)",
  intro:
    'Readers logged in on your site comment under their identity there, with a token your server signs (docs/sso.md).',
  none: "No key: the site's own sign-in is off.",
  kinds: { secret: 'secret', 'public-key': 'public key', 'jwks-url': 'JWKS URL' },
  createdAt: (date) => `created ${date}`,
  revokedAt: (date) => `revoked ${date}`,
  enable: 'Turn on and create a secret',
  rotate: 'New secret (rotation)',
  revoke: 'Revoke',
  confirmRevoke: (kid) => `Confirm: revoke ${kid} (its tokens are refused at once)`,
  secretTitle: (kid) => `Secret of key ${kid}`,
  secretHint: "Copy this secret into your server's configuration now: it will never be shown again.",
  secretDone: 'I have copied the secret',
  publicKeyTitle: 'Or your public key',
  algorithm: 'Algorithm',
  material: 'A PEM public key, or the https URL of your JWKS',
  register: 'Add this key',
  created: 'Secret created.',
  registered: 'Key registered.',
  revoked: 'Key revoked.',
};
