/**
 * Components: the texts of the account forms, in both languages. They travel in the account
 * forms' chunk: a reader who never opens them never downloads them.
 */
import type { Lang } from '../i18n/index.js';

/** What the account forms say beyond the shared catalogue. */
export interface AuthMessages {
  forgot: string;
  password: string;
  newPassword: string;
  passwordHint: string;
  code: string;
  confirmTitle: string;
  confirm: string;
  sendCode: string;
  resend: string;
  codeSent: string;
  resetTitle: string;
  reset: string;
  /** The login's second step, for an account with two-step sign-in (TOTP) on. */
  totpTitle: string;
  totpCode: string;
  totpHint: string;
  /** Field-level errors of the sign-up form. */
  nameMissing: string;
  emailInvalid: string;
  passwordShort: string;
  /** A field the server refused (a name too close to a moderator's...). */
  fieldInvalid: Record<'name' | 'email' | 'password', string>;
}

/** The account forms' texts, by language. */
export const authMessages: Record<Lang, AuthMessages> = {
  fr: {
    forgot: 'Mot de passe oublié ?',
    password: 'Mot de passe',
    newPassword: 'Nouveau mot de passe',
    passwordHint: '8 caractères minimum',
    code: 'Code reçu par mail',
    confirmTitle: 'Confirmez votre inscription',
    confirm: 'Valider',
    sendCode: 'Recevoir un code',
    resend: 'Renvoyer le code',
    codeSent: "Un message avec vos codes d'accès vous a été envoyé par mail",
    resetTitle: 'Réinitialiser mon mot de passe',
    reset: 'Changer mon mot de passe',
    totpTitle: 'Validation en deux étapes',
    totpCode: "Code de l'application d'authentification",
    totpHint: '6 chiffres, renouvelés toutes les 30 secondes',
    nameMissing: 'Indiquez votre nom.',
    emailInvalid: 'Indiquez une adresse e-mail valide.',
    passwordShort: 'Le mot de passe doit faire 8 caractères minimum.',
    fieldInvalid: {
      name: 'Ce nom ne peut pas être utilisé : choisissez-en un autre.',
      email: 'Cette adresse e-mail ne peut pas être utilisée.',
      password: 'Ce mot de passe ne peut pas être utilisé.',
    },
  },
  en: {
    forgot: 'Forgot your password?',
    password: 'Password',
    newPassword: 'New password',
    passwordHint: 'At least 8 characters',
    code: 'Code received by email',
    confirmTitle: 'Confirm your registration',
    confirm: 'Confirm',
    sendCode: 'Send me a code',
    resend: 'Send the code again',
    codeSent: 'We have sent you an email with your access codes',
    resetTitle: 'Reset my password',
    reset: 'Change my password',
    totpTitle: 'Two-step sign-in',
    totpCode: 'Code from your authenticator app',
    totpHint: '6 digits, new every 30 seconds',
    nameMissing: 'Enter your name.',
    emailInvalid: 'Enter a valid email address.',
    passwordShort: 'The password must be at least 8 characters long.',
    fieldInvalid: {
      name: 'This name cannot be used: choose another one.',
      email: 'This email address cannot be used.',
      password: 'This password cannot be used.',
    },
  },
};
