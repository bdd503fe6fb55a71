/**
 * Bench: the time from navigation to the first comment visible, in headless Chromium, on the demo
 * article served by the bench stack (`/`). Cold: a new browser context each run (empty cache, no
 * session), as a first visit. Warm: a reload in that context (chunks cached; widget.js is
 * revalidated, as the server serves it `no-cache`). The median of each.
 */
import { existsSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';

const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Medians in milliseconds, and how many runs each is the median of. */
export interface WidgetTiming {
  coldMedian: number;
  warmMedian: number;
  runs: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** Navigates to `url` and resolves to the page's clock when a comment is first drawn in the widget. */
async function timeToComments(page: Page, url: string, reload: boolean): Promise<number> {
  if (reload) await page.reload({ waitUntil: 'commit' });
  else await page.goto(url, { waitUntil: 'commit' });
  // Checked on every frame, in the page: the value is milliseconds since navigation started.
  const shown = await page.waitForFunction(
    () => (document.querySelector('.reagir')?.shadowRoot?.querySelector('article') ? performance.now() : 0),
    undefined,
    { polling: 'raf', timeout: 15_000 },
  );
  return (await shown.jsonValue()) as number;
}

/** Measures `runs` cold and warm loads of `url`; undefined when there is no Chromium here. */
export async function measureWidgetTiming(url: string, runs = 7): Promise<WidgetTiming | undefined> {
  if (!existsSync(executablePath)) return undefined;
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  const cold: number[] = [];
  const warm: number[] = [];
  try {
    // One unmeasured load: the server's first answers (site cache, JIT) are not the widget's cost.
    const warmup = await browser.newContext();
    await timeToComments(await warmup.newPage(), url, false);
    await warmup.close();
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      cold.push(await timeToComments(page, url, false));
      warm.push(await timeToComments(page, url, true));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { coldMedian: median(cold), warmMedian: median(warm), runs };
}
