/**
 * Mail: the SES v2 transport the accounts Lambda uses on AWS, against a local SES endpoint
 * (aws-ses-v2-local): the message goes from the configured sender, as plain UTF-8 text.
 */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existingAccountMail } from '../../functions/accounts/existing-account-mail.js';
import { sendMail } from '../../functions/shared/mail/mailer.js';

interface StoredEmail {
  from: string;
  destination: { to: string[] };
  subject: string;
  body: { text?: string };
}

let server: { close(): void; address(): AddressInfo | string | null };
let url = '';
beforeAll(async () => {
  // A CommonJS module: its default export arrives wrapped once or twice, depending on the loader.
  type Start = (options: { host: string; port: number }) => Promise<typeof server>;
  const loaded = (await import('aws-ses-v2-local')).default as unknown as Start | { default: Start };
  const start = typeof loaded === 'function' ? loaded : loaded.default;
  server = await start({ host: '127.0.0.1', port: 0 });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  Object.assign(process.env, {
    SES_ENDPOINT: url,
    SES_REGION: 'eu-west-3',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    MAIL_FROM: 'commentaires@example.fr',
    MAIL_FROM_NAME: 'Réagir',
  });
});
afterAll(() => server.close());

describe('the SES transport', () => {
  it('sends the existing-account message from the configured sender, as plain text', async () => {
    const to = `ses-${Date.now()}@example.org`;

    await sendMail(existingAccountMail(to));

    const store = (await (
      await fetch(`${url}/store`, { headers: { authorization: 'AWS local' } })
    ).json()) as {
      emails: StoredEmail[];
    };
    const mail = store.emails.find((m) => m.destination.to.includes(to));
    expect(mail?.from).toBe('"Réagir" <commentaires@example.fr>');
    expect(mail?.subject).toBe('Votre compte Réagir / Your Réagir account');
    expect(mail?.body.text).toContain('Vous avez déjà un compte Réagir');
  });
});
