/**
 * Archive: what every source format (Disqus, WordPress) is read into, one record at a time, so
 * that the importer knows nothing of XML and each reader nothing of DynamoDB. Records keep the
 * source's own ids: the importer derives Réagir's ids from them, so a re-run writes the same items.
 */

/** Where a record starts in the file (1-based, as saxes reports), for the report and errors. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** An article of the source (a Disqus thread, a WordPress item with comments). */
export interface SourceThread {
  kind: 'thread';
  /** The source's id: Disqus `dsq:id`, WordPress `wp:post_id`. */
  sourceId: string;
  /** The article's address (Disqus `link`, WordPress `link`), absent when the file has none. */
  url?: string;
  title?: string;
  /** Disqus `isClosed`, WordPress `wp:comment_status` = closed. */
  closed: boolean;
  /** ISO 8601 in UTC, when the source says; absent or unparsable: undefined. */
  createdAt?: string;
  at: SourcePosition;
}

/** What the source says of a comment's state. */
export type SourceState = 'approved' | 'pending' | 'spam' | 'deleted';

/** A comment of the source. */
export interface SourcePost {
  kind: 'post';
  /**
   * Unique in the file: Disqus `dsq:id`; WordPress `<post_id>:<comment_id>`, since WordPress
   * repeats comment ids across items.
   */
  sourceId: string;
  /** The thread's `sourceId`. */
  threadId: string;
  /** The parent post's `sourceId`, absent for a top-level comment. */
  parentId?: string;
  /** The body as the source holds it: HTML (not yet turned into text). */
  html: string;
  /** ISO 8601 in UTC (WordPress: `comment_date_gmt`, else the local date read as UTC); undefined when it does not parse. */
  createdAt?: string;
  /** The date text as found, for the report when it does not parse. */
  dateText: string;
  authorName: string;
  /** Lower-cased and trimmed; absent when the source has none (a Disqus anonymous post may). */
  authorEmail?: string;
  state: SourceState;
  at: SourcePosition;
}

export type SourceRecord = SourceThread | SourcePost;

/** The formats `npm run import` reads. */
export type SourceFormat = 'disqus' | 'wordpress' | 'reagir';

/**
 * A malformed file: where (1-based line and column) and what the parser found there. Records
 * read before it have been given to the caller already.
 */
export class SourceSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    readonly found: string,
  ) {
    super(`line ${line}, column ${column}: ${found}`);
    this.name = 'SourceSyntaxError';
  }
}

/**
 * Reads a source file as records, in file order, with bounded memory whatever its size. Throws a
 * SourceSyntaxError at the first malformation, after yielding every record completed before it.
 * `onBytes` is told the bytes read so far (for the progress bar).
 */
export type SourceReader = (
  file: string,
  options?: { onBytes?: (bytes: number) => void },
) => AsyncGenerator<SourceRecord>;
