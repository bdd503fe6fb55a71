import { mkdirSync } from 'node:fs';
import { describe, it } from 'vitest';
import { hasBrowser } from './support/browser.js';
import { useE2E } from './support/e2e.js';
import { hostHtml, openHost } from './support/host-page.js';
import { richThread } from './support/thread-fixture.js';

// Referenced by docs/widget.md; rewritten by every run, byte-identical while the widget looks the same.
const SCREENSHOTS = 'docs/screenshots';

describe.skipIf(!hasBrowser)('widget: screenshots for the docs', () => {
  // One CSS pixel per device pixel and a column as wide as an article's: small files.
  const e2e = useE2E({ viewport: { width: 680, height: 900 }, deviceScaleFactor: 1 });

  it.each(['light', 'dark'])('saves the French widget in the %s theme', async (theme) => {
    const site = await richThread(e2e.app);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await openHost(e2e.page, e2e.app, hostHtml({ site, data: { theme } }));
    await e2e.page.getByText('Le département propose un accompagnement.').waitFor();
    await e2e.page
      .getByRole('button', { name: /^J'aime 2/ })
      .first()
      .waitFor();

    await e2e.page.locator('section.r').screenshot({ path: `${SCREENSHOTS}/widget-fr-${theme}.png` });
  });
});
