/**
 * E2E support for hostile text in every shown field: a sample of the shared XSS corpus (read in
 * place, never copied; a few classic payloads written here without it), a canary that payloads
 * try to set, and a scan of the rendered DOM.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { corpus, hasCorpora } from '../../support/corpora.js';

// Kinds the sample must hold, each the first short line of the corpus that matches.
const KINDS = [
  /^<img src=x onerror=/i,
  /^<svg[^>]*onload=/i,
  /^javascript:/i,
  /^"><script>/i,
  /&#x?[0-9a-f]+;/i,
  /<IMG SRC=JaVaScRiPt/,
  /<\/textarea>/i,
  /<iframe src=javascript/i,
  /<object data=/i,
  /<embed src=/i,
  /ontoggle/i,
  /autofocus.*onfocus/i,
  /data:text\/html/i,
  /<\/title>/i,
  /<math>/i,
  /<base href/i,
  /<meta http-equiv/i,
  /<a href="javascript:/i,
  /<style>.*<\/style>/i,
  /-->/,
];

// Template-ish payloads (none in the corpus), tried by hand.
// biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection payload, literally
const OWN = ["{{constructor.constructor('window.__xss=1')()}}", '${window.__xss=1}<%= 7*7 %>'];

// Without the corpus (a fresh clone): the classic payloads, so each field still gets markup.
const CLASSIC = [
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  'javascript:alert(1)',
  '"><script>alert(1)</script>',
  '<iframe src=javascript:alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
];

/** The corpus's payloads, one per line or entry; the classic ones without it. */
function corpusPool(): string[] {
  if (!hasCorpora) return CLASSIC;
  const pool: string[] = [];
  for (const file of readdirSync(corpus('xss')).sort()) {
    const text = readFileSync(corpus('xss', file), 'utf8');
    if (file.endsWith('.txt')) pool.push(...text.split('\n'));
    if (file === 'owasp-xss-filter-evasion-payloads.json')
      pool.push(...(JSON.parse(text) as { payload: string }[]).map((entry) => entry.payload));
  }
  return pool;
}

/** `alert(…)`, `prompt(…)`, `confirm(…)` and `alert\`1\`` rewritten to set the canary instead. */
export const armPayload = (payload: string): string =>
  payload.replace(/\b(alert|prompt|confirm)(\((?:[^()]|\([^()]*\))*\)|`[^`]*`)/g, 'window.__xss=1');

/** Up to `count` payloads of at most 80 characters that the API stores unchanged (NFC, one line). */
export function samplePayloads(count = 30): string[] {
  const pool = corpusPool();
  const fits = (p: string) =>
    p.length >= 6 && p.length <= 80 && p === p.normalize('NFC') && p === p.trim() && !/[\p{C}]|\s\s/u.test(p);
  const candidates = [...new Set(pool.map(armPayload).filter(fits))];
  const picked = new Set<string>(OWN);
  for (const kind of KINDS) {
    const found = candidates.find((p) => kind.test(p) && !picked.has(p));
    if (found) picked.add(found);
  }
  const step = Math.max(1, Math.floor(candidates.length / count));
  for (let i = 0; picked.size < count && i < candidates.length; i += step)
    picked.add(candidates[i] as string);
  return [...picked].slice(0, count);
}

/** Before any page script: the canary (any write is recorded) and a CSP violation recorder. */
export async function armCanary(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __xssHits: string[]; __csp: string[] };
    w.__xssHits = [];
    w.__csp = [];
    Object.defineProperty(window, '__xss', {
      get: () => undefined,
      set: (value) => w.__xssHits.push(String(value)),
    });
    document.addEventListener('securitypolicyviolation', (event) =>
      w.__csp.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
}

const FORBIDDEN = 'script iframe frame object embed img svg math base meta link video audio marquee'.split(
  ' ',
);

/**
 * What a payload could have left in the DOM under `root` (and in open shadow roots within):
 * forbidden elements, `on*` attributes, links that are not http(s) or the app's own hash links,
 * plus canary writes and CSP violations so far. Empty when all is inert.
 */
export function injected(page: Page, root: string): Promise<string[]> {
  return page.evaluate(
    ([selector, forbidden]) => {
      const found: string[] = [];
      const visit = (node: Element | ShadowRoot) => {
        for (const element of node.querySelectorAll('*')) {
          const tag = element.tagName.toLowerCase();
          if (forbidden.includes(tag)) found.push(`<${tag}>`);
          for (const { name } of element.attributes) if (/^on/i.test(name)) found.push(`${tag}[${name}]`);
          const href = element.getAttribute('href');
          if (href !== null && !/^(https?:\/\/[^\s"<>]+|#[\w/-]*)$/.test(href))
            found.push(`${tag}[href=${href}]`);
          if (element.shadowRoot) visit(element.shadowRoot);
        }
      };
      const start = document.querySelector(selector);
      if (!start) return [`no ${selector}`];
      visit(start.shadowRoot ?? start);
      const w = window as unknown as { __xssHits: string[]; __csp: string[] };
      return [...found, ...w.__xssHits.map((hit) => `canary=${hit}`), ...w.__csp.map((v) => `csp ${v}`)];
    },
    [root, FORBIDDEN] as const,
  );
}
