/**
 * Archive: the Disqus export reader. The export lists `<category>`s, then every `<thread>`, then
 * every `<post>`, each post naming its thread (and parent) by `dsq:id` in an empty
 * `<thread dsq:id/>` (`<parent dsq:id/>`): a thread is told from a reference by its depth, a
 * child of the root. Disqus has no pending state: a post is spam, deleted or approved.
 */
import { isoFromZonedDate } from './dates.js';
import type { SourcePosition, SourceReader, SourceState } from './types.js';
import { readXml, type XmlContext, type XmlElement, type XmlHandler } from './xml-stream.js';

const INTERNALS = 'http://disqus.com/disqus-internals';
/** The children of a thread or post whose text is read; others (forum, ipAddress...) are skipped. */
const FIELDS = new Set(['link', 'title', 'message', 'createdAt', 'isClosed', 'isDeleted', 'isSpam']);
const AUTHOR_FIELDS = new Set(['email', 'name', 'username']);

/** A thread or post being read, up to its closing tag. */
interface Draft {
  kind: 'thread' | 'post';
  id: string | undefined;
  at: SourcePosition;
  children: number;
  fields: Map<string, string>;
  author: Map<string, string>;
  threadRef?: string | undefined;
  parentRef?: string | undefined;
}

/** `dsq:id`, matched by prefix as well should a file forget to declare it. */
function dsqId(element: XmlElement): string | undefined {
  const attr = Object.values(element.attributes).find(
    (a) => a.local === 'id' && (a.uri === INTERNALS || a.prefix === 'dsq'),
  );
  const id = attr?.value.trim();
  return id ? id : undefined;
}

const isTrue = (text: string | undefined) => /^(true|1)$/i.test(text?.trim() ?? '');
const nonEmpty = (text: string | undefined) => (text?.trim() ? text.trim() : undefined);

function state(draft: Draft): SourceState {
  if (isTrue(draft.fields.get('isSpam'))) return 'spam';
  if (isTrue(draft.fields.get('isDeleted'))) return 'deleted';
  return 'approved';
}

function finish(draft: Draft, context: XmlContext) {
  const where = `the <${draft.kind}> of line ${draft.at.line}`;
  // A root-level `<thread dsq:id/>` with nothing in it describes no article.
  if (draft.kind === 'thread' && draft.children === 0) return;
  if (!draft.id) return context.fail(`${where} has no dsq:id`);
  const createdAt = isoFromZonedDate(draft.fields.get('createdAt') ?? '');
  if (draft.kind === 'thread') {
    return context.emit({
      kind: 'thread',
      sourceId: draft.id,
      url: nonEmpty(draft.fields.get('link')),
      title: nonEmpty(draft.fields.get('title')),
      closed: isTrue(draft.fields.get('isClosed')),
      createdAt,
      at: draft.at,
    });
  }
  if (!draft.threadRef) return context.fail(`${where} names no thread`);
  const email = nonEmpty(draft.author.get('email'))?.toLowerCase();
  context.emit({
    kind: 'post',
    sourceId: draft.id,
    threadId: draft.threadRef,
    parentId: draft.parentRef,
    html: draft.fields.get('message') ?? '',
    createdAt,
    dateText: draft.fields.get('createdAt')?.trim() ?? '',
    authorName: nonEmpty(draft.author.get('name')) ?? nonEmpty(draft.author.get('username')) ?? '',
    authorEmail: email,
    state: state(draft),
    at: draft.at,
  });
}

/** The element handler: depth 1 the root, 2 a thread or post, 3 its fields, 4 its author's. */
function disqusHandler(): XmlHandler {
  let draft: Draft | undefined;
  let inAuthor = false;
  return {
    open(element, at, context) {
      const { local, depth } = element;
      if (depth === 1 && local !== 'disqus') context.fail(`the root is <${local}>, not <disqus>`);
      if (depth === 2 && (local === 'thread' || local === 'post')) {
        draft = { kind: local, id: dsqId(element), at, children: 0, fields: new Map(), author: new Map() };
        return false;
      }
      if (!draft) return false;
      if (depth === 3) {
        draft.children += 1;
        if (draft.kind === 'post' && local === 'thread') draft.threadRef = dsqId(element);
        if (draft.kind === 'post' && local === 'parent') draft.parentRef = dsqId(element);
        inAuthor = local === 'author';
        return FIELDS.has(local);
      }
      return depth === 4 && inAuthor && AUTHOR_FIELDS.has(local);
    },
    close(element, text, context) {
      if (!draft) return;
      if (element.depth === 2) {
        finish(draft, context);
        draft = undefined;
      } else if (element.depth === 3 && text !== undefined) {
        draft.fields.set(element.local, text);
      } else if (element.depth === 4 && inAuthor && text !== undefined) {
        draft.author.set(element.local, text);
      }
    },
  };
}

/** Reads a Disqus XML export: its threads, then its posts, as the file lists them. */
export const readDisqus: SourceReader = (file, options) => readXml(file, disqusHandler(), options);
