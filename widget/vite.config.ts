/**
 * Build of the embed: `widget/src/embed/main.tsx` into one self-contained, minified IIFE,
 * `dist/widget/widget.js`, with its CSS inlined as a string (injected into the shadow root).
 * Run with `vite build --config widget/vite.config.ts`.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  // The widget is a library: no index.html, no public folder, nothing copied.
  publicDir: false,
  // Preact's JSX runtime through vite's own transform: no babel plugin, smallest output.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: 'dist/widget',
    emptyOutDir: true,
    target: 'es2020',
    sourcemap: false,
    minify: true,
    cssMinify: true,
    // One file: the CSS is imported with `?inline`, so nothing is emitted beside the script.
    cssCodeSplit: false,
    assetsInlineLimit: Number.MAX_SAFE_INTEGER,
    reportCompressedSize: true,
    lib: {
      entry: 'widget/src/embed/main.tsx',
      formats: ['iife'],
      name: 'ReagirEmbed',
      fileName: () => 'widget.js',
    },
  },
});
