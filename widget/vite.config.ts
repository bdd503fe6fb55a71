/**
 * Build of the embed: `widget/src/embed/main.tsx` into `dist/widget/widget.js`, the one classic
 * script a page loads (CSS inside, as a string injected into the shadow root), and the chunks it
 * loads on first use into `dist/widget/chunks/` (account forms, editing, the other language...).
 * Run with `vite build --config widget/vite.config.ts`; `bench/widget-size.ts` weighs the result.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { scriptChunks } from './build/script-chunks.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = 'widget.js';

export default defineConfig({
  root,
  // No index.html, no public folder, nothing copied: only the script and its chunks.
  publicDir: false,
  // JSX as `h(type, props, ...children)`: Preact's own createElement, which its render needs
  // anyway, and shorter calls than the automatic runtime's (the type check keeps react-jsx).
  oxc: { jsx: { runtime: 'classic', pragma: 'h', pragmaFrag: 'Fragment' } },
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [
    {
      // What oxc's jsxInject does, but for .tsx files only: it would add the import to every module.
      name: 'reagir-jsx-inject',
      enforce: 'pre',
      transform: (code, id) =>
        id.endsWith('.tsx') ? `import { h, Fragment } from 'preact';\n${code}` : null,
    },
    scriptChunks(ENTRY),
  ],
  build: {
    outDir: 'dist/widget',
    emptyOutDir: true,
    // Class fields and the like stay as they are: no helpers to ship (Safari 15+, Chrome 94+, Firefox 93+).
    target: 'es2022',
    // Modern enough that lightningcss adds no fallbacks (e.g. for color-scheme) to the CSS.
    cssTarget: ['chrome123'],
    sourcemap: false,
    minify: true,
    cssMinify: true,
    // The CSS is imported with `?inline`: nothing is emitted beside the scripts.
    cssCodeSplit: false,
    assetsInlineLimit: Number.MAX_SAFE_INTEGER,
    reportCompressedSize: true,
    // Library mode: no index.html, and no preload helper around `import()` (script-chunks loads).
    lib: { entry: 'widget/src/embed/main.tsx', formats: ['es'], fileName: () => ENTRY },
    rolldownOptions: {
      // The entry exports nothing of its own, so shared code may stay in it (no common chunk).
      preserveEntrySignatures: false,
      // Content-hashed, so the server caches them forever (functions/local/static-files.ts).
      // Library mode keeps the whitespace of ES output (for other bundlers): this is for browsers.
      output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true, comments: false },
    },
  },
});
