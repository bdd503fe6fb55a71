/**
 * Build: turns rolldown's ES-module output into one classic script plus lazy chunks. The embed
 * snippet is `<script src=".../widget.js" async>`, a classic script, which cannot `import` from
 * the chunks it shares code with, and an IIFE build cannot split at all. So the entry is wrapped
 * in a function and its exports go to a private registry; each chunk becomes
 * `export default async (registry, load) => {...; return exports}`, its static imports read from
 * the registry (or from `load` for another chunk), and every `import()` goes through `load`,
 * which resolves chunk paths against the script's own URL and calls each factory once. Each
 * copy of the entry thus gets chunks bound to its own Preact, even when loaded twice.
 */
import { dirname, posix } from 'node:path';
import { type Plugin, parseSync } from 'vite';

// Names the wrapper adds; the build fails if the minified code already uses one of them.
const REGISTRY = '_$r';
const LOAD = '_$l';
const CACHE = '_$c';
const BASE = '_$u';
const FAILED = '_$f';
const RESERVED = /_\$[rlcuf]\b/;

interface Edit {
  start: number;
  end: number;
  text: string;
}

function applyEdits(code: string, edits: Edit[]): string {
  let out = code;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  return out;
}

/** The bundle path (`chunks/x.js`) a specifier written in `fileName` points to. */
const target = (fileName: string, quoted: string) =>
  posix.join(dirname(fileName), quoted.replace(/^[`'"]|[`'"]$/g, ''));

/** Rewrites one chunk (or the entry) of the bundle; `entry` is the entry's file name. */
export function rewriteChunk(code: string, fileName: string, entry: string): string {
  if (RESERVED.test(code)) throw new Error(`${fileName} already uses a name of the form _$x`);
  const { module } = parseSync(fileName, code);
  const edits: Edit[] = [];
  for (const dynamic of module.dynamicImports) {
    const request = code.slice(dynamic.moduleRequest.start, dynamic.moduleRequest.end);
    if (!/^([`'"])[^`'"$]+\1$/.test(request)) throw new Error(`${fileName}: import() of ${request}`);
    edits.push({
      start: dynamic.start,
      end: dynamic.end,
      text: `${LOAD}(${JSON.stringify(target(fileName, request))})`,
    });
  }
  for (const declaration of module.staticImports) {
    const from = target(fileName, JSON.stringify(declaration.moduleRequest.value));
    if (fileName === entry) throw new Error(`the entry imports ${from}: it must hold all shared code`);
    const names = declaration.entries.map(({ importName, localName }) => {
      if (importName.kind !== 'Name') throw new Error(`${fileName}: namespace or default import of ${from}`);
      return importName.name === localName.value ? localName.value : `${importName.name}:${localName.value}`;
    });
    const source = from === entry ? REGISTRY : `await ${LOAD}(${JSON.stringify(from)})`;
    edits.push({
      start: declaration.start,
      end: declaration.end,
      text: `const{${names.join(',')}}=${source};`,
    });
  }
  const exported: string[] = [];
  for (const declaration of module.staticExports) {
    for (const { exportName, localName, moduleRequest } of declaration.entries) {
      if (moduleRequest || exportName.kind !== 'Name' || localName.kind !== 'Name') {
        throw new Error(`${fileName}: only \`export { local as name }\` is supported`);
      }
      exported.push(`${exportName.name}:${localName.name}`);
    }
    if (code.slice(declaration.end).trim()) throw new Error(`${fileName}: exports must come last`);
    edits.push({ start: declaration.start, end: declaration.end, text: '' });
  }
  const body = applyEdits(code, edits).trim();
  const exports = `{${exported.join(',')}}`;
  if (fileName !== entry) return `export default async(${REGISTRY},${LOAD})=>{${body}\nreturn${exports}}\n`;
  // The script's URL is only known while it first runs; chunks live beside it.
  const script = `(document.currentScript||document.querySelector('script[src*="widget"]'))?.src??location.href`;
  return (
    `(()=>{"use strict";var ${CACHE}={},${FAILED}={},${BASE}=${script},${REGISTRY},${LOAD}=f=>` +
    // A failed load is forgotten, so the next use retries it (the network may be back). A browser
    // may keep a failed module fetch failed for the page's life (Chromium does): a retry asks for
    // the file under a query of its own, which the browser fetches afresh.
    `${CACHE}[f]||(${CACHE}[f]=import(new URL(f,${BASE}).href+(${FAILED}[f]?"?retry="+${FAILED}[f]:""))` +
    `.then(m=>m.default(${REGISTRY},${LOAD}),e=>{delete ${CACHE}[f];${FAILED}[f]=(${FAILED}[f]||0)+1;throw e}));\n` +
    `${body}\n${REGISTRY}=${exports}})();\n`
  );
}

/** The plugin; `entry` is the entry's output file name. */
export function scriptChunks(entry: string): Plugin {
  return {
    name: 'reagir-script-chunks',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk') file.code = rewriteChunk(file.code, file.fileName, entry);
      }
    },
  };
}
