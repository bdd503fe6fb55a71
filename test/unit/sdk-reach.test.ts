/**
 * Which Lambda bundles the S3 and Lambda SDKs: read from the import graph esbuild follows (static
 * imports and `import('…')` of a literal). Only the archive route group (it starts exports and signs
 * their links) and the export worker (it writes the files) reach them; every other Lambda's bundle
 * stays as it was, the comments Lambda's cold start first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { routeGroups } from '../../functions/routes.js';
import { type LambdaName, lambdaEntry } from '../../infra/bundling.js';

const S3 = ['@aws-sdk/client-s3', '@aws-sdk/lib-storage', '@aws-sdk/s3-request-presigner'];
const LAMBDA = '@aws-sdk/client-lambda';
const WORKER = 'functions/archive/export-worker-handler.ts';

const SPECIFIERS = [
  /(?:import|export)[^'";]*?from\s+'([^']+)'/g,
  /^import\s+'([^']+)'/gm,
  /import\(\s*'([^']+)'\s*\)/g,
];

/** The packages a module reaches through its imports, relative ones followed. */
function packagesReached(entry: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const pattern of SPECIFIERS) {
      for (const [, spec = ''] of text.matchAll(pattern)) {
        if (!spec.startsWith('.')) {
          packages.add(
            spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? spec),
          );
          continue;
        }
        const target = normalize(join(dirname(file), spec)).replace(/\.js$/, '');
        const found = [`${target}.ts`, `${target}.tsx`, target].find((path) => existsSync(path));
        if (found?.match(/\.tsx?$/)) visit(found);
      }
    }
  };
  visit(entry);
  return packages;
}

const lambdas: LambdaName[] = [...routeGroups(), 'fallback'];

describe('the SDKs of the site export', () => {
  it.each(lambdas.filter((name) => name !== 'archive'))('stay out of the %s Lambda', (name) => {
    const reached = packagesReached(lambdaEntry(name));

    expect([...S3, LAMBDA].filter((pkg) => reached.has(pkg))).toEqual([]);
  });

  it('are in the archive Lambda: S3 to sign links, Lambda to start the worker', () => {
    const reached = packagesReached(lambdaEntry('archive'));

    expect([...S3, LAMBDA].filter((pkg) => reached.has(pkg))).toEqual([...S3, LAMBDA]);
  });

  it('give the worker S3 alone', () => {
    const reached = packagesReached(WORKER);

    expect(S3.every((pkg) => reached.has(pkg))).toBe(true);
    expect(reached.has(LAMBDA)).toBe(false);
  });
});
