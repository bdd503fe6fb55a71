/**
 * Embed entry: the script tag `<script src=".../widget.js" data-site data-page async>`. Reads
 * the tag's options, renders the widget into a shadow root, fills comment counts, and exposes
 * `window.Reagir.render({...})` / `.destroy()` so a single-page app can switch articles.
 */
import { render as renderPreact } from 'preact';
import { createFetcher } from '../api/fetcher.js';
import { createSessionStore } from '../api/session-store.js';
import { App } from './app.js';
import { type Mounted, mount } from './mount.js';
import { type EmbedOptions, readDataset, resolveOptions } from './options.js';

/** What `window.Reagir.render` accepts: any option, plus where to render. */
export interface RenderOptions extends Partial<Omit<EmbedOptions, 'lang'>> {
  lang?: string;
  /** An element or a CSS selector; default `#reagir`, else right after the script tag. */
  target?: Element | string;
}

/** The `window.Reagir` object. */
export interface ReagirApi {
  render(options?: RenderOptions): void;
  destroy(): void;
}

declare global {
  interface Window {
    Reagir?: ReagirApi;
  }
}

// Only known while the script first runs; kept for the defaults of later `render` calls. The
// fallback finds the tag when the script was injected in a way that leaves currentScript empty.
const script = (document.currentScript ??
  document.querySelector('script[data-site][src*="widget"]')) as HTMLScriptElement | null;
let mounted: Mounted | undefined;

/** Fills the page's comment-count elements, if it has any (their code is a chunk). */
function counts(api: string, site: string): void {
  if (!document.querySelector('[data-reagir-count]')) return;
  import('./counts.js').then(({ fillCounts }) =>
    fillCounts(createFetcher(api, createSessionStore(api)), site),
  );
}

function pageContext() {
  return {
    scriptSrc: script?.src,
    htmlLang: document.documentElement.lang,
    location,
    title: document.title,
    canonical: document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href,
  };
}

function destroy(): void {
  if (!mounted) return;
  renderPreact(null, mounted.container);
  mounted.unmount();
  mounted = undefined;
}

function render({ target, ...given }: RenderOptions = {}): void {
  destroy();
  const options = resolveOptions({ ...readDataset(script), ...given }, pageContext());
  if (!options.site) return;
  const element = typeof target === 'string' ? document.querySelector(target) : (target ?? null);
  mounted = mount(element, script);
  renderPreact(<App key={`${options.site}/${options.page}`} options={options} />, mounted.container);
  counts(options.api, options.site);
}

// Loaded twice (a single-page app re-inserting the tag): the first copy leaves the page first.
window.Reagir?.destroy();
window.Reagir = { render, destroy };

// A tag with a page (or a page with #reagir) shows a thread; a tag with only data-site, on an
// article list, fills the count elements and nothing else.
if (script?.dataset.page || document.getElementById('reagir')) render();
else if (script?.dataset.site) {
  const { api, site } = resolveOptions(readDataset(script), pageContext());
  counts(api, site);
}
