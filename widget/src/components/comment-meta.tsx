/**
 * Components: a comment's header: author, relative date (a permalink to the comment, with the
 * full date as a tooltip), "(modifié)", "Épinglé", and for its author the moderation status of a
 * comment the public does not see ("en attente de modération", "refusé" and the reason).
 */
import type { Comment } from '../../../functions/comments/types.js';
import { fullDate, relativeTime } from '../i18n/format.js';
import { useI18n } from '../i18n/index.js';

/** The line above a comment's text. */
export function CommentMeta({ comment }: { comment: Comment }) {
  const { t, lang } = useI18n();
  const { status, author, moderation } = comment;
  const deleted = status === 'deleted';
  const refused = status === 'rejected' || status === 'spam';
  return (
    <p class="mt">
      {!deleted && <strong>{author.name}</strong>}
      {author.guest && !deleted && <span class="mu"> ({t.guest})</span>}{' '}
      <a class="mu" href={`#reagir-${comment.id}`}>
        <time dateTime={comment.createdAt} title={fullDate(comment.createdAt, lang)}>
          {relativeTime(comment.createdAt, Date.now(), lang)}
        </time>
      </a>
      {comment.editedAt && !deleted && <span class="mu"> {t.edited}</span>}
      {comment.pinned && <span class="pd">{t.pinned}</span>}
      {status === 'pending' && <span class="pd">{t.pending}</span>}
      {refused && <span class="pd">{t.rejected(moderation?.reason ?? '')}</span>}
    </p>
  );
}
