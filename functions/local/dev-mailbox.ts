/** One message the local stack would have sent (confirmation code, password reset...). */
export interface DevMailMessage {
  to: string;
  kind: string;
  /** Empty for a message that carries none (ExistingAccount). */
  code: string;
  subject: string;
  text: string;
  at: string;
  /** A mail of the local SES with an HTML part: where the dev server shows it. */
  html?: string;
}

// French wording per cognito-local message source (SignUp, ForgotPassword...); the code is always
// in the text too, so the dev mailbox page can show it as Cognito's real e-mail would.
const WORDING: Record<string, { subject: string; label: string }> = {
  SignUp: { subject: 'Confirmez votre compte Réagir', label: 'Votre code de confirmation Réagir' },
  ResendCode: { subject: 'Confirmez votre compte Réagir', label: 'Votre code de confirmation Réagir' },
  ForgotPassword: {
    subject: 'Réinitialisation de votre mot de passe Réagir',
    label: 'Votre code de réinitialisation Réagir',
  },
  AdminCreateUser: { subject: 'Votre compte Réagir', label: 'Votre mot de passe temporaire Réagir' },
  Authentication: { subject: 'Connexion à Réagir', label: 'Votre code de connexion Réagir' },
};
const DEFAULT_WORDING = {
  subject: 'Vérifiez votre adresse Réagir',
  label: 'Votre code de vérification Réagir',
};

/** French subject and text of a message of this kind carrying this code. */
export function frenchMessage(kind: string, code: string): { subject: string; text: string } {
  const wording = WORDING[kind] ?? DEFAULT_WORDING;
  return { subject: wording.subject, text: `${wording.label} : ${code}` };
}

// A dev server runs for days: keep the newest messages only so memory stays bounded.
const MAX_MESSAGES = 500;

/** In-memory mailbox that collects what the local Cognito would have e-mailed. */
export class DevMailbox {
  private messages: DevMailMessage[];

  /** Optionally restored from a previous `toJSON()`. */
  constructor(initial: readonly DevMailMessage[] = []) {
    this.messages = [...initial];
  }

  /** Stores a message (`at` defaults to now) and returns it. */
  add(message: Omit<DevMailMessage, 'at'> & { at?: string }): DevMailMessage {
    const stored: DevMailMessage = { ...message, at: message.at ?? new Date().toISOString() };
    this.messages.push(stored);
    if (this.messages.length > MAX_MESSAGES) this.messages.splice(0, this.messages.length - MAX_MESSAGES);
    return stored;
  }

  /** All messages, oldest first. */
  list(): DevMailMessage[] {
    return [...this.messages];
  }

  /** Code of the newest message with a code sent to this address (case-insensitive), if any. */
  latestCode(email: string): string | undefined {
    const wanted = email.trim().toLowerCase();
    return this.messages.findLast((m) => m.to.toLowerCase() === wanted && m.code)?.code;
  }

  /** Forgets every message. */
  clear(): void {
    this.messages = [];
  }

  /** Messages in arrival order, for JSON persistence (`new DevMailbox(saved)` restores them). */
  toJSON(): DevMailMessage[] {
    return [...this.messages];
  }
}
