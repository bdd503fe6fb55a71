/** Bench: how long a fresh Node.js process takes to import a Lambda bundle (the init of a cold start). */
import { execFile } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Values the handlers' modules may read at load; nothing is called, so they need not work. */
const DUMMY_ENV = {
  AWS_REGION: 'eu-west-3',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  COMMENTS_TABLE: 'bench-comments',
  REACTIONS_TABLE: 'bench-reactions',
  COGNITO_USER_POOL_ID: 'eu-west-3_bench',
  COGNITO_CLIENT_ID: 'bench',
  COGNITO_ISSUER: 'https://cognito-idp.eu-west-3.amazonaws.com/eu-west-3_bench',
  COGNITO_JWKS_URL: 'https://cognito-idp.eu-west-3.amazonaws.com/eu-west-3_bench/.well-known/jwks.json',
  LOG_LEVEL: 'SILENT',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};

/** Cold import times of one bundle, in ms: every run and their median. */
export interface ImportTiming {
  runs: number[];
  median: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/**
 * Imports `bundle` in `times` fresh processes and times the `import()` alone (Node's own start
 * is the same for every function and not ours to shrink). `sourceMaps` adds --enable-source-maps,
 * which CDK sets on every function: Node then reads the linked .map while loading.
 */
export async function coldImport(bundle: string, times: number, sourceMaps: boolean): Promise<ImportTiming> {
  const script = [
    'const t = performance.now();',
    `const m = await import(${JSON.stringify(pathToFileURL(bundle).href)});`,
    "if (typeof m.handler !== 'function') throw new Error('no handler export');",
    'console.log(performance.now() - t);',
  ].join(' ');
  const runs: number[] = [];
  for (let i = 0; i < times; i++) {
    const args = [...(sourceMaps ? ['--enable-source-maps'] : []), '--input-type=module', '-e', script];
    const { stdout } = await run(process.execPath, args, {
      env: { PATH: process.env.PATH ?? '', ...DUMMY_ENV },
    });
    runs.push(Number.parseFloat(stdout.trim()));
  }
  return { runs, median: median(runs) };
}
