import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createAccount, logInWithWidget, newEmail } from './support/accounts.js';
import { hasBrowser } from './support/browser.js';
import { useE2E } from './support/e2e.js';
import { hostHtml, openHost } from './support/host-page.js';
import { richThread } from './support/thread-fixture.js';

// axe-core's browser build, injected into the page as it is.
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

interface AxeResult {
  violations: Violation[];
  passes: Violation[];
}

/**
 * Runs axe-core on the widget and returns the serious and critical violations. axe descends into
 * the open shadow root; that it did is checked by its count of buttons found to have a name.
 */
async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() => {
    const axe = (window as unknown as { axe: { run(context: unknown): Promise<AxeResult> } }).axe;
    return axe.run({ include: [['#reagir']] });
  });
  const named = result.passes.find((rule) => rule.id === 'button-name')?.nodes.length ?? 0;
  expect(named, 'buttons axe checked inside the shadow root').toBeGreaterThan(3);
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

describe.skipIf(!hasBrowser)('widget: accessibility', () => {
  const e2e = useE2E();

  it.each(['light', 'dark'])(
    'has no serious or critical axe-core violation in the %s theme',
    async (theme) => {
      const site = await richThread(e2e.app);
      await openHost(e2e.page, e2e.app, hostHtml({ site, body: '<div id="reagir"></div>', data: { theme } }));
      await e2e.page.getByRole('heading', { name: 'Commentaires (3)' }).waitFor();
      // The whole form, with the guest fields and the send button.
      await e2e.page.getByLabel('Réagir à cet article').focus();
      await e2e.page.getByRole('button', { name: 'Publier' }).waitFor();

      expect(await seriousViolations(e2e.page)).toEqual([]);
    },
  );

  it('has no serious or critical axe-core violation in the login form', async () => {
    const site = await richThread(e2e.app);
    await openHost(e2e.page, e2e.app, hostHtml({ site, body: '<div id="reagir"></div>' }));
    await e2e.page.getByRole('button', { name: 'Se connecter' }).click();
    await e2e.page.getByLabel('Mot de passe', { exact: true }).waitFor();

    expect(await seriousViolations(e2e.page)).toEqual([]);
  });

  it('has no serious or critical axe-core violation on "Mon compte", deletion step open', async () => {
    const site = await richThread(e2e.app);
    const email = newEmail('axe');
    await createAccount(e2e.app, email, 'correct-horse-42', 'Lectrice');
    await openHost(e2e.page, e2e.app, hostHtml({ site, body: '<div id="reagir"></div>' }));
    await logInWithWidget(e2e.page, email, 'correct-horse-42');
    await e2e.page.getByRole('button', { name: 'Mon compte' }).click();
    await e2e.page.getByRole('button', { name: 'Supprimer mon compte' }).click();
    await e2e.page.getByRole('button', { name: 'Supprimer définitivement mon compte' }).waitFor();

    expect(await seriousViolations(e2e.page)).toEqual([]);
  });

  it('has no serious or critical axe-core violation in the sign-up form showing its field errors', async () => {
    const site = await richThread(e2e.app);
    await openHost(e2e.page, e2e.app, hostHtml({ site, body: '<div id="reagir"></div>' }));
    await e2e.page.getByRole('button', { name: "M'inscrire gratuitement" }).click();
    await e2e.page.getByRole('button', { name: "M'inscrire gratuitement" }).click();
    await e2e.page.getByText('Indiquez votre nom.').waitFor();

    expect(await seriousViolations(e2e.page)).toEqual([]);
  });
});
