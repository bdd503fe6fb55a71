/**
 * Archive: the first pass of an import. It reads the file's structure (threads, and for each post
 * its thread, parent, state, date and whether it has a text: no bodies, so memory grows by a few
 * hundred bytes per post whatever their size) and decides, before anything is written, where each
 * comment goes: its id, parent, path, depth and status, and the counts of every comment and page,
 * computed from the whole tree. A second pass then writes what this one planned.
 *
 * Rules (docs/data-model.md, "Imports"): spam stays out; a deleted post is kept as a placeholder
 * while a published reply hangs from it, else skipped; a reply whose parent is skipped, pending or
 * absent goes under its nearest ancestor that stays in the thread (or to the top level); a reply
 * deeper than the site's depth goes, as when a reader posts it, under the ancestor at the deepest
 * level with `replyTo` naming whom it answers.
 */
import { importedCommentId } from './import-ids.js';
import { importedName } from './import-items.js';
import { type PageMapping, pageIdOf } from './page-ids.js';
import type { SourceFormat, SourcePost, SourceThread } from './sources/types.js';

/**
 * A copy of a string the parser gave: V8 may keep a short string read from the file as a slice of
 * the whole chunk it came from, and the plan keeps one per post for the whole import, so each
 * would hold its 64 KB chunk (the whole file, in the end) alive.
 */
const own = (text: string) => Buffer.from(text, 'utf8').toString('utf8');
const ownOptional = (text: string | undefined) => (text === undefined ? undefined : own(text));

/** Why a record of the file is not imported (`spam` and `deleted` are the source's own choice). */
export type SkipReason =
  | 'spam'
  | 'deleted_without_replies'
  | 'orphan'
  | 'bad_date'
  | 'empty_body'
  | 'parent_cycle';

/** Skips that mean the file had something wrong: they make the import's exit code say so. */
export const FAULTY_SKIPS: ReadonlySet<SkipReason> = new Set([
  'orphan',
  'bad_date',
  'empty_body',
  'parent_cycle',
]);

export interface PlannedThread {
  sourceId: string;
  page: string;
  url?: string;
  title?: string;
  closed: boolean;
  createdAt?: string;
  line: number;
  /** False when the page id could not come from the URL (the report says so). */
  fromUrl: boolean;
  commentCount: number;
  pendingCount: number;
  /** The earliest kept comment's date: the page record's `createdAt` when the thread has none. */
  firstAt?: string;
}

/** What the first pass keeps of a post. */
interface PostShape {
  sourceId: string;
  threadId: string;
  parentSourceId?: string;
  state: SourcePost['state'];
  createdAt?: string;
  dateText: string;
  authorName: string;
  empty: boolean;
  line: number;
}

/** Where a kept comment goes, and its counts. */
export interface PlannedComment {
  id: string;
  page: string;
  parentId: string | null;
  path: string;
  depth: number;
  status: 'approved' | 'pending' | 'deleted';
  createdAt: string;
  replyCount: number;
  threadCount: number;
  replyTo?: { id: string; name: string };
}

export interface Skip {
  sourceId: string;
  line: number;
  reason: SkipReason;
  detail?: string;
}

/** A fact about a kept record the report tells (its parent was not in the file, say). */
export interface Note {
  sourceId: string;
  line: number;
  note: 'parent_not_found' | 'no_url' | 'reparented';
  detail?: string;
}

export class ImportPlan {
  readonly threads = new Map<string, PlannedThread>();
  readonly comments = new Map<string, PlannedComment>();
  readonly skips: Skip[] = [];
  readonly notes: Note[] = [];
  private posts = new Map<string, PostShape>();
  /** Posts the first pass read (kept once their shapes are let go). */
  private postsRead = 0;

  constructor(
    readonly site: string,
    readonly format: SourceFormat,
    private readonly maxDepth: number,
    private readonly mapping?: PageMapping,
  ) {}

