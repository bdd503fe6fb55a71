/**
 * Archive: what a file is, from its first 64 KB, so that `npm run import` picks the reader itself
 * and, given the wrong file, says what it is ("a WordPress export (WXR), not a Disqus export";
 * "a gzip-compressed file": Disqus mails its exports gzipped).
 */
import { open } from 'node:fs/promises';
import type { SourceFormat } from './types.js';

const HEAD_BYTES = 64 * 1024;
/** Roots that make a file a web page (or a piece of one) rather than data. */
const HTML_ROOTS = new Set(['html', 'head', 'body', 'div', 'p', 'table', 'meta', 'link', 'script']);

const NAMES: Record<SourceFormat, string> = {
  disqus: 'a Disqus export',
  wordpress: 'a WordPress export (WXR)',
  reagir: 'a Réagir export',
};

/** The format's name in a sentence: "a Disqus export". */
export function formatName(format: SourceFormat): string {
  return NAMES[format];
}

/** What a file was recognised as: a format `npm run import` reads, or only a description. */
export interface Sniffed {
  format?: SourceFormat;
  description: string;
}

/** The first bytes of the file. */
async function head(file: string): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Binary files known by their first bytes. */
const MAGIC: [bytes: number[], description: string][] = [
  [[0x1f, 0x8b], 'a gzip-compressed file (decompress it first, e.g. with gunzip)'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (extract the export from it first)'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
];

/** The XML (or HTML) document's root element, the prolog (declaration, comments, doctype) skipped. */
function xmlRoot(text: string): { name: string; tag: string } | undefined {
  const prolog = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*/i.exec(text)?.[0] ?? '';
  const rest = text.slice(prolog.length);
  const match = /^<([A-Za-z_][\w.:-]*)[^>]*>?/.exec(rest);
  return match ? { name: (match[1] ?? '').toLowerCase(), tag: match[0] } : undefined;
}

function describeXml(text: string): Sniffed | undefined {
  if (/^\s*<!DOCTYPE\s+html/i.test(text)) return { description: 'an HTML file (a web page)' };
  const root = xmlRoot(text);
  if (!root) return undefined;
  if (root.name === 'disqus') return { format: 'disqus', description: NAMES.disqus };
  if (root.name === 'rss') {
    // The wp namespace is declared on the root; an RSS feed without it is a site's feed.
    const wordpress = /xmlns:wp\s*=\s*["']https?:\/\/wordpress\.org\/export\/\d+\.\d+\/["']/.test(root.tag);
    return wordpress
      ? { format: 'wordpress', description: NAMES.wordpress }
      : { description: 'an RSS feed, not a WordPress export (WXR)' };
  }
  if (HTML_ROOTS.has(root.name)) return { description: 'an HTML file (a web page)' };
  return { description: `an XML file whose root is <${root.name}>` };
}

/** A Réagir export's first line is its header, `format` being `EXPORT_FORMAT` of ../export.ts
 * (not imported: that module brings DynamoDB along, and sniffing needs none of it). */
function describeJson(text: string): Sniffed {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  try {
    const value: unknown = JSON.parse(firstLine);
    if (
      typeof value === 'object' &&
      value !== null &&
      'format' in value &&
      value.format === 'reagir-export'
    ) {
      return { format: 'reagir', description: NAMES.reagir };
    }
  } catch {
    // A JSON document over several lines, or cut at 64 KB: a JSON file all the same.
  }
  return { description: 'a JSON file that is not a Réagir export' };
}

/** Comma-, semicolon- or tab-separated: the first lines hold the same, non-zero count of one. */
function looksLikeCsv(text: string): boolean {
  const lines = text.split(/\r?\n/).slice(0, 5).filter(Boolean);
  if (lines.length < 2) return false;
  return [',', ';', '\t'].some((separator) => {
    const counts = lines.map((line) => line.split(separator).length - 1);
    return counts[0] !== 0 && counts.every((count) => count === counts[0]);
  });
}

/** What the file is: a format `npm run import` reads, or a description of what it is instead. */
export async function sniff(file: string): Promise<Sniffed> {
  const bytes = await head(file);
  const magic = MAGIC.find(([signature]) => signature.every((byte, i) => bytes[i] === byte));
  if (magic) return { description: magic[1] };
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  if (text.trim() === '') return { description: bytes.length === 0 ? 'an empty file' : 'a blank file' };
  if (text.includes('\u0000')) return { description: 'a binary file' };
  const start = text.trimStart();
  if (start.startsWith('<')) {
    const xml = describeXml(start);
    if (xml) return xml;
  }
  if (start.startsWith('{') || start.startsWith('[')) return describeJson(start);
  if (looksLikeCsv(text)) return { description: 'a CSV file' };
  return { description: 'a text file of no known format' };
}

/** The format `npm run import` reads the file as, undefined if none. */
export async function detectFormat(file: string): Promise<SourceFormat | undefined> {
  return (await sniff(file)).format;
}
