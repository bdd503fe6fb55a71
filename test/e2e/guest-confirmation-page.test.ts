/**
 * Issue 14, point 7, in Chromium: the link a guest is mailed opens a page with a button (a mail
 * scanner opening it confirms nothing), and the button confirms the address, once.
 */
import { describe, expect, it } from 'vitest';
import { api, createTestSite } from '../support/test-app.js';
import { hasBrowser } from './support/browser.js';
import { useE2E } from './support/e2e.js';

describe.skipIf(!hasBrowser)('a guest confirming their address', () => {
  const e2e = useE2E();

  /** A guest posts on a site that holds first comments; the link they are mailed. */
  async function mailedLink(): Promise<string> {
    const site = await createTestSite({ holdFirstComments: 1 });
    const email = `invite-${Date.now().toString(36)}@example.org`;
    await api(e2e.app, 'POST', '/v1/comments', {
      site,
      page: 'p',
      body: 'Un premier avis, en invité.',
      author: { name: 'Invitée', email },
    });
    const mail = e2e.app.mailbox.list().findLast((m) => m.to === email && m.kind === 'GuestConfirmation');
    const link = mail?.text.match(/https?:\/\/\S+\/v1\/guests\/confirm\?token=[\w-]+/)?.[0];
    if (!link) throw new Error('no confirmation link was mailed');
    return link;
  }

  it('opens a page whose button confirms the address', async () => {
    const link = await mailedLink();

    await e2e.page.goto(link);
    await e2e.page.getByRole('button', { name: 'Confirmer mon adresse' }).click();

    await e2e.page.getByRole('heading', { name: 'Adresse confirmée' }).waitFor();
  });

  it('says a link already used is no longer valid, in French and English', async () => {
    const link = await mailedLink();
    await e2e.page.goto(link);
    await e2e.page.getByRole('button', { name: 'Confirmer mon adresse' }).click();
    await e2e.page.getByRole('heading', { name: 'Adresse confirmée' }).waitFor();

    await e2e.page.goto(link);
    await e2e.page.getByRole('button', { name: 'Confirm my address' }).click();

    await e2e.page.getByRole('heading', { name: /n’est pas \(ou plus\) valable/ }).waitFor();
    expect(await e2e.page.getByText('This link is not valid (any more)').count()).toBe(1);
  });
});
