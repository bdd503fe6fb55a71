/**
 * Local stack: where a running `npm start` says how to reach its tables, so that `npm run site`
 * finds it whatever DATA_DIR it was started with. The file is at one well-known place per user
 * (REAGIR_STACK_FILE, else `reagir-local-stack.json` in the system's temporary folder), written
 * at start and removed at stop; the last stack started is the one the CLI uses.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The environment variables that point the handlers' code at a stack's tables. */
const STACK_ENV = [
  'AWS_REGION',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'DYNAMODB_ENDPOINT',
  'COMMENTS_TABLE',
  'REACTIONS_TABLE',
] as const;

/** What the file holds: the stack's data folder (for messages) and its environment. */
export interface StackFile {
  dataDir: string;
  env: Record<string, string>;
}

/** The file's path: REAGIR_STACK_FILE, else one per user in the temporary folder. */
export function stackFilePath(env: NodeJS.ProcessEnv = process.env): string {
  const user = process.getuid?.() ?? 'user';
  return env.REAGIR_STACK_FILE || join(tmpdir(), `reagir-local-stack-${user}.json`);
}

/** Writes the running stack's file, from the current environment (after applyLocalEnv). */
export function writeStackFile(dataDir: string): string {
  const file = stackFilePath();
  const env = Object.fromEntries(STACK_ENV.map((name) => [name, process.env[name] ?? '']));
  writeFileSync(file, JSON.stringify({ dataDir, env } satisfies StackFile, null, 2));
  return file;
}

/** Removes the file, if it still names this stack (another may have started since). */
export function removeStackFile(dataDir: string): void {
  const found = readStackFile();
  if (found?.dataDir === dataDir) rmSync(stackFilePath(), { force: true });
}

/** The running stack's file, or undefined when no stack runs (or it wrote none). */
export function readStackFile(): StackFile | undefined {
  const file = stackFilePath();
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as StackFile;
}
