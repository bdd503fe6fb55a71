/**
 * Build of the moderator console: `widget/src/console/index.html` and its entry into a
 * single-page app in `dist/console/` (index.html, and content-hashed files under assets/). Asset URLs are relative, so the console works under `/console/`
 * and under any CDN path. Run with `vite build --config widget/vite.console.config.ts`.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('./src/console'),
  base: './',
  publicDir: false,
  // Preact's JSX runtime through vite's own transform, as for the embed.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: here('../dist/console'),
    emptyOutDir: true,
    // Hashed files under assets/: CloudFront caches `/console/assets/*` for a year.
    assetsDir: 'assets',
    // As the embed: class fields and the like stay as they are, no helpers to ship.
    target: 'es2022',
    sourcemap: false,
    minify: true,
    cssMinify: true,
    reportCompressedSize: true,
    // The console is small: one script and one stylesheet, no module preload helper.
    modulePreload: false,
    rolldownOptions: {
      onwarn(warning, warn) {
        // The embed loads the English catalogue as a chunk; the console bundles it on purpose
        // (switching language must not wait), so vite's note that the import stays static is noise.
        if (warning.code !== 'INEFFECTIVE_DYNAMIC_IMPORT') warn(warning);
      },
    },
  },
});
