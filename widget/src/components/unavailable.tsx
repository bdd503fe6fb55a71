/**
 * Components: what a reader sees when the thread's first page could not load (the API is out of
 * reach, or the page's origin is not one the site allows): a short message and "Réessayer". No
 * hooks: the entry's preview draws it too, before the interactive chunk.
 */
import type { Messages } from '../i18n/messages.js';

/** The message and its retry button. */
export function Unavailable({ t, onRetry }: { t: Messages; onRetry(): void }) {
  return (
    <p class="er" role="alert">
      {t.unavailable}{' '}
      <button type="button" onClick={onRetry}>
        {t.retry}
      </button>
    </p>
  );
}
