import { describe, expect, it } from 'vitest';
import { rewriteChunk } from '../../widget/build/script-chunks.js';

const ENTRY = 'widget.js';

/** Runs a rewritten entry as a classic script would, with `import()` served from `files`. */
async function runEntry(code: string, files: Record<string, string>): Promise<Record<string, unknown>> {
  const loaded: Record<string, unknown> = {};
  const load = async (url: string) => {
    const file = files[url.replace('https://cdn.example/', '')];
    if (!file) throw new Error(`no ${url}`);
    const dataUrl = `data:text/javascript;base64,${Buffer.from(file).toString('base64')}`;
    return import(dataUrl);
  };
  const script = code.replace(/\bimport\(/g, '__load(');
  const document = { currentScript: { src: 'https://cdn.example/widget.js' } };
  new Function('document', 'location', '__load', 'out', script)(document, {}, load, loaded);
  return loaded;
}

describe('widget build: ES chunks under one classic script', () => {
  it('wraps the entry, keeps its exports in a registry and loads chunks beside the script', async () => {
    const entry = rewriteChunk(
      'var a=2;const b=()=>import(`./chunks/x-1.js`).then(m=>out.value=m.twice(a));b();export{a as n};',
      ENTRY,
      ENTRY,
    );
    const chunk = rewriteChunk(
      'import{n as e}from"../widget.js";var t=r=>r*e;export{t as twice};',
      'chunks/x-1.js',
      ENTRY,
    );

    expect(entry).not.toMatch(/\bexport\b/);
    expect(chunk).toMatch(/^export default async\(/);
    const out = await runEntry(entry, { 'chunks/x-1.js': chunk });
    await expect.poll(() => out.value).toBe(4);
  });

  it('turns an import of another chunk into a load of that chunk', () => {
    const chunk = rewriteChunk(
      'import{a as e}from"./y-2.js";var f=e+1;export{f as b};',
      'chunks/x-1.js',
      ENTRY,
    );

    expect(chunk).toContain('const{a:e}=await _$l("chunks/y-2.js");');
    expect(chunk).toContain('return{b:f}');
  });

  it('refuses code it cannot rewrite safely', () => {
    expect(() => rewriteChunk('import(name);', ENTRY, ENTRY)).toThrow(/import\(\) of name/);
    expect(() => rewriteChunk('export{a};var a=1;', 'chunks/x.js', ENTRY)).toThrow(/exports must come last/);
    expect(() => rewriteChunk('var _$r=1;', ENTRY, ENTRY)).toThrow(/_\$x/);
  });
});
