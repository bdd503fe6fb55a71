/**
 * E2E support: Chromium through playwright-core. Without a browser the tests skip, loudly, unless
 * REQUIRE_BROWSER=1 (CI), where a missing browser fails the run instead.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Whether the browser tests run on this machine. */
export const hasBrowser = existsSync(executablePath);

if (!hasBrowser) {
  const message = `no Chromium at ${executablePath} (set CHROMIUM_PATH, or install it: apt-get install -y chromium)`;
  if (process.env.REQUIRE_BROWSER === '1') throw new Error(`REQUIRE_BROWSER=1 but ${message}`);
  console.warn(`Browser tests SKIPPED: ${message}. Set REQUIRE_BROWSER=1 to make this a failure.`);
}

/** Launches Chromium with the flags that work on these machines (see shared/TOOLCHAIN.md). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Fails fast, with the command to run, when the widget has not been built. */
export function assertWidgetBuilt(): void {
  if (!existsSync(resolve('dist/widget/widget.js'))) {
    throw new Error(
      'dist/widget/widget.js is missing: run `npx vite build --config widget/vite.config.ts` first.',
    );
  }
}

/** What went wrong in the page: uncaught errors, console errors, and any dialog (alert...). */
export interface PageProblems {
  errors: string[];
  dialogs: string[];
}

/**
 * Records page errors, console errors and dialogs (dismissed at once). A failed HTTP response
 * logs "Failed to load resource" in Chromium: that is the API answering 4xx on purpose, not a bug.
 */
export function watchPage(page: Page): PageProblems {
  const problems: PageProblems = { errors: [], dialogs: [] };
  page.on('pageerror', (error) => problems.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.errors.push(message.text());
    }
  });
  page.on('dialog', (dialog) => {
    problems.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => undefined);
  });
  return problems;
}
