/**
 * E2E support: one test app and one Chromium per test file, a fresh browser context (so a fresh
 * localStorage) and page per test, and after each test the check that the page had no error and
 * opened no dialog.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { assertWidgetBuilt, launchBrowser, type PageProblems, watchPage } from './browser.js';

/** What each browser test works with. */
export interface E2E {
  app: TestApp;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  problems: PageProblems;
}

/**
 * Registers the hooks of a browser test file; the returned object is filled in by them. With
 * `app.events`, the app has its own tables, the event pipeline and the local SES (`e2e.app.ses`).
 */
export function useE2E(contextOptions: BrowserContextOptions = {}, app: { events?: boolean } = {}): E2E {
  const e2e = {} as E2E;
  beforeAll(async () => {
    assertWidgetBuilt();
    e2e.app = await startTestApp(app);
    e2e.browser = await launchBrowser();
  });
  afterAll(async () => {
    await e2e.browser?.close();
    await e2e.app?.stop();
  });
  beforeEach(async () => {
    e2e.context = await e2e.browser.newContext({ locale: 'fr-FR', ...contextOptions });
    e2e.page = await e2e.context.newPage();
    // Fail in seconds, not in the 30 s of the test timeout; 15 s, because the other test files
    // share DynamoDB Local and the load suites can hold a first page for several seconds.
    e2e.page.setDefaultTimeout(15_000);
    e2e.problems = watchPage(e2e.page);
  });
  afterEach(async () => {
    const { errors, dialogs } = e2e.problems;
    await e2e.context.close();
    expect(errors, 'errors in the page').toEqual([]);
    expect(dialogs, 'dialogs opened by the page').toEqual([]);
  });
  return e2e;
}
