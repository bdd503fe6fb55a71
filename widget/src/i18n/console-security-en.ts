/** i18n: the Security page of the console (two-step sign-in), in English. */
import type { SecurityMessages } from './console-messages.js';

export const securityEn: SecurityMessages = {
  title: 'Security of my account',
  intro:
    'Two-step sign-in asks, after the password, for a 6-digit code from your authenticator app (Google Authenticator, Aegis, 1Password…). A site may require it of its staff.',
  isOn: 'Two-step sign-in is on.',
  isOff: 'Two-step sign-in is off.',
  setUp: 'Set up',
  keyTitle: '1. Add this account to your app',
  keyHint: 'Type this key in the app (manual entry, "time-based"), or open the link on this phone.',
  key: 'Secret key',
  link: 'otpauth link',
  code: '2. Code shown by the app',
  codeHint: '6 digits',
  confirm: 'Confirm the code',
  cancel: 'Give up',
  turnedOn: 'Two-step sign-in is on: the code will be asked at each sign-in.',
  otherSessions:
    'Sessions opened before, on other devices, stay open: "Log out everywhere" under an article ends them.',
  offTitle: 'Turn off',
  offHint: 'Your password confirms it is you.',
  password: "The account's password",
  turnOff: 'Turn two-step sign-in off',
  turnedOff: 'Two-step sign-in is off.',
};
