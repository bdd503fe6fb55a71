/**
 * Browser: the console's Webhooks screen (issue 15, point 6). An admin adds an endpoint, sees its
 * secret once, sends a test event that a receiver started here verifies, finds the delivery with
 * its status code in the log, and sends it again.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSite, staff } from '../support/test-app.js';
import { hasBrowser } from './support/browser.js';
import { ensureConsoleBuilt, logInToConsole, openSite } from './support/console.js';
import { useE2E } from './support/e2e.js';

const received: { headers: IncomingHttpHeaders; body: string }[] = [];
const receiver = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => {
    body += chunk;
  });
  request.on('end', () => {
    received.push({ headers: request.headers, body });
    response.writeHead(200).end();
  });
});
let url = '';
const saved = process.env.WEBHOOKS_ALLOW_LOCAL;
beforeAll(async () => {
  // The API runs in this process: its receiver on 127.0.0.1 is allowed, as in the local stack.
  process.env.WEBHOOKS_ALLOW_LOCAL = '1';
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
});
afterAll(async () => {
  process.env.WEBHOOKS_ALLOW_LOCAL = saved;
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

describe.skipIf(!hasBrowser)('console: webhooks', () => {
  beforeAll(ensureConsoleBuilt, 120_000);
  const e2e = useE2E();

  it('adds an endpoint, shows its secret once, sends a test event and sends it again from the log', async () => {
    const site = await createTestSite();
    const admin = await staff(e2e.app, ['admins'], `Admin ${Date.now()}`);
    await logInToConsole(e2e.page, e2e.app, admin.email, admin.password);
    await openSite(e2e.page, site);
    const page = e2e.page;
    await page.getByRole('link', { name: 'Webhooks' }).click();
    await page.getByRole('heading', { name: `Webhooks du site ${site}` }).waitFor();

    await page.getByLabel('URL').fill(url);
    await page.getByRole('button', { name: 'Ajouter' }).click();
    const secretBox = page.getByRole('alert').filter({ hasText: 'Secret de signature' });
    await secretBox.getByText('il ne sera plus jamais affiché').waitFor();
    const secret = (await secretBox.locator('code').textContent()) ?? '';
    expect(secret).toMatch(/^whsec_/);
    await page.getByRole('button', { name: 'J’ai copié le secret' }).click();
    await secretBox.waitFor({ state: 'detached' });
    expect(await page.content()).not.toContain(secret);

    await page.getByRole('button', { name: 'Envoyer un événement de test' }).click();
    const log = page.getByRole('table', { name: new RegExp(`Livraisons vers ${url}`) });
    const row = log.getByRole('row').filter({ hasText: 'webhook.test' });
    await row.filter({ hasText: '200' }).filter({ hasText: 'Livré' }).waitFor();
    expect(received).toHaveLength(1);
    const [first] = received as [(typeof received)[number]];
    const headers = {
      'webhook-id': String(first.headers['webhook-id']),
      'webhook-timestamp': String(first.headers['webhook-timestamp']),
      'webhook-signature': String(first.headers['webhook-signature']),
    };
    expect(new Webhook(secret).verify(first.body, headers)).toMatchObject({ type: 'webhook.test' });

    await row.getByRole('button', { name: 'Renvoyer' }).click();
    await expect.poll(() => log.getByRole('row').filter({ hasText: 'webhook.test' }).count()).toBe(2);
    expect(received).toHaveLength(2);
    // The same event again: the same webhook-id, so the receiver can tell it is a repeat.
    expect(received[1]?.headers['webhook-id']).toBe(first.headers['webhook-id']);
  });
});
