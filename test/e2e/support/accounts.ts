/** E2E support: accounts, with their codes read from the dev mailbox (`GET /_dev/mail`). */
import type { Page } from 'playwright-core';
import { api, type TestApp } from '../../support/test-app.js';

interface Mail {
  to: string;
  kind: string;
  code: string;
  at: string;
}

let accountCounter = 0;

/** A fresh address, so each test owns its account. */
export const newEmail = (label: string) =>
  `${label}-${process.pid}-${Date.now().toString(36)}-${accountCounter++}@example.org`;

/** The code of the newest mail sent to `email`, waiting a little for it to arrive. */
export async function mailedCode(app: TestApp, email: string, after = ''): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const mails = (await (await fetch(`${app.url}/_dev/mail`)).json()) as Mail[];
    // A mail without a code ("déjà un compte") is not the one waited for.
    const mail = mails.findLast((m) => m.to.toLowerCase() === email.toLowerCase() && m.at > after && m.code);
    if (mail) return mail.code;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`no mail for ${email}`);
}

/** A confirmed account, made through the API. */
export async function createAccount(
  app: TestApp,
  email: string,
  password: string,
  name: string,
): Promise<void> {
  const signup = await api(app, 'POST', '/v1/auth/signup', { email, password, name });
  if (signup.status !== 202) throw new Error(`signup: ${signup.status} ${JSON.stringify(signup.body)}`);
  const confirm = await api(app, 'POST', '/v1/auth/confirm', { email, code: await mailedCode(app, email) });
  if (confirm.status !== 200) throw new Error(`confirm: ${confirm.status} ${JSON.stringify(confirm.body)}`);
}

/** Logs in through the widget's own form. */
export async function logInWithWidget(page: Page, email: string, password: string): Promise<void> {
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/** The accessible label of the focused control inside the widget's shadow root. */
export const focusedLabel = (page: Page): Promise<string | undefined> =>
  page.evaluate(() => {
    const host = document.getElementById('reagir') ?? document.querySelector('.reagir');
    const focused = host?.shadowRoot?.activeElement as HTMLInputElement | null | undefined;
    return focused?.labels?.[0]?.textContent ?? undefined;
  });
