/**
 * Archive: the WordPress (WXR) export reader. Each `<item>` holds its own comments, after its
 * title, link, id and comment status: an item's thread is yielded just before its first comment,
 * and each comment as soon as it closes, so a huge item is never held whole. Items without
 * comments are not yielded: an import has nothing to do with them.
 */
import { isoFromZonelessDate } from './dates.js';
import type { SourcePosition, SourceReader, SourceState } from './types.js';
import { readXml, type XmlContext, type XmlElement, type XmlHandler } from './xml-stream.js';

/** `http://wordpress.org/export/1.2/` (1.1, 1.0 alike), or `wp:` left undeclared. */
const isWp = (uri: string) =>
  /^https?:\/\/wordpress\.org\/export\/\d+\.\d+\/$/.test(uri) || uri === 'urn:reagir:unbound:wp';

const ITEM_FIELDS = new Set(['post_id', 'post_date', 'post_date_gmt', 'comment_status']);
const COMMENT_FIELDS = new Set([
  'comment_id',
  'comment_author',
  'comment_author_email',
  'comment_date',
  'comment_date_gmt',
  'comment_content',
  'comment_approved',
  'comment_type',
  'comment_parent',
]);
/**
 * Pingbacks and trackbacks are notices from other sites, not readers' comments; plugins' own
 * types (WooCommerce's `order_note`, ...) are not public discussion: only these are yielded.
 */
const COMMENT_TYPES = new Set(['', 'comment']);

const APPROVAL: Record<string, SourceState> = {
  '1': 'approved',
  '0': 'pending',
  spam: 'spam',
  trash: 'deleted',
  'post-trashed': 'deleted',
};

interface Item {
  at: SourcePosition;
  /** RSS `title`, `link` and the `wp:` fields of ITEM_FIELDS. */
  fields: Map<string, string>;
  yielded: boolean;
}

interface Comment {
  at: SourcePosition;
  fields: Map<string, string>;
}

/**
 * The GMT date, else the local one read as UTC (an old WordPress leaves the GMT date empty or
 * `0000-00-00 00:00:00`); the text kept is the first non-empty one when neither parses.
 */
function wpDate(gmt = '', local = ''): { createdAt?: string; dateText: string } {
  for (const text of [gmt.trim(), local.trim()]) {
    const createdAt = isoFromZonelessDate(text);
    if (createdAt) return { createdAt, dateText: text };
  }
  return { createdAt: undefined, dateText: gmt.trim() || local.trim() };
}

const nonEmpty = (text: string | undefined) => (text?.trim() ? text.trim() : undefined);

/** The item's thread, told once, before its first comment. */
function yieldThread(item: Item, postId: string, context: XmlContext) {
  if (item.yielded) return;
  item.yielded = true;
  const { fields } = item;
  context.emit({
    kind: 'thread',
    sourceId: postId,
    url: nonEmpty(fields.get('link')),
    title: nonEmpty(fields.get('title')),
    closed: fields.get('comment_status')?.trim() === 'closed',
    createdAt: wpDate(fields.get('post_date_gmt'), fields.get('post_date')).createdAt,
    at: item.at,
  });
}

function finishComment(item: Item, comment: Comment, context: XmlContext) {
  const get = (name: string) => comment.fields.get(name)?.trim() ?? '';
  if (!COMMENT_TYPES.has(get('comment_type'))) return;
  const postId = nonEmpty(item.fields.get('post_id'));
  const where = `the <wp:comment> of line ${comment.at.line}`;
  if (!postId) return context.fail(`${where} comes before its item's <wp:post_id>`);
  if (!get('comment_id')) return context.fail(`${where} has no <wp:comment_id>`);
  yieldThread(item, postId, context);
  const parent = get('comment_parent');
  context.emit({
    kind: 'post',
    sourceId: `${postId}:${get('comment_id')}`,
    threadId: postId,
    parentId: parent && parent !== '0' ? `${postId}:${parent}` : undefined,
    html: comment.fields.get('comment_content') ?? '',
    ...wpDate(get('comment_date_gmt'), get('comment_date')),
    authorName: get('comment_author'),
    authorEmail: get('comment_author_email').toLowerCase() || undefined,
    state: APPROVAL[get('comment_approved')] ?? 'pending',
    at: comment.at,
  });
}

/** Whether `element` is the RSS field or `wp:` field `local` is taken as. */
const fieldName = (element: XmlElement) =>
  isWp(element.uri) ? element.local : element.uri === '' ? `rss:${element.local}` : undefined;

/** The element handler: depth 1 `rss`, 2 `channel`, 3 an item, 4 its fields and comments, 5 theirs. */
function wordpressHandler(): XmlHandler {
  let item: Item | undefined;
  let comment: Comment | undefined;
  return {
    open(element, at, context) {
      const { local, depth } = element;
      const name = fieldName(element);
      if (depth === 1 && local !== 'rss') context.fail(`the root is <${local}>, not <rss>`);
      if (depth === 3 && name === 'rss:item') item = { at, fields: new Map(), yielded: false };
      if (!item) return false;
      if (depth === 4 && name === 'comment') comment = { at, fields: new Map() };
      if (depth === 4) return name === 'rss:title' || name === 'rss:link' || ITEM_FIELDS.has(name ?? '');
      return depth === 5 && comment !== undefined && COMMENT_FIELDS.has(name ?? '');
    },
    close(element, text, context) {
      if (!item) return;
      const name = (fieldName(element) ?? '').replace(/^rss:/, '');
      if (element.depth === 3) item = undefined;
      else if (element.depth === 4 && comment) {
        finishComment(item, comment, context);
        comment = undefined;
      } else if (element.depth === 4 && text !== undefined) item.fields.set(name, text);
      else if (element.depth === 5 && comment && text !== undefined) comment.fields.set(name, text);
    },
  };
}

/** Reads a WordPress WXR export: each commented item's thread, then its comments, in file order. */
export const readWordpress: SourceReader = (file, options) => readXml(file, wordpressHandler(), options);
