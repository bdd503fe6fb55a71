/** i18n: the Security page of the console (two-step sign-in), in French. */
import type { SecurityMessages } from './console-messages.js';

export const securityFr: SecurityMessages = {
  title: 'Sécurité de mon compte',
  intro:
    'La validation en deux étapes demande, après le mot de passe, un code à 6 chiffres de votre application d’authentification (Google Authenticator, Aegis, 1Password…). Un site peut l’exiger de son équipe.',
  isOn: 'La validation en deux étapes est activée.',
  isOff: 'La validation en deux étapes n’est pas activée.',
  setUp: 'Mettre en place',
  keyTitle: '1. Ajoutez ce compte à votre application',
  keyHint:
    'Tapez cette clé dans l’application (saisie manuelle, « basé sur l’heure »), ou ouvrez le lien sur ce téléphone.',
  key: 'Clé secrète',
  link: 'Lien otpauth',
  code: '2. Code affiché par l’application',
  codeHint: '6 chiffres',
  confirm: 'Confirmer le code',
  cancel: 'Abandonner',
  turnedOn: 'Validation en deux étapes activée : le code vous sera demandé à chaque connexion.',
  otherSessions:
    'Les sessions ouvertes avant, sur d’autres appareils, restent ouvertes : « Se déconnecter partout » sous un article les ferme.',
  offTitle: 'Désactiver',
  offHint: 'Votre mot de passe confirme que c’est bien vous.',
  password: 'Mot de passe du compte',
  turnOff: 'Désactiver la validation',
  turnedOff: 'Validation en deux étapes désactivée.',
};
