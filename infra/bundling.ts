/**
 * How every Lambda is bundled, in one CDK-free module: ApiFunction hands these flags to
 * NodejsFunction, and scripts/bundle-functions.ts hands the same flags to esbuild, so the bench
 * measures exactly what deploys. Plain data: importing it loads neither aws-cdk-lib nor esbuild.
 */
import { handlerModule, type RouteGroup, routeGroups } from '../functions/routes.js';

/** Every Lambda: one per route group, plus the `$default` fallback. */
export type LambdaName = RouteGroup | 'fallback';

/** Entry module of a Lambda, relative to the repository root; it exports `handler`. */
export const lambdaEntry = (name: LambdaName): string =>
  name === 'fallback' ? 'functions/fallback/handler.ts' : handlerModule(name);

/**
 * The Lambdas no route serves, each by its entry: the event pipeline's three, the export worker
 * and the fold of reaction counts.
 */
export const unroutedLambdas = {
  events: 'functions/events/handler.ts',
  'reaction-fold': 'functions/reactions/fold-handler.ts',
  schedule: 'functions/events/schedule-handler.ts',
  'ses-feedback': 'functions/events/ses-feedback-handler.ts',
  'export-worker': 'functions/archive/export-worker-handler.ts',
} as const;

/** Every Lambda the stacks deploy: a route group's, the fallback, or one no route serves. */
export type BundleName = LambdaName | keyof typeof unroutedLambdas;

/** Every Lambda's name, route groups first: what the bench and the bundle tests cover. */
export const bundleNames = (): BundleName[] => [
  ...routeGroups(),
  'fallback',
  ...(Object.keys(unroutedLambdas) as (keyof typeof unroutedLambdas)[]),
];

/** Entry module of any Lambda, relative to the repository root. */
export const entryOf = (name: BundleName): string =>
  name in unroutedLambdas
    ? unroutedLambdas[name as keyof typeof unroutedLambdas]
    : lambdaEntry(name as LambdaName);

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
  // The AWS SDK clients come from the runtime's own copy (Node.js 22 on Lambda ships SDK v3 under
  // /var/runtime), not from the bundle: they were three quarters of every bundle (343 KB for the
  // document client alone), and the 200 KB per bundle of issue 18 cannot be met with them inside.
  // The price, written in docs/deploy.md: Lambda runs the runtime's SDK version, the tests the
  // pinned one of package-lock.json; ApiFunction ties runtime updates to deploys.
  bundleAwsSDK: false,
  // Only what the runtime is sure to hold: every client, and the document client's two packages
  // (the Lambda console's own examples import them unbundled). lib-storage and s3-request-presigner
  // stay bundled, importing the runtime's S3 client.
  externalModules: ['@aws-sdk/client-*', '@aws-sdk/lib-dynamodb', '@aws-sdk/util-dynamodb'],
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
  // What CDK passes as `--external` for `externalModules`.
  external: [...lambdaBundling.externalModules] as string[],
} as const;

/** Environment every function gets: source-mapped stack traces. */
export const lambdaNodeOptions = '--enable-source-maps';
