/**
 * Mail: the one way the handlers send an e-mail of their own (Cognito sends the codes itself).
 * On AWS through SES v2 from the stage's configured sender (`MAIL_FROM`); locally the stack
 * installs a transport that drops the message into the dev mailbox (/_dev/mail.html). The only
 * code that knows the SES SDK.
 */
import type { SESv2Client } from '@aws-sdk/client-sesv2';
import { logger } from '../logger.js';

/** One message: plain text, and an HTML part when it has one. */
export interface MailMessage {
  to: string;
  /** What the message is, for the dev mailbox and the logs (`ExistingAccount`...). */
  kind: string;
  subject: string;
  text: string;
  /** The HTML part: built only by functions/shared/mail/render.ts, which escapes every text. */
  html?: string;
  /** Extra headers (`List-Unsubscribe`, `List-Unsubscribe-Post`): SES keeps them on Simple content. */
  headers?: { name: string; value: string }[];
}

/** Sends one message; rejects when it could not be handed over. */
export type MailTransport = (message: MailMessage) => Promise<void>;

let installed: MailTransport | undefined;
let client: SESv2Client | undefined;

/** Replaces SES (the local stack and the tests: the dev mailbox). */
export function useMailTransport(transport: MailTransport | undefined): void {
  installed = transport;
}

const ses: MailTransport = async (message) => {
  const from = process.env.MAIL_FROM;
  // A stage without an SES sender (Cognito's own mail) cannot send ours: said once per message.
  if (!from) return logger.warn('No MAIL_FROM: mail not sent', { kind: message.kind });
  const name = process.env.MAIL_FROM_NAME;
  // Loaded on the first mail, which few requests send: not on every cold start of the Lambda.
  const { SESv2Client, SendEmailCommand } = await import('@aws-sdk/client-sesv2');
  client ??= new SESv2Client({
    region: process.env.SES_REGION || process.env.AWS_REGION,
    // Set only by the tests, to a local SES (aws-ses-v2-local); unset on AWS.
    endpoint: process.env.SES_ENDPOINT || undefined,
    maxAttempts: 2,
  });
  await client.send(
    new SendEmailCommand({
      FromEmailAddress: name ? `"${name.replace(/["\\]/g, '')}" <${from}>` : from,
      ReplyToAddresses: process.env.MAIL_REPLY_TO ? [process.env.MAIL_REPLY_TO] : undefined,
      Destination: { ToAddresses: [message.to] },
      ConfigurationSetName: process.env.SES_CONFIGURATION_SET || undefined,
      Content: {
        Simple: {
          Subject: { Data: message.subject, Charset: 'UTF-8' },
          Body: {
            Text: { Data: message.text, Charset: 'UTF-8' },
            Html: message.html ? { Data: message.html, Charset: 'UTF-8' } : undefined,
          },
          Headers: message.headers?.map((header) => ({ Name: header.name, Value: header.value })),
        },
      },
    }),
  );
};

/** Sends `message` through the installed transport, else SES. */
export const sendMail = (message: MailMessage): Promise<void> => (installed ?? ses)(message);
