/**
 * Infra: what each Lambda bundle holds and loads at a cold start (issue 18, point 3), read from
 * esbuild's metafile with the deployed flags of infra/bundling.ts. The bundles leave the AWS SDK to
 * the runtime; a client a function calls on some requests only is imported on first use, since
 * esbuild hoists every static import of an external package to the bundle's start.
 */
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { coldImport } from '../../bench/cold-import.js';
import { type BundleName, bundleNames, entryOf, esbuildOptions } from '../../infra/bundling.js';
import { ApiFunction } from '../../infra/constructs/api-function.js';
import { repoRoot } from '../../scripts/bundle-functions.js';
import { synthStacks } from './synth-stacks.js';

/**
 * The SDK packages each Lambda loads at a cold start: the ones nearly every request calls. Cognito
 * is loaded on first use everywhere (functions/accounts/identity-provider.ts): the comments,
 * moderation and sites Lambdas call it on a few routes only.
 */
const loadedAtStart: Record<BundleName, readonly string[]> = {
  health: [],
  // Preflights read the site's allowed origins.
  fallback: ['@aws-sdk/client-dynamodb', '@aws-sdk/lib-dynamodb'],
  // Pseudonyms and SSO sessions need their keys from Secrets Manager on the first request; the
  // thread's Query reads its items straight into records (util-dynamodb), past the document client.
  comments: [
    '@aws-sdk/client-dynamodb',
    '@aws-sdk/client-secrets-manager',
    '@aws-sdk/lib-dynamodb',
    '@aws-sdk/util-dynamodb',
  ],
  reactions: [
    '@aws-sdk/client-dynamodb',
    '@aws-sdk/client-secrets-manager',
    '@aws-sdk/lib-dynamodb',
    '@aws-sdk/util-dynamodb',
  ],
  accounts: [
    '@aws-sdk/client-dynamodb',
    '@aws-sdk/client-secrets-manager',
    '@aws-sdk/lib-dynamodb',
    '@aws-sdk/util-dynamodb',
  ],
  moderation: [
    '@aws-sdk/client-dynamodb',
    '@aws-sdk/client-secrets-manager',
    '@aws-sdk/lib-dynamodb',
    '@aws-sdk/util-dynamodb',
  ],
  sites: [
    '@aws-sdk/client-dynamodb',
    '@aws-sdk/client-secrets-manager',
    '@aws-sdk/lib-dynamodb',
    '@aws-sdk/util-dynamodb',
  ],
  archive: [
    '@aws-sdk/client-dynamodb',
    '@aws-sdk/client-s3',
    '@aws-sdk/client-secrets-manager',
    '@aws-sdk/lib-dynamodb',
    '@aws-sdk/util-dynamodb',
  ],
  // Stream records arrive marshalled (util-dynamodb); alert links are signed with a key of Secrets Manager.
  events: [
    '@aws-sdk/client-dynamodb',
    '@aws-sdk/client-secrets-manager',
    '@aws-sdk/lib-dynamodb',
    '@aws-sdk/util-dynamodb',
  ],
  // Stream records arrive marshalled (util-dynamodb); Secrets Manager comes with the comment store it shares.
  'reaction-fold': [
    '@aws-sdk/client-dynamodb',
    '@aws-sdk/client-secrets-manager',
    '@aws-sdk/lib-dynamodb',
    '@aws-sdk/util-dynamodb',
  ],
  schedule: [
    '@aws-sdk/client-dynamodb',
    '@aws-sdk/client-secrets-manager',
    '@aws-sdk/lib-dynamodb',
    '@aws-sdk/util-dynamodb',
  ],
  'ses-feedback': ['@aws-sdk/client-dynamodb', '@aws-sdk/lib-dynamodb'],
  'export-worker': ['@aws-sdk/client-dynamodb', '@aws-sdk/client-s3', '@aws-sdk/lib-dynamodb'],
};

const names = bundleNames();
const metafiles = new Map<BundleName, Metafile>();

beforeAll(async () => {
  await Promise.all(
    names.map(async (name) => {
      const result = await build({
        ...esbuildOptions,
        mainFields: [...esbuildOptions.mainFields],
        external: [...esbuildOptions.external],
        entryPoints: [join(repoRoot, entryOf(name))],
        // Inside the repository, so the SDK left out resolves from node_modules as from /var/runtime.
        outfile: bundleFile(name),
        absWorkingDir: repoRoot,
        metafile: true,
        logLevel: 'error',
      });
      metafiles.set(name, result.metafile);
    }),
  );
}, 60_000);

function bundleFile(name: BundleName): string {
  return join(repoRoot, 'dist', 'bundle-contents-test', name, 'index.mjs');
}

const metafileOf = (name: BundleName): Metafile => {
  const metafile = metafiles.get(name);
  if (!metafile) throw new Error(`no metafile for ${name}`);
  return metafile;
};

/** The packages a bundle imports from outside itself, statically (at load) or on first use. */
function externals(name: BundleName, kind: 'import-statement' | 'dynamic-import'): string[] {
  const imports = Object.values(metafileOf(name).inputs).flatMap((input) => input.imports);
  return [...new Set(imports.filter((i) => i.external && i.kind === kind).map((i) => i.path))].sort();
}

/** The packages whose code is inside the bundle. */
function bundledPackages(name: BundleName): string[] {
  const packages = Object.keys(metafileOf(name).inputs).map(
    (path) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1],
  );
  return [...new Set(packages.filter((p) => p !== undefined))].sort();
}

describe('the Lambda bundles', () => {
  it('cover every Lambda the stacks deploy, so the bench sizes each one', () => {
    // Prepare
    const { app } = synthStacks();
    // Act
    const deployed = app.node.findAll().filter((c): c is ApiFunction => c instanceof ApiFunction);
    // Assess
    expect(deployed.map((fn) => fn.entry).sort()).toEqual(names.map(entryOf).sort());
  });

  it.each(names)('%s bundles no AWS SDK client nor the document client', (name) => {
    // Prepare
    const sdkInside = /^@aws-sdk\/(client-|lib-dynamodb$|util-dynamodb$)/;
    // Act
    const inside = bundledPackages(name).filter((p) => sdkInside.test(p));
    // Assess
    expect(inside).toEqual([]);
  });

  it.each(names)('%s imports in a fresh Node.js process and exports its handler', async (name) => {
    // Act
    const timing = await coldImport(bundleFile(name), 1, true);
    // Assess: coldImport throws when an import fails or `handler` is missing.
    expect(timing.runs).toHaveLength(1);
  });

  it.each(names)('%s loads at a cold start only the SDK packages of its row', (name) => {
    // Act
    const loaded = externals(name, 'import-statement').filter((p) => p.startsWith('@aws-sdk/'));
    // Assess
    expect(loaded).toEqual([...loadedAtStart[name]].sort());
  });

  it('keeps the AWS SDK, the token verifiers and Powertools Metrics out of health', () => {
    // Act
    const packages = [...bundledPackages('health'), ...externals('health', 'import-statement')];
    // Assess
    expect(packages.filter((p) => /^@aws-sdk\/|^@smithy\/|aws-jwt-verify|^jose$|metrics/.test(p))).toEqual(
      [],
    );
  });

  it('loads the Cognito, SES and Bedrock clients of the comments Lambda on first use only', () => {
    // Act
    const onFirstUse = externals('comments', 'dynamic-import');
    // Assess
    expect(onFirstUse).toEqual(
      expect.arrayContaining([
        '@aws-sdk/client-bedrock-runtime',
        '@aws-sdk/client-cognito-identity-provider',
        '@aws-sdk/client-sesv2',
      ]),
    );
  });
});
