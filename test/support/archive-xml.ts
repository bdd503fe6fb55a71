/**
 * Test support: one Disqus record as Disqus writes it, and the spec the archive files are
 * written from; shared by ./archive-files.ts and ./archive-large-file.ts.
 */

/** A comment of the spec. */
export interface PostSpec {
  id: string;
  parent?: string;
  html: string;
  /** An ISO 8601 instant, written as the source writes dates. */
  createdAt?: string;
  /** Written as is instead of `createdAt` (Disqus `createdAt`, WordPress `comment_date_gmt`). */
  dateText?: string;
  /** WordPress `comment_date` as is; by default `createdAt` two hours later (Paris, in summer). */
  localDate?: string;
  name: string;
  /** Disqus only. */
  username?: string;
  /** Absent: no email element (a Disqus anonymous post). */
  email?: string;
  deleted?: boolean;
  spam?: boolean;
  /** WordPress only: `comment_approved` 0. */
  pending?: boolean;
  /** WordPress `comment_type` ('' by default; 'pingback', 'trackback'...). */
  type?: string;
  /** Disqus only: the thread the post names, when not the one it is listed under. */
  threadRef?: string;
}

/** An article of the spec. */
export interface ThreadSpec {
  id: string;
  url: string;
  title: string;
  closed?: boolean;
  createdAt?: string;
  /** Disqus `<id>`, the publisher's identifier. */
  identifier?: string;
  posts: PostSpec[];
}

export interface ArchiveSpec {
  threads: ThreadSpec[];
}

/** Text escaped for an XML element or a double-quoted attribute. */
export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A CDATA section holding any text: `]]>` is split across two sections. */
export function cdata(text: string): string {
  return `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

/** `2013-02-11T10:22:33.000Z` as Disqus writes it: `2013-02-11T10:22:33Z`. */
const disqusDate = (iso: string) => iso.replace(/\.\d{3}Z$/, 'Z');

export const DISQUS_HEAD = `<?xml version="1.0" encoding="utf-8"?>
<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://disqus.com/api/schemas/1.0/disqus.xsd http://disqus.com/api/schemas/1.0/disqus-internals.xsd">
  <category dsq:id="7001">
    <forum>mon-journal</forum>
    <title>General</title>
    <isDefault>true</isDefault>
  </category>
`;
export const DISQUS_TAIL = '</disqus>\n';

/** A root-level `<thread>`, as the export lists them before the posts. */
export function disqusThread(thread: ThreadSpec): string {
  return `  <thread dsq:id="${xmlEscape(thread.id)}">
    <id>${xmlEscape(thread.identifier ?? '')}</id>
    <forum>mon-journal</forum>
    <category dsq:id="7001" />
    <link>${xmlEscape(thread.url)}</link>
    <title>${xmlEscape(thread.title)}</title>
    <message />
    <createdAt>${thread.createdAt ? disqusDate(thread.createdAt) : ''}</createdAt>
    <author>
      <email>redaction@mon-journal.fr</email>
      <name>La rédaction</name>
      <isAnonymous>false</isAnonymous>
      <username>redaction</username>
    </author>
    <isClosed>${thread.closed ? 'true' : 'false'}</isClosed>
    <isDeleted>false</isDeleted>
  </thread>
`;
}

/** A `<post>`, naming its thread (and parent) by reference. */
export function disqusPost(post: PostSpec, threadId: string): string {
  const date = post.dateText ?? (post.createdAt ? disqusDate(post.createdAt) : '');
  const email = post.email === undefined ? '' : `\n      <email>${xmlEscape(post.email)}</email>`;
  const username =
    post.username === undefined ? '' : `\n      <username>${xmlEscape(post.username)}</username>`;
  const parent = post.parent ? `\n    <parent dsq:id="${xmlEscape(post.parent)}" />` : '';
  return `  <post dsq:id="${xmlEscape(post.id)}">
    <id />
    <message>${cdata(post.html)}</message>
    <createdAt>${xmlEscape(date)}</createdAt>
    <isDeleted>${post.deleted ? 'true' : 'false'}</isDeleted>
    <isSpam>${post.spam ? 'true' : 'false'}</isSpam>
    <author>${email}
      <name>${xmlEscape(post.name)}</name>
      <isAnonymous>${post.email === undefined ? 'true' : 'false'}</isAnonymous>${username}
    </author>
    <ipAddress>192.0.2.${Number(post.id) % 250 || 1}</ipAddress>
    <thread dsq:id="${xmlEscape(post.threadRef ?? threadId)}" />${parent}
  </post>
`;
}
