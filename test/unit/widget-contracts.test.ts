/**
 * The wire contract: the widget and the console import from functions/ only the declared
 * contract files (`functions/<domain>/types.ts`, the error contract in `functions/shared/types.ts`),
 * always with `import type`; and a contract file holds declared types only (no runtime code, no
 * `typeof` of a value), importing types only from types-only modules, zod schemas and the error codes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const CONTRACT = /^functions\/[a-z-]+\/types\.ts$/;
/**
 * Where a contract may take a type inferred from a value (a closed list and its type): zod
 * schemas, the list of error codes, the comment status model.
 */
const VALUE_TYPED =
  /\/schemas\.ts$|^functions\/shared\/(http\/)?errors\.ts$|^functions\/comments\/status\.ts$/;

interface Node {
  type: string;
  [key: string]: unknown;
}

interface ImportUse {
  /** The imported file, relative to the repository (`.js` read as the `.ts` it names). */
  target: string;
  typeOnly: boolean;
  line: number;
}

const sourceFiles = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();

const parsed = new Map<string, ReturnType<typeof parseFile>>();
function parse(file: string) {
  const known = parsed.get(file);
  if (known) return known;
  const fresh = parseFile(file);
  parsed.set(file, fresh);
  return fresh;
}

function parseFile(file: string) {
  const text = readFileSync(join(root, file), 'utf8');
  const { program } = parseSync(file, text, { lang: file.endsWith('.tsx') ? 'tsx' : 'ts' });
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  return { program: program as unknown as { body: Node[] }, lineOf };
}

function* walk(node: unknown): Generator<Node> {
  if (Array.isArray(node)) for (const child of node) yield* walk(child);
  else if (node && typeof node === 'object') {
    if (typeof (node as Node).type === 'string') yield node as Node;
    for (const value of Object.values(node)) if (value && typeof value === 'object') yield* walk(value);
  }
}

/** Every module a file imports or re-exports, statically or with `import()`, and whether only types. */
function importsOf(file: string): ImportUse[] {
  const { program, lineOf } = parse(file);
  const uses: ImportUse[] = [];
  const add = (specifier: unknown, typeOnly: boolean, start: unknown) => {
    if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
    const target = relative(root, resolve(dirname(join(root, file)), specifier)).replace(/\.js$/, '.ts');
    uses.push({ target, typeOnly, line: lineOf(Number(start)) });
  };
  for (const node of walk(program)) {
    const source = (node.source as Node | null | undefined)?.value;
    if (node.type === 'ImportDeclaration') add(source, node.importKind === 'type', node.start);
    else if (node.type === 'ExportNamedDeclaration' || node.type === 'ExportAllDeclaration')
      add(source, node.exportKind === 'type', node.start);
    else if (node.type === 'ImportExpression') add((node.source as Node).value, false, node.start);
    else if (node.type === 'TSImportType') add((node.source as Node | undefined)?.value, true, node.start);
  }
  return uses;
}

/** The statements of a file that are not declared types or type-only imports and exports. */
function runtimeStatements(file: string): string[] {
  const { program, lineOf } = parse(file);
  const typeOnly = (node: Node): boolean =>
    node.type === 'TSInterfaceDeclaration' ||
    node.type === 'TSTypeAliasDeclaration' ||
    (node.type === 'ImportDeclaration' && node.importKind === 'type') ||
    ((node.type === 'ExportNamedDeclaration' || node.type === 'ExportAllDeclaration') &&
      (node.exportKind === 'type' || (node.declaration != null && typeOnly(node.declaration as Node))));
  return program.body
    .filter((node) => !typeOnly(node))
    .map((node) => `${node.type} (line ${lineOf(Number(node.start))})`);
}

/** `typeof` of a value in a file: a type inferred from code rather than declared. */
function typeQueries(file: string): string[] {
  const { program, lineOf } = parse(file);
  return [...walk(program)]
    .filter((node) => node.type === 'TSTypeQuery')
    .map((node) => `typeof (line ${lineOf(Number(node.start))})`);
}

const widgetFiles = sourceFiles('widget/src');
const contracts = sourceFiles('functions').filter((file) => CONTRACT.test(file));

/** The widget's imports from functions/ that break `rule`, as `file:line -> target`. */
const widgetImportsWhere = (rule: (use: ImportUse) => boolean) =>
  widgetFiles.flatMap((file) =>
    importsOf(file)
      .filter((use) => use.target.startsWith('functions/') && rule(use))
      .map((use) => `${file}:${use.line} -> ${use.target}`),
  );

describe('the wire contract', () => {
  it('lets the widget import from functions/ only declared contract files', () => {
    const strays = widgetImportsWhere((use) => !CONTRACT.test(use.target));

    expect(strays).toEqual([]);
  });

  it('lets the widget import from functions/ with `import type` only', () => {
    const valueImports = widgetImportsWhere((use) => !use.typeOnly);

    expect(valueImports).toEqual([]);
  });

  it('finds the contract files it guards', () => {
    expect(contracts).toContain('functions/comments/types.ts');
  });

  it.each(contracts)('%s declares types only, no runtime code', (file) => {
    expect(runtimeStatements(file)).toEqual([]);
  });

  it.each(contracts)('%s declares its types rather than inferring them from code (`typeof`)', (file) => {
    expect(typeQueries(file)).toEqual([]);
  });

  it.each(contracts)('%s imports only types-only modules, zod schemas or the error codes', (file) => {
    const impure = importsOf(file)
      .filter((use) => !VALUE_TYPED.test(use.target))
      .filter((use) => !use.typeOnly || runtimeStatements(use.target).length > 0)
      .map((use) => `${use.target} (line ${use.line})`);

    expect(impure).toEqual([]);
  });
});
