/**
 * Integration: the local demo. Its site allows the origins of the port `npm start` listens on,
 * also when the data was kept from a run on another port, without losing origins a user added;
 * its page has a favicon of its own (inline, so the browser asks the server for none).
 */
import { describe, expect, it } from 'vitest';
import { DEMO_SITE_ID, demoOrigins, ensureDemoSite } from '../../functions/local/demo-site.js';
import { getSite } from '../../functions/sites/repository.js';
import { saveSite } from '../../functions/sites/service.js';
import { useTestApp } from '../support/use-test-app.js';

const t = useTestApp();

describe('the demo site', () => {
  it('adds the origins of a new PORT to a kept demo site, keeping the ones a user added', async () => {
    const before = (await getSite(DEMO_SITE_ID))?.allowedOrigins ?? [];
    await saveSite(DEMO_SITE_ID, { allowedOrigins: [...before, 'https://ajout.example.fr'] });

    await ensureDemoSite(4173);

    const after = (await getSite(DEMO_SITE_ID))?.allowedOrigins;
    expect(after).toEqual(
      expect.arrayContaining([...demoOrigins(4173), 'https://ajout.example.fr', ...before]),
    );
  });

  it('writes nothing when the origins are already there', async () => {
    await ensureDemoSite(4174);
    const updatedAt = (await getSite(DEMO_SITE_ID))?.updatedAt;

    await ensureDemoSite(4174);

    expect((await getSite(DEMO_SITE_ID))?.updatedAt).toBe(updatedAt);
  });
});

describe('the demo page', () => {
  it('has an inline SVG favicon', async () => {
    const html = await (await fetch(`${t.app.url}/`)).text();

    expect(html).toMatch(/<link rel="icon" href="data:image\/svg\+xml,[^"]+">/);
  });
});
