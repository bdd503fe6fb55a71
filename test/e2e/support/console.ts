/**
 * E2E support: the moderator console, built when its build is missing or older than its
 * sources, then driven through its labels as a moderator would.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { TestApp } from '../../support/test-app.js';

const BUILT = resolve('dist/console/index.html');
const LOCK = resolve('dist/.console-build.lock');

/** The newest modification time under `path` (a file or a folder). */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const fresh = () =>
  existsSync(BUILT) &&
  statSync(BUILT).mtimeMs >=
    Math.max(newest(resolve('widget/src')), newest(resolve('widget/vite.console.config.ts')));

/**
 * Builds the console unless dist/console is up to date (`npm test` has built it already). Test
 * files run in parallel: a lock file lets one build while the others wait, then find it fresh.
 */
export async function ensureConsoleBuilt(): Promise<void> {
  for (let waited = 0; !fresh(); waited += 200) {
    let lock: number;
    try {
      lock = openSync(LOCK, 'wx');
    } catch {
      if (waited > 60_000) throw new Error(`${LOCK} held for a minute: remove it if no build runs`);
      await new Promise((done) => setTimeout(done, 200));
      continue;
    }
    try {
      if (!fresh()) {
        execFileSync(
          'npx',
          ['vite', 'build', '--config', 'widget/vite.console.config.ts', '--logLevel', 'warn'],
          {
            stdio: 'inherit',
          },
        );
      }
    } finally {
      closeSync(lock);
      rmSync(LOCK, { force: true });
    }
  }
}

/** Opens the console and logs in with the console's own form. */
export async function logInToConsole(
  page: Page,
  app: TestApp,
  email: string,
  password: string,
): Promise<void> {
  await page.goto(`${app.url}/console/`);
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/** Switches the console to `site` with the header's site field. */
export async function openSite(page: Page, site: string): Promise<void> {
  await page.getByLabel('Site', { exact: true }).fill(site);
  await page.getByRole('button', { name: 'Ouvrir' }).click();
}

/** The queued comment whose text contains `text`. */
export const queued = (page: Page, text: string): Locator =>
  page.getByRole('list', { name: /^File/ }).getByRole('article').filter({ hasText: text });

/** The queued comment the keyboard is on. */
export const currentItem = (page: Page): Locator => page.locator('article[aria-current="true"]');
