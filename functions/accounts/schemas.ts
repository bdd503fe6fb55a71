/** Accounts: request schemas. Emails are trimmed and lower-cased so an address is one account. */
import * as z from 'zod/mini';
import { displayName } from '../shared/text/display-name.js';
import { siteIdSchema } from '../sites/schemas.js';

const email = z.pipe(z.string().check(z.maxLength(254), z.trim(), z.toLowerCase()), z.email());
// The policy itself (8 characters or more) is checked by the service, the same for every outcome.
const password = z.string().check(z.minLength(1), z.maxLength(256));
const code = z.string().check(z.trim(), z.regex(/^\d{4,10}$/));
const name = displayName;

export const signUpBody = z.object({ email, password, name });
export const confirmBody = z.object({ email, code });
export const emailBody = z.object({ email });
export const logInBody = z.object({ email, password });
export const refreshBody = z.object({ refreshToken: z.string().check(z.minLength(1), z.maxLength(4096)) });
/** The publisher's token for one of its readers, and the site it signs them in on. */
export const ssoBody = z.object({
  site: siteIdSchema,
  token: z.string().check(z.trim(), z.minLength(1), z.maxLength(8192)),
});
const accessToken = z.string().check(z.minLength(1), z.maxLength(4096));
/** A TOTP code: the six digits an authenticator shows (spaces dropped by the clients). */
const totpCode = z.string().check(z.trim(), z.regex(/^\d{6}$/));
export const mfaSetupBody = z.object({ accessToken });
export const mfaEnableBody = z.object({ accessToken, code: totpCode });
export const mfaDisableBody = z.object({ accessToken, password });
/** The login's second step: Cognito's session from the first, and the code. */
export const mfaLoginBody = z.object({
  email,
  session: z.string().check(z.minLength(1), z.maxLength(8192)),
  code: totpCode,
});
export const resetBody = z.object({ email, code, password });
export const updateMeBody = z.object({
  name: z.optional(name),
  alerts: z.optional(z.object({ replies: z.optional(z.boolean()) })),
  /** The reader's language, for their alert emails (the widget sends its own when it saves). */
  language: z.optional(z.enum(['fr', 'en'])),
});
export type UpdateMeBody = z.output<typeof updateMeBody>;
