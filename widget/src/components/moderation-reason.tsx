/**
 * Components: for its author, why a comment is held or refused, in the page's language, from
 * the server's reason code. The texts are a chunk loaded with the first such comment.
 */
import type { CommentModeration } from '../../../functions/comments/types.js';
import { useLoaded } from '../hooks/use-loaded.js';
import { useI18n } from '../i18n/index.js';

const loadTexts = () => import('../i18n/reason-messages.js').catch(() => null);

/** Nothing for a public comment; otherwise "Motif : …" under its header. */
export function ModerationReason({ moderation }: { moderation: CommentModeration | null }) {
  const { lang } = useI18n();
  const texts = useLoaded(loadTexts, !!moderation);
  if (!moderation || !texts) return null;
  return <p class="mu">{texts.reasonText(texts.reasonTexts[lang], moderation)}</p>;
}
