/**
 * Components: a comment's header: author, relative date (a permalink to the comment, with the
 * full date as a tooltip), "Modération" for a staff member's, the badges a publisher's sign-in gave
 * its reader ("Abonné", as text), "(modifié)", "Épinglé", and for its
 * author the moderation status of a comment the public does not see ("en attente de modération",
 * "refusé"; the reason is a chunk's, see moderation-reason.tsx).
 */
import type { Comment } from '../../../functions/comments/types.js';
import { fullDate, relativeTime } from '../i18n/format.js';
import type { I18n } from '../i18n/messages.js';

/**
 * The line above a comment's text. It takes the language and catalogue as props (no context, no
 * hook): the entry script draws it before the interactive chunk (and Preact's hooks) arrive.
 */
export function CommentMeta({ comment, t, lang }: { comment: Comment } & I18n) {
  const { status, author } = comment;
  const deleted = status === 'deleted';
  const refused = status === 'rejected' || status === 'spam';
  return (
    <p class="mt">
      {!deleted && <strong>{author.name}</strong>}
      {author.guest && !deleted && <span class="mu"> ({t.guest})</span>}
      {author.staff && <span class="pd">{t.staff}</span>}
      {!deleted && author.badges?.map((badge) => <span class="pd">{badge}</span>)}{' '}
      <a class="mu" href={`#reagir-${comment.id}`}>
        <time dateTime={comment.createdAt} title={fullDate(comment.createdAt, lang)}>
          {relativeTime(comment.createdAt, Date.now(), lang)}
        </time>
      </a>
      {comment.editedAt && !deleted && <span class="mu"> {t.edited}</span>}
      {comment.pinned && <span class="pd">{t.pinned}</span>}
      {status === 'pending' && <span class="pd">{t.pending}</span>}
      {refused && <span class="pd">{t.rejected}</span>}
    </p>
  );
}
