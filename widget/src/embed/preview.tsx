/**
 * Embed: the thread as the entry script draws it, before the interactive chunk arrives: heading
 * and count, the article's reactions, the text box (plain, bound to the main draft, so nothing typed is
 * lost), the pinned comments and the thread with their replies, dates, links, moderation marks
 * and reaction counts. No hooks, no state: the entry draws it again when the data comes, and the
 * chunk's App takes its place (keeping what was typed, and the focus) as soon as it is there.
 */
import type { Comment, ReaderList } from '../../../functions/comments/types.js';
import { CommentMeta } from '../components/comment-meta.js';
import { CommentText } from '../components/comment-text.js';
import { ReactionCounts } from '../components/reaction-counts.js';
import { Unavailable } from '../components/unavailable.js';
import { formatNumber } from '../i18n/format.js';
import type { I18n } from '../i18n/messages.js';
import { pinnedFirst } from '../lib/pinned-first.js';
import type { EmbedOptions } from './options.js';

/** Props of Preview. */
export interface PreviewProps extends I18n {
  options: EmbedOptions;
  /** The first page, once it came. */
  list?: ReaderList;
  /** The text typed so far (the saved draft, then the reader's keystrokes). */
  body: string;
  onBody(body: string): void;
  /** The reader turns to the text box. */
  onFocus(): void;
  /** The first page failed: "indisponibles" and "Réessayer" instead of the thread. */
  failed?: boolean;
  onRetry(): void;
}

/** The static widget. */
export function Preview(props: PreviewProps) {
  const { list, t, lang } = props;
  const summary = list?.page;
  const types = list?.site.reactionTypes ?? [];
  const item = (comment: Comment) => (
    <li>
      <article id={`reagir-${comment.id}`} tabIndex={-1} class="c">
        <CommentMeta comment={comment} t={t} lang={lang} />
        {comment.status === 'deleted' ? (
          <p class="tx dl">{t.deleted}</p>
        ) : (
          <CommentText text={comment.body} />
        )}
        {comment.status === 'approved' && (
          <ReactionCounts types={types} counts={comment.reactions} t={t} lang={lang} />
        )}
      </article>
      {comment.replies.length > 0 && <ol class="rp">{comment.replies.map(item)}</ol>}
    </li>
  );
  return (
    <section class="r" data-theme={props.options.theme} lang={lang} aria-labelledby="rh">
      <header class="hd">
        <h2 id="rh">{t.count(list ? formatNumber(summary?.commentCount ?? 0, lang) : '')}</h2>
      </header>
      {summary && <ReactionCounts types={types} counts={summary.reactions} t={t} lang={lang} />}
      {summary?.closed ? (
        <p class="mu">{t.closed}</p>
      ) : (
        // The main box's draft; a reply's comes back with the chunk, under its comment.
        !props.failed && (
          <form class="fm">
            <label for="rt" class="lt">
              {t.title}
            </label>
            <textarea
              id="rt"
              rows={4}
              value={props.body}
              onFocus={props.onFocus}
              onInput={(event) => props.onBody(event.currentTarget.value)}
            />
          </form>
        )
      )}
      {props.failed ? <Unavailable t={t} onRetry={props.onRetry} /> : !list && <p class="mu">{t.loading}</p>}
      {list && !list.comments.length && !summary?.pinned.length && <p class="mu">{t.empty}</p>}
      <ol class="th">{pinnedFirst(list?.comments ?? [], summary?.pinned ?? []).map(item)}</ol>
    </section>
  );
}