  addThread(thread: SourceThread): void {
    const { page, fromUrl } = pageIdOf(thread, this.format, this.mapping);
    this.threads.set(own(thread.sourceId), {
      sourceId: own(thread.sourceId),
      page: own(page),
      url: ownOptional(thread.url),
      title: ownOptional(thread.title),
      closed: thread.closed,
      createdAt: ownOptional(thread.createdAt),
      line: thread.at.line,
      fromUrl,
      commentCount: 0,
      pendingCount: 0,
    });
    if (!fromUrl)
      this.notes.push({ sourceId: thread.sourceId, line: thread.at.line, note: 'no_url', detail: page });
  }

  /** `empty`: the post's text is empty once turned into plain text. */
  addPost(post: SourcePost, empty: boolean): void {
    const sourceId = own(post.sourceId);
    this.posts.set(sourceId, {
      sourceId,
      threadId: own(post.threadId),
      parentSourceId: ownOptional(post.parentId),
      state: post.state,
      createdAt: ownOptional(post.createdAt),
      dateText: own(post.dateText),
      authorName: own(post.authorName),
      empty,
      line: post.at.line,
    });
  }

  get postCount(): number {
    return Math.max(this.postsRead, this.posts.size);
  }

  /** Decides every post's fate; called once, after the first pass. */
  resolve(): void {
    const kept = this.firstCut();
    const needed = this.neededPlaceholders(kept);
    for (const post of kept.values()) {
      if (post.state === 'deleted' && !needed.has(post.sourceId)) {
        this.skip(post, 'deleted_without_replies');
        kept.delete(post.sourceId);
      }
    }
    for (const post of kept.values()) this.place(post, kept, new Set());
    this.count();
    // The second pass needs the planned comments only: the shapes go (a third of the plan's memory).
    this.postsRead = this.posts.size;
    this.posts = new Map();
  }

  /** The planned comment of a source post, if it is imported. */
  commentOf(sourceId: string): PlannedComment | undefined {
    return this.comments.get(sourceId);
  }

  /** Spam, orphans, bad dates and empty texts out; what remains may be kept. */
  private firstCut(): Map<string, PostShape> {
    const kept = new Map<string, PostShape>();
    for (const post of this.posts.values()) {
      if (post.state === 'spam') this.skip(post, 'spam');
      else if (!this.threads.has(post.threadId))
        this.skip(post, 'orphan', `thread ${post.threadId} is not in the file`);
      else if (!post.createdAt) this.skip(post, 'bad_date', post.dateText);
      else if (post.empty && post.state !== 'deleted') this.skip(post, 'empty_body');
      else kept.set(post.sourceId, post);
    }
    return kept;
  }

  /** Deleted posts with a published reply somewhere below them, through the source's parents. */
  private neededPlaceholders(kept: Map<string, PostShape>): Set<string> {
    const needed = new Set<string>();
    for (const post of kept.values()) {
      if (post.state !== 'approved') continue;
      const seen = new Set<string>([post.sourceId]);
      let parent = this.parentOf(post);
      while (parent && !seen.has(parent.sourceId)) {
        seen.add(parent.sourceId);
        if (parent.state === 'deleted' && kept.has(parent.sourceId)) needed.add(parent.sourceId);
        parent = this.parentOf(parent);
      }
    }
    return needed;
  }

  /** The source's parent of a post, in the same thread; undefined at the top or when absent. */
  private parentOf(post: PostShape): PostShape | undefined {
    if (!post.parentSourceId) return undefined;
    const parent = this.posts.get(post.parentSourceId);
    return parent && parent.threadId === post.threadId ? parent : undefined;
  }

