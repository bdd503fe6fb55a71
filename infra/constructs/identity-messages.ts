/**
 * Identity: the emails Cognito sends. A user pool has one template per message, whatever the
 * reader's language, so each is written in French then English. Cognito also sends the
 * verification template for "forgot password", so its wording fits both uses. Each names the
 * stage's product (config `productName`: the newsroom's name for its comments), not ours.
 */

/** Cognito's placeholder for the code, which a template must contain. */
export const CODE = '{####}';
/** Cognito's placeholder for the user name, which an invitation must contain. */
export const USERNAME = '{username}';

/** The product name as HTML text (a newsroom's name may hold `&`). */
const html = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

const paragraphs = (lines: readonly string[], lang: 'fr' | 'en') =>
  lines.map((line) => `<p lang="${lang}">${line}</p>`).join('');

/** A subject and an HTML body, French first. */
export interface EmailTemplate {
  readonly subject: string;
  readonly body: string;
}

/** Sign-up confirmation and password reset: a code to type into the widget. */
export const verificationEmail = (product: string): EmailTemplate => ({
  subject: `Votre code ${product} / Your ${product} code`,
  body:
    paragraphs(
      [
        'Bonjour,',
        `Votre code ${html(product)} : <strong>${CODE}</strong>`,
        'Saisissez-le pour confirmer votre adresse e-mail ou pour choisir un nouveau mot de passe.',
        "Si vous n'avez rien demandé, ignorez ce message : votre compte ne change pas.",
      ],
      'fr',
    ) +
    '<hr>' +
    paragraphs(
      [
        'Hello,',
        `Your ${html(product)} code: <strong>${CODE}</strong>`,
        'Enter it to confirm your email address or to choose a new password.',
        'If you did not ask for it, ignore this message: your account stays as it is.',
      ],
      'en',
    ),
});

/** An account an administrator created (a moderator): the user name and a temporary password. */
export const invitationEmail = (product: string): EmailTemplate => ({
  subject: `Votre accès ${product} / Your ${product} access`,
  body:
    paragraphs(
      [
        'Bonjour,',
        `Un compte ${html(product)} a été créé pour vous.`,
        `Identifiant : <strong>${USERNAME}</strong><br>Mot de passe provisoire : <strong>${CODE}</strong>`,
        'Connectez-vous avec ces codes, puis choisissez votre propre mot de passe.',
      ],
      'fr',
    ) +
    '<hr>' +
    paragraphs(
      [
        'Hello,',
        `An account on ${html(product)} was created for you.`,
        `User name: <strong>${USERNAME}</strong><br>Temporary password: <strong>${CODE}</strong>`,
        'Log in with them, then choose a password of your own.',
      ],
      'en',
    ),
});
