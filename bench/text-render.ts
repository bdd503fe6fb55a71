/**
 * Bench: how long 20 hostile comments take to show, at the longest length a site may allow
 * (`MAX_COMMENT_LENGTH`): each a URL followed by closing parentheses, the case that once took 30 s.
 * The real `CommentText` component and Preact, bundled with esbuild, render into a page in
 * Chromium (layout included, forced by reading the list's height); without Chromium, only the
 * link tokenizer is timed, in Node, and the row says so. The median of several runs.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { MAX_COMMENT_LENGTH } from '../functions/sites/schemas.js';
import { repoRoot } from '../scripts/bundle-functions.js';
import { tokenizeText } from '../widget/src/lib/link-tokens.js';

const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const COMMENTS = 20;

/** What was timed, and the median in milliseconds. */
export interface TextRenderTiming {
  where: 'chromium' | 'node (tokenizer only)';
  comments: number;
  length: number;
  medianMs: number;
  runs: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** One hostile comment of exactly `length` characters. */
export const hostileText = (length: number) => {
  const head = 'Voir https://exemple.fr/a';
  return head + ')'.repeat(length - head.length);
};

// Renders the texts with the widget's component and answers the time taken, layout included.
const PAGE_SCRIPT = `
import { render, h } from 'preact';
import { CommentText } from './widget/src/components/comment-text.tsx';
window.renderTexts = (texts) => {
  const root = document.getElementById('root');
  render(null, root);
  const start = performance.now();
  render(h('ol', null, texts.map((text) => h('li', null, h(CommentText, { text })))), root);
  void root.offsetHeight;
  return performance.now() - start;
};`;

/** Times rendering COMMENTS hostile comments, `runs` times (one more, unmeasured, first). */
export async function measureTextRender(runs = 5): Promise<TextRenderTiming> {
  const length = MAX_COMMENT_LENGTH;
  const texts = Array.from({ length: COMMENTS }, () => hostileText(length));
  if (!existsSync(executablePath)) {
    const times: number[] = [];
    for (let run = 0; run <= runs; run++) {
      const start = performance.now();
      for (const text of texts) tokenizeText(text);
      if (run > 0) times.push(performance.now() - start);
    }
    return { where: 'node (tokenizer only)', comments: COMMENTS, length, medianMs: median(times), runs };
  }
  const bundle = await build({
    stdin: { contents: PAGE_SCRIPT, resolveDir: repoRoot, loader: 'tsx' },
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    tsconfig: join(repoRoot, 'tsconfig.json'),
  });
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><div id="root"></div>');
    await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
    const times: number[] = [];
    for (let run = 0; run <= runs; run++) {
      const ms = await page.evaluate(
        (given) => (window as unknown as { renderTexts(t: string[]): number }).renderTexts(given),
        texts,
      );
      if (run > 0) times.push(ms);
    }
    return { where: 'chromium', comments: COMMENTS, length, medianMs: median(times), runs };
  } finally {
    await browser.close();
  }
}

// `npx tsx bench/text-render.ts` prints the timing alone.
if (import.meta.url === `file://${process.argv[1]}`) console.log(await measureTextRender());