  /** Plans a kept post (and, first, its ancestors): its parent in Réagir, path and depth. */
  private place(
    post: PostShape,
    kept: Map<string, PostShape>,
    visiting: Set<string>,
  ): PlannedComment | undefined {
    const done = this.comments.get(post.sourceId);
    if (done || !kept.has(post.sourceId)) return done;
    if (visiting.has(post.sourceId)) {
      this.skip(post, 'parent_cycle', 'its parents lead back to it');
      kept.delete(post.sourceId);
      return undefined;
    }
    visiting.add(post.sourceId);
    const parent = this.threadParent(post, kept, visiting);
    const thread = this.threads.get(post.threadId) as PlannedThread;
    const id = importedCommentId(this.site, this.format, post.sourceId, post.createdAt as string);
    const planned: PlannedComment = {
      id,
      page: thread.page,
      parentId: null,
      path: id,
      depth: 0,
      status: post.state === 'pending' ? 'pending' : post.state === 'deleted' ? 'deleted' : 'approved',
      createdAt: post.createdAt as string,
      replyCount: 0,
      threadCount: 0,
    };
    if (parent && this.maxDepth > 0) {
      if (parent.planned.depth < this.maxDepth) {
        Object.assign(planned, {
          parentId: parent.planned.id,
          path: `${parent.planned.path}/${id}`,
          depth: parent.planned.depth + 1,
        });
      } else {
        // As a reader's reply at the deepest level: beside it, under the same parent, answering it.
        const ids = parent.planned.path.split('/').slice(0, this.maxDepth);
        Object.assign(planned, {
          parentId: ids.at(-1) ?? null,
          path: `${ids.join('/')}/${id}`,
          depth: this.maxDepth,
          replyTo: { id: parent.planned.id, name: parent.name },
        });
      }
    }
    visiting.delete(post.sourceId);
    this.comments.set(post.sourceId, planned);
    return planned;
  }

  /** The nearest ancestor that stays in the thread (published or a placeholder), planned. */
  private threadParent(post: PostShape, kept: Map<string, PostShape>, visiting: Set<string>) {
    if (post.parentSourceId && !this.parentOf(post)) {
      this.notes.push({
        sourceId: post.sourceId,
        line: post.line,
        note: 'parent_not_found',
        detail: `parent ${post.parentSourceId} is not in this thread of the file: imported at the top level`,
      });
      return undefined;
    }
    let ancestor = this.parentOf(post);
    let moved = false;
    const seen = new Set<string>();
    while (ancestor && !seen.has(ancestor.sourceId)) {
      seen.add(ancestor.sourceId);
      if (kept.has(ancestor.sourceId) && ancestor.state !== 'pending') {
        const planned = this.place(ancestor, kept, visiting);
        if (planned) {
          if (moved)
            this.notes.push({
              sourceId: post.sourceId,
              line: post.line,
              note: 'reparented',
              detail: `its parent ${post.parentSourceId} is not imported or not published: under ${ancestor.sourceId}`,
            });
          return { planned, name: importedName(ancestor.authorName) };
        }
      }
      moved = true;
      ancestor = this.parentOf(ancestor);
    }
    if (moved)
      this.notes.push({
        sourceId: post.sourceId,
        line: post.line,
        note: 'reparented',
        detail: `its parent ${post.parentSourceId} is not imported or not published: at the top level`,
      });
    return undefined;
  }

  /** Reply, thread and page counts, from the planned tree: published comments only, as when posted. */
  private count(): void {
    const byId = new Map<string, PlannedComment>();
    for (const planned of this.comments.values()) byId.set(planned.id, planned);
    for (const [sourceId, planned] of this.comments) {
      const thread = this.threads.get((this.posts.get(sourceId) as PostShape).threadId) as PlannedThread;
      if (!thread.firstAt || planned.createdAt < thread.firstAt) thread.firstAt = planned.createdAt;
      if (planned.status === 'pending') thread.pendingCount++;
      if (planned.status !== 'approved') continue;
      thread.commentCount++;
      const parent = planned.parentId ? byId.get(planned.parentId) : undefined;
      if (parent) parent.replyCount++;
      for (const ancestorId of planned.path.split('/').slice(0, -1)) {
        const ancestor = byId.get(ancestorId);
        if (ancestor) ancestor.threadCount++;
      }
    }
  }

  private skip(post: PostShape, reason: SkipReason, detail?: string): void {
    this.skips.push({ sourceId: post.sourceId, line: post.line, reason, detail });
  }
}
