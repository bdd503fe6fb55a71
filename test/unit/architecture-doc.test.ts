/**
 * docs/architecture.md maps the tree: a folder added under functions/, widget/ or test/ without
 * its line in the document fails here. Folders holding no file (a checkout's leftovers) are skipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const doc = readFileSync('docs/architecture.md', 'utf8');
const SKIPPED = new Set(['node_modules', 'dist', '.data', 'cdk.out']);

/** Every folder under `root` that holds a file somewhere below it, as `root/a/b/`. */
function folders(root: string): string[] {
  const entries = readdirSync(root, { withFileTypes: true });
  const below = entries
    .filter((entry) => entry.isDirectory() && !SKIPPED.has(entry.name))
    .flatMap((entry) => folders(join(root, entry.name)));
  const holdsFiles = entries.some((entry) => entry.isFile()) || below.length > 0;
  return holdsFiles ? [`${root}/`, ...below] : [];
}

describe('docs/architecture.md', () => {
  it.each(['functions', 'widget', 'test'].flatMap(folders))('has a line for %s', (folder) => {
    // Assess: the folder appears as a code span in the document
    expect(doc).toContain(`\`${folder}\``);
  });
});
