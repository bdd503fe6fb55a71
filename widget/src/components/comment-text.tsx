/**
 * Components: a comment's text, rendered as text nodes only. http(s) URLs become links that pass
 * no authority (`nofollow ugc`) and no window handle (`noopener`); nothing else is interpreted, and
 * line breaks are kept by CSS (`white-space: pre-wrap`), so no markup is ever built from it.
 */
import { tokenizeText } from '../lib/link-tokens.js';

/** The body of a comment. */
export function CommentText({ text }: { text: string }) {
  return (
    <p class="tx">
      {tokenizeText(text).map((token) =>
        token.href ? (
          <a href={token.href} rel="nofollow ugc noopener" target="_blank">
            {token.text}
          </a>
        ) : (
          token.text
        ),
      )}
    </p>
  );
}
