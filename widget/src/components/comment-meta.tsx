/**
 * Components: a comment's header: author, relative date (a permalink to the comment, with the
 * full date as a tooltip), "(modifié)" and the pending mark.
 */
import type { Comment } from '../../../functions/comments/types.js';
import { fullDate, relativeTime } from '../i18n/format.js';
import { useI18n } from '../i18n/index.js';

/** The line above a comment's text. */
export function CommentMeta({ comment }: { comment: Comment }) {
  const { t, lang } = useI18n();
  const deleted = comment.status === 'deleted';
  return (
    <p class="mt">
      {!deleted && <strong>{comment.author.name}</strong>}
      {comment.author.guest && !deleted && <span class="mu"> ({t.guest})</span>}{' '}
      <a class="mu" href={`#reagir-${comment.id}`}>
        <time dateTime={comment.createdAt} title={fullDate(comment.createdAt, lang)}>
          {relativeTime(comment.createdAt, Date.now(), lang)}
        </time>
      </a>
      {comment.editedAt && !deleted && <span class="mu"> {t.edited}</span>}
      {comment.status === 'pending' && <span class="pd">{t.pending}</span>}
    </p>
  );
}
