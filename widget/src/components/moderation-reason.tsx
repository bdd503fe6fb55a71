/**
 * Components: for its author, why a comment is held or refused, in the page's language, from
 * the server's reason code. The texts are a chunk loaded with the first such comment.
 */
import type { CommentModeration } from '../../../functions/comments/types.js';
import { useLoaded } from '../hooks/use-loaded.js';
import { useI18n } from '../i18n/index.js';

const loadTexts = () => import('../i18n/reason-messages.js').catch(() => null);

/**
 * Nothing for a public comment; otherwise "Motif : …" under its header, and the statement of
 * reasons of a decision on notices that removed it (its author's view only carries one).
 */
export function ModerationReason({ moderation }: { moderation: CommentModeration | null }) {
  const { lang } = useI18n();
  const texts = useLoaded(loadTexts, !!moderation);
  if (!moderation || !texts) return null;
  const statement = moderation.statement;
  return (
    <>
      <p class="mu">{texts.reasonText(texts.reasonTexts[lang], moderation)}</p>
      {statement && (
        <details class="mu">
          <summary>{texts.statementLabels[lang][0]}</summary>
          {texts.statementLines(lang, statement).map((line) => (
            <p key={line}>{line}</p>
          ))}
        </details>
      )}
    </>
  );
}
