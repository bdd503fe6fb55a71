/**
 * How every Lambda is bundled, in one CDK-free module: ApiFunction hands these flags to
 * NodejsFunction, and scripts/bundle-functions.ts hands the same flags to esbuild, so the bench
 * measures exactly what deploys. Plain data: importing it loads neither aws-cdk-lib nor esbuild.
 */
import { handlerModule, type RouteGroup } from '../functions/routes.js';

/** Every Lambda: one per route group, plus the `$default` fallback. */
export type LambdaName = RouteGroup | 'fallback';

/** Entry module of a Lambda, relative to the repository root; it exports `handler`. */
export const lambdaEntry = (name: LambdaName): string =>
  name === 'fallback' ? 'functions/fallback/handler.ts' : handlerModule(name);

// esbuild's ESM output has no `require`; bundled CommonJS dependencies still call it.
const requireShim = "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

/** The bundling flags, named as NodejsFunction's `bundling` props name them. */
export const lambdaBundling = {
  format: 'esm',
  target: 'node22',
  mainFields: ['module', 'main'],
  minify: true,
  // Linked source map (esbuild's plain `--sourcemap`): `--enable-source-maps` loads it on Lambda.
  sourceMap: true,
  // Stack traces need the mappings only; the sources would triple the asset for nothing.
  sourcesContent: false,
  banner: requireShim,
  // Ship the pinned SDK the tests ran against rather than whichever version the runtime has.
  bundleAwsSDK: true,
} as const;

/** The same flags as esbuild `build()` options (what CDK derives from {@link lambdaBundling}). */
export const esbuildOptions = {
  bundle: true,
  platform: 'node',
  target: lambdaBundling.target,
  format: lambdaBundling.format,
  minify: lambdaBundling.minify,
  sourcemap: 'linked',
  sourcesContent: lambdaBundling.sourcesContent,
  mainFields: [...lambdaBundling.mainFields],
  banner: { js: lambdaBundling.banner },
  // bundleAwsSDK: true means no externals at all.
  external: [] as string[],
} as const;

/** Environment every function gets: source-mapped stack traces. */
export const lambdaNodeOptions = '--enable-source-maps';
