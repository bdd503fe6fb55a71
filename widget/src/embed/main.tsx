/**
 * Embed entry: the script tag `<script src=".../widget.js" data-site data-page async>`. Reads
 * the tag's options, requests the thread's first page and the interactive chunk (kit.ts) at once,
 * draws the read-only thread (preview.tsx) into a shadow root, hands over to the chunk's App when
 * it arrives, fills comment counts, and exposes `window.Reagir.render({...})` / `.destroy()` so a
 * single-page app can switch articles.
 */
import { render as renderPreact } from 'preact';
import type { CommentList, ReaderList } from '../../../functions/comments/types.js';
import { send } from '../api/send.js';
import type { Session } from '../api/session-store.js';
import type { SsoSource } from '../api/sso.js';
import { loadMessages } from '../i18n/lang.js';
import type { Messages } from '../i18n/messages.js';
import { type Draft, loadDraft, saveDraft } from '../lib/draft.js';
import { receiptsParam } from '../lib/receipts.js';
import { readJson } from '../lib/storage.js';
import { type Mounted, mount } from './mount.js';
import { type EmbedOptions, readDataset, resolveOptions } from './options.js';
import { Preview } from './preview.js';

/** What `window.Reagir.render` accepts: any option, plus where to render. */
export interface RenderOptions extends Partial<Omit<EmbedOptions, 'lang'>> {
  lang?: string;
  /** An element or a CSS selector; default `#reagir`, else right after the script tag. */
  target?: Element | string;
  /** Asked for a publisher's token at load and whenever the Réagir session ends (docs/sso.md). */
  getSsoToken?: SsoSource['getSsoToken'];
}

/** The `window.Reagir` object. */
export interface ReagirApi {
  render(options?: RenderOptions): void;
  destroy(): void;
  /** Signs the reader in with the publisher's token (docs/sso.md). */
  login(token: string): void;
  /** Signs the reader out of Réagir (the page's own session is the page's). */
  logout(): void;
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
// The rendered thread's options and the page's SSO source, for `login` and `logout`.
let current: { options: EmbedOptions; getSsoToken?: SsoSource['getSsoToken'] } | undefined;

/** Fills the page's comment-count elements, if it has any (their code is a chunk). */
function counts(api: string, site: string): void {
  if (!document.querySelector('[data-reagir-count]')) return;
  import('./counts.js').then(({ fillCounts }) => fillCounts(api, site));
}

/** The interactive chunk (see kit.ts): loaded once per copy of the script, retried after a failure. */
const loadKit = () => import('./kit.js');

/**
 * The thread's first page: the one API request of an anonymous reader's first render, sent by the
 * entry itself, without a token, so the CDN shares it. A signed-in reader, a guest with receipts
 * or a publisher's reader also get their own part, asked for by the interactive chunk beside it.
 */
function firstPage(
  { api, site, page, ssoToken }: EmbedOptions,
  getSsoToken?: SsoSource['getSsoToken'],
): Promise<ReaderList> {
  const receipts = receiptsParam(site, page);
  const query = { site, page, sort: 'newest' as const };
  const shared = send<CommentList>(api, 'GET', '/v1/comments', { query });
  const session = readJson<Session>(`reagir:session:${api}`);
  // The publisher's token is exchanged first (in the chunk): the reader's part then comes as theirs.
  const sso = ssoToken || getSsoToken ? { site, token: ssoToken, getSsoToken } : undefined;
  if (!sso && !session && !receipts) return shared;
  return loadKit().then((kit) => kit.readerFirstPage(api, shared, { site, page, receipts }, sso));
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

function render({ target, getSsoToken, ...given }: RenderOptions = {}): void {
  destroy();
  const options = resolveOptions({ ...readDataset(script), ...given }, pageContext());
  const { site, page } = options;
  if (!site) return;
  current = { options, getSsoToken };
  const element = typeof target === 'string' ? document.querySelector(target) : (target ?? null);
  const self = mount(element, script);
  mounted = self;
  let t: Messages | undefined;
  let loaded: ReaderList | undefined;
  let kit: typeof import('./kit.js') | undefined;
  // The main box's draft (a reply's waits for the App, under its comment).
  let draft: Draft = loadDraft(site, page);
  // Set once the reader types in the preview; until then the App reads the saved draft itself.
  let typed: Draft | undefined;
  let list: Promise<ReaderList>;
  let failed = false;
  // The first page (again, after "Réessayer"); only the latest request's answer is drawn.
  const request = () => {
    failed = false;
    const asked = firstPage(options, getSsoToken);
    list = asked;
    asked.then(
      (first) => {
        loaded = first;
        if (list === asked) paint();
      },
      (error: unknown) => {
        if (list !== asked) return;
        failed = true;
        paint();
        // What the site owner should do goes to the console; its code is a chunk (rarely needed).
        import('./diagnose.js').then((m) => m.diagnose(options, error)).catch(() => undefined);
      },
    );
  };
  // The chunk, the page's language and the first page all start now, in parallel.
  request();
  const paint = () => {
    if (mounted !== self || !t) return;
    if (!kit) {
      const onBody = (body: string) => {
        // Other text is another comment: it must not reuse the old idempotency key.
        typed = draft = { ...draft, body, key: undefined };
        saveDraft(site, page, draft);
      };
      renderPreact(
        <Preview
          options={options}
          t={t}
          lang={options.lang}
          list={loaded}
          body={draft.body}
          onBody={onBody}
          onFocus={upgrade}
          failed={failed}
          onRetry={() => {
            request();
            upgrade();
            paint();
          }}
        />,
        self.container,
      );
      return;
    }
    // The App replaces the preview: the text box the reader is typing in gets the focus back.
    const shadow = self.container.parentNode as ShadowRoot;
    const typing = shadow.activeElement instanceof HTMLTextAreaElement ? shadow.activeElement : undefined;
    const range = [typing?.selectionStart ?? 0, typing?.selectionEnd ?? 0] as const;
    renderPreact(<kit.App options={options} t={t} initial={list} draft={typed} />, self.container);
    const area = self.container.querySelector('textarea');
    if (typing && area && area !== typing) {
      area.focus();
      area.setSelectionRange(...range);
    }
  };
  // Should the chunk fail (the network is down), the reader turning to the text box retries it.
  const upgrade = () =>
    loadKit().then(
      (chunk) => {
        kit = chunk;
        paint();
      },
      () => undefined,
    );
  upgrade();
  loadMessages(options.lang)
    .catch(() => loadMessages('fr'))
    .then((messages) => {
      t = messages;
      paint();
    });
  counts(options.api, site);
}

/** `Reagir.login(token)`: the chunk exchanges it, and the widget follows its session store. */
function login(token: string): void {
  if (!current || !token) return;
  const { options, getSsoToken } = current;
  loadKit().then((kit) => kit.ssoLogin(options.api, { site: options.site, token, getSsoToken }));
}

function logout(): void {
  if (!current) return;
  const { api, site } = current.options;
  loadKit().then((kit) => kit.ssoLogout(api, site));
}

// Loaded twice (a single-page app re-inserting the tag): the first copy leaves the page first.
window.Reagir?.destroy();
window.Reagir = { render, destroy, login, logout };

// A tag with a page (or a page with #reagir) shows a thread; a tag with only data-site, on an
// article list, fills the count elements and nothing else.
if (script?.dataset.page || document.getElementById('reagir')) render();
else if (script?.dataset.site) {
  const { api, site } = resolveOptions(readDataset(script), pageContext());
  counts(api, site);
}
