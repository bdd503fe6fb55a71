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

/** Cold import times of one bundle, in ms: every run and their median, wall clock and CPU. */
export interface ImportTiming {
  runs: number[];
  median: number;
  /** The process's CPU time (user + system) during the import: what waiting for a busy core leaves out. */
  cpuRuns: number[];
  cpuMedian: number;
}

/** The median of `values` (the mean of the middle two for an even count). */
export const median = (values: number[]) => {
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
    'const c = process.cpuUsage();',
    `const m = await import(${JSON.stringify(pathToFileURL(bundle).href)});`,
    'const wall = performance.now() - t;',
    'const cpu = process.cpuUsage(c);',
    "if (typeof m.handler !== 'function') throw new Error('no handler export');",
    'console.log(wall, (cpu.user + cpu.system) / 1000);',
  ].join(' ');
  const runs: number[] = [];
  const cpuRuns: number[] = [];
  for (let i = 0; i < times; i++) {
    const args = [...(sourceMaps ? ['--enable-source-maps'] : []), '--input-type=module', '-e', script];
    const { stdout } = await run(process.execPath, args, {
      env: { PATH: process.env.PATH ?? '', ...DUMMY_ENV },
    });
    const [wall = '', cpu = ''] = stdout.trim().split(' ');
    runs.push(Number.parseFloat(wall));
    cpuRuns.push(Number.parseFloat(cpu));
  }
  return { runs, median: median(runs), cpuRuns, cpuMedian: median(cpuRuns) };
}
