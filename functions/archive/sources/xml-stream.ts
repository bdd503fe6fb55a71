/**
 * Archive: the streaming loop the XML readers share. The file is read in 64 KB chunks and fed to
 * saxes; a reader only says what to do when an element opens and closes, and emits records. As
 * `write` is synchronous, the records a chunk completes are held in a small array and yielded
 * after it: memory stays bounded by one chunk's records, whatever the file's size.
 */
import { createReadStream } from 'node:fs';
import { type SaxesAttributeNS, SaxesParser } from 'saxes';
import { type SourcePosition, type SourceRecord, SourceSyntaxError } from './types.js';

type Parser = SaxesParser<{ xmlns: true }>;

const CHUNK_BYTES = 64 * 1024;
/** How much of the text before a malformation the error quotes. */
const EXCERPT_CHARS = 40;

/** An open element, as the readers see it. */
export interface XmlElement {
  /** The name without its prefix. */
  local: string;
  /** The namespace URI ('' when none). */
  uri: string;
  /** 1 for the root. */
  depth: number;
  attributes: Record<string, SaxesAttributeNS>;
}

/** What a reader is given to act with. */
export interface XmlContext {
  emit(record: SourceRecord): void;
  /** Stops the reading with a SourceSyntaxError at the current position. */
  fail(message: string): void;
}

/** A reader's side of the loop. */
export interface XmlHandler {
  /** Returns true to be given the element's text (its text and CDATA, children's excluded) at close. */
  open(element: XmlElement, at: SourcePosition, context: XmlContext): boolean;
  close(element: XmlElement, text: string | undefined, context: XmlContext): void;
}

/** The value of the attribute named `local` in namespace `uri`. */
export function attribute(element: XmlElement, uri: string, local: string): string | undefined {
  for (const attr of Object.values(element.attributes)) {
    if (attr.local === local && attr.uri === uri) return attr.value;
  }
  return undefined;
}

/**
 * Some WordPress plugins print a blank line before the XML declaration, which XML forbids and
 * WordPress's own importer tolerates. The declaration only says UTF-8, which we assume anyway: it
 * is blanked out (same length, so every reported position stays right) rather than refused.
 */
function blankLateDeclaration(first: string): string {
  const match = /^(\uFEFF?)([ \t\r\n]+)(<\?xml[^>]*\?>)/.exec(first);
  if (!match) return first;
  const [whole, bom = '', space = '', declaration = ''] = match;
  return bom + space + declaration.replace(/[^\r\n]/g, ' ') + first.slice(whole.length);
}

/** Reads `file` as XML, calling `handler` for each element; yields what it emits, in file order. */
export async function* readXml(
  file: string,
  handler: XmlHandler,
  options: { onBytes?: (bytes: number) => void } = {},
): AsyncGenerator<SourceRecord> {
  const parser: Parser = new SaxesParser({ xmlns: true, position: true, resolvePrefix: unboundPrefix });
  const ready: SourceRecord[] = [];
  let failure: SourceSyntaxError | undefined;
  // The text read lately, to quote where a malformation is.
  let recent = '';
  let recentEnd = 0;
  // Off while a reader fails a record: its message says where the record starts, quoting helps not.
  let quote = true;

  const context: XmlContext = {
    emit: (record) => {
      // After a malformation saxes goes on with the chunk; nothing it reads then is trusted.
      if (!failure) ready.push(record);
    },
    fail: (message) => {
      quote = false;
      parser.fail(message);
      quote = true;
    },
  };
  parser.on('error', (error) => {
    const near = quote ? excerpt(recent, recentEnd, parser.position) : '';
    failure ??= syntaxError(error.message, { line: parser.line, column: parser.column }, near);
  });
  listen(parser, handler, context);

  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: CHUNK_BYTES });
  let first = true;
  for await (const piece of stream as AsyncIterable<string>) {
    const chunk = first ? blankLateDeclaration(piece) : piece;
    first = false;
    recent = recent.slice(-EXCERPT_CHARS) + chunk;
    recentEnd += chunk.length;
    parser.write(chunk);
    yield* ready.splice(0);
    if (failure) throw failure;
    options.onBytes?.(stream.bytesRead);
  }
  parser.close();
  yield* ready.splice(0);
  if (failure) throw failure;
}

/**
 * An undeclared prefix is a namespace slip, not broken XML: it is given a URI of its own instead of
 * stopping the import, so elements in it are simply not recognised. saxes asks for the default
 * namespace too when none is declared (RSS): that one is none.
 */
const unboundPrefix = (prefix: string) => (prefix === '' ? '' : `urn:reagir:unbound:${prefix}`);

/** Wires saxes' events to the handler: the element stack, each element's start and its text. */
function listen(parser: Parser, handler: XmlHandler, context: XmlContext) {
  const stack: { element: XmlElement; text: string[] | undefined }[] = [];
  let pendingAt: SourcePosition = { line: 1, column: 1 };
  // Where the next `<` would be when a tag starts right after the last event: text events come
  // when `<` has been read, tag and CDATA events when `>` has.
  const afterText = () => {
    pendingAt = { line: parser.line, column: parser.column };
  };
  const afterMarkup = () => {
    pendingAt = { line: parser.line, column: parser.column + 1 };
  };

  parser.on('opentagstart', (tag) => {
    // The name and the character after it have been read; if that was a newline, fall back on
    // the position the last event left.
    const column = parser.column - tag.name.length - 1;
    if (column >= 1) pendingAt = { line: parser.line, column };
  });
  parser.on('opentag', (tag) => {
    const element = { local: tag.local, uri: tag.uri, depth: stack.length + 1, attributes: tag.attributes };
    const wantsText = handler.open(element, pendingAt, context);
    stack.push({ element, text: wantsText ? [] : undefined });
    afterMarkup();
  });
  const addText = (text: string) => {
    stack.at(-1)?.text?.push(text);
  };
  parser.on('text', (text) => {
    addText(text);
    afterText();
  });
  parser.on('cdata', (text) => {
    addText(text);
    afterMarkup();
  });
  parser.on('closetag', () => {
    const top = stack.pop();
    if (top) handler.close(top.element, top.text?.join(''), context);
    afterMarkup();
  });
}

/** The end of the line read up to `position`, for the error message. */
function excerpt(recent: string, recentEnd: number, position: number): string {
  const end = Math.max(0, recent.length - (recentEnd - position));
  const line =
    recent
      .slice(0, end)
      .split(/\r\n|\r|\n/)
      .at(-1) ?? '';
  return line.slice(-EXCERPT_CHARS).trim();
}

/** saxes says `line:column: message`; the error keeps both numbers apart and quotes the text. */
function syntaxError(message: string, at: SourcePosition, near: string): SourceSyntaxError {
  const match = /^(\d+):(\d+): ([\s\S]*)$/.exec(message);
  const line = match ? Number(match[1]) : at.line;
  // saxes counts the column of the character it stopped on from 1, but 0 before the first one.
  const column = Math.max(1, match ? Number(match[2]) : at.column);
  const reason = (match?.[3] ?? message).replace(/\.$/, '');
  return new SourceSyntaxError(line, column, near ? `${reason}, after “${near}”` : reason);
}
