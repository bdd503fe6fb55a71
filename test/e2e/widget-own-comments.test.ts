import { describe, expect, it } from 'vitest';
import { createTestSite } from '../support/test-app.js';
import { createAccount, logInWithWidget, newEmail } from './support/accounts.js';
import { hasBrowser } from './support/browser.js';
import { useE2E } from './support/e2e.js';
import { hostHtml, openHost } from './support/host-page.js';
import { commentWith } from './support/widget.js';

const PASSWORD = 'correct-horse-42';
const WINDOW_SECONDS = 3;

describe.skipIf(!hasBrowser)('widget: an author and their own comment', () => {
  const e2e = useE2E();

  /** A signed-in author who just posted `text` on a site with a 3-second edit window (or `seconds`). */
  async function postOwn(text: string, seconds = WINDOW_SECONDS) {
    const site = await createTestSite({ editWindowSeconds: seconds });
    const email = newEmail('fenetre');
    await createAccount(e2e.app, email, PASSWORD, 'Autrice');
    await openHost(e2e.page, e2e.app, hostHtml({ site }));
    await logInWithWidget(e2e.page, email, PASSWORD);
    await e2e.page.getByText('Connecté(e) : Autrice').waitFor();
    await e2e.page.getByLabel('Réagir à cet article').fill(text);
    await e2e.page.getByRole('button', { name: 'Publier' }).click();
    const mine = commentWith(e2e.page, text);
    await mine.getByRole('button', { name: 'Modifier' }).waitFor();
    return mine;
  }

  it('loses "Modifier" when the window closes while the page is open, and keeps "Supprimer"', async () => {
    const mine = await postOwn('Écrit à la hâte');

    await mine.getByRole('button', { name: 'Modifier' }).waitFor({ state: 'detached', timeout: 10_000 });

    expect(await mine.getByRole('button', { name: 'Supprimer' }).count()).toBe(1);
  });

  it('deletes the comment after the window', async () => {
    const mine = await postOwn('À retirer plus tard');
    await mine.getByRole('button', { name: 'Modifier' }).waitFor({ state: 'detached', timeout: 10_000 });

    await mine.getByRole('button', { name: 'Supprimer' }).click();
    await mine.getByRole('button', { name: 'Confirmer la suppression' }).click();

    await e2e.page.getByRole('heading', { name: 'Commentaires (0)' }).waitFor();
    await mine.waitFor({ state: 'detached' });
  });

  it('keeps the typed text in the editor, with the message, when the server refuses a late edit', async () => {
    const mine = await postOwn('Premier jet');
    await mine.getByRole('button', { name: 'Modifier' }).click();
    await e2e.page.getByRole('textbox', { name: 'Modifier' }).fill('Version trop tardive');
    await e2e.page.waitForTimeout(WINDOW_SECONDS * 1000 + 500);

    await e2e.page.getByRole('button', { name: 'Enregistrer' }).click();

    await e2e.page.getByText('Le délai pour modifier ce commentaire est passé').waitFor();
    expect(await e2e.page.getByRole('textbox', { name: 'Modifier' }).inputValue()).toBe(
      'Version trop tardive',
    );
  });

  const isFocused = (locator: ReturnType<typeof commentWith>) =>
    locator.evaluate((element) => element === (element.getRootNode() as ShadowRoot).activeElement);

  it('puts the caret in the editor after "Modifier", and Escape brings focus back to "Modifier"', async () => {
    const mine = await postOwn('À reprendre', 900);
    const edit = mine.getByRole('button', { name: 'Modifier' });
    await edit.click();
    const editor = e2e.page.getByRole('textbox', { name: 'Modifier' });
    await expect.poll(() => isFocused(editor)).toBe(true);

    await e2e.page.keyboard.press('Escape');

    await editor.waitFor({ state: 'detached' });
    await expect.poll(() => isFocused(edit)).toBe(true);
  });

  it('saves an edit with Ctrl+Enter', async () => {
    const mine = await postOwn('Avant', 900);
    await mine.getByRole('button', { name: 'Modifier' }).click();
    await e2e.page.getByRole('textbox', { name: 'Modifier' }).fill('Après');

    await e2e.page.keyboard.press('Control+Enter');

    await commentWith(e2e.page, 'Après').getByText('(modifié)').waitFor();
  });

  it('lets the author step back from deleting with "Annuler"', async () => {
    const mine = await postOwn('Je reste', 900);
    await mine.getByRole('button', { name: 'Supprimer' }).click();

    await mine.getByRole('button', { name: 'Annuler' }).click();

    await mine.getByRole('button', { name: 'Supprimer' }).waitFor();
    expect(await mine.getByRole('button', { name: 'Confirmer la suppression' }).count()).toBe(0);
  });
});
