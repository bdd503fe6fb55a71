/** E2E support: looking at the widget in a page, by what a reader sees (roles and labels). */
import type { Locator, Page } from 'playwright-core';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The article element of the comment whose whole text is `text`. */
export const commentWith = (page: Page, text: string): Locator =>
  page.locator('article', { has: page.locator('p.tx', { hasText: new RegExp(`^${escapeRegExp(text)}$`) }) });

/** The id of the comment under which `reply` is nested (null at the top level). */
export const parentIdOf = (reply: Locator): Promise<string | null> =>
  reply.evaluate((element) => {
    const parent = element.closest('ol.rp')?.parentElement?.querySelector(':scope > article');
    return parent ? parent.id.replace('reagir-', '') : null;
  });

/** Fills and sends the main form as a guest. */
export async function postAsGuest(
  page: Page,
  text: string,
  name = 'Zoé',
  email = 'zoe@example.org',
): Promise<void> {
  await page.getByLabel('Réagir à cet article').fill(text);
  await page.getByLabel('Nom', { exact: true }).fill(name);
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByRole('button', { name: 'Publier' }).click();
}

/** Every element inside the widget's shadow root, as tag names. */
export const shadowTags = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const host = document.getElementById('reagir') ?? document.querySelector('.reagir');
    return [...(host?.shadowRoot?.querySelectorAll('*') ?? [])].map((element) =>
      element.tagName.toLowerCase(),
    );
  });
