/** i18n: the site's own sign-in (SSO keys) in the console, in French. */
import type { SsoKeyMessages } from './console-messages.js';

export const ssoFr: SsoKeyMessages = {
  title: 'Connexion du site (SSO)',
  intro:
    'Vos lecteurs connectés sur votre site commentent sous leur identité, avec un jeton signé par votre serveur (docs/sso.md).',
  none: 'Aucune clé : la connexion du site est désactivée.',
  kinds: { secret: 'secret', 'public-key': 'clé publique', 'jwks-url': 'URL JWKS' },
  createdAt: (date) => `créée le ${date}`,
  revokedAt: (date) => `révoquée le ${date}`,
  enable: 'Activer et créer un secret',
  rotate: 'Nouveau secret (rotation)',
  revoke: 'Révoquer',
  confirmRevoke: (kid) => `Confirmer : révoquer ${kid} (ses jetons seront refusés aussitôt)`,
  secretTitle: (kid) => `Secret de la clé ${kid}`,
  secretHint:
    'Copiez ce secret maintenant dans la configuration de votre serveur : il ne sera plus jamais affiché.',
  secretDone: 'J’ai copié le secret',
  publicKeyTitle: 'Ou votre clé publique',
  algorithm: 'Algorithme',
  material: 'Clé publique PEM, ou URL https de votre JWKS',
  register: 'Ajouter cette clé',
  created: 'Secret créé.',
  registered: 'Clé enregistrée.',
  revoked: 'Clé révoquée.',
};
