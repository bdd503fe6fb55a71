/** Paths of the repository, resolved from this file so `cdk synth` works from any directory. */
import { fileURLToPath } from 'node:url';

/** Absolute path of the repository root (the folder holding package.json). */
export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** Absolute path of a file given relative to the repository root. */
export const repoPath = (relative: string): string =>
  fileURLToPath(new URL(`../${relative}`, import.meta.url));
