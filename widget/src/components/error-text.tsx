/** Components: the translated message of an error code, announced as soon as it appears. */
import type { AnyErrorCode } from '../api/api-error.js';
import { useI18n } from '../i18n/index.js';

/** Nothing without an error; otherwise its message in an alert region. */
export function ErrorText({ code }: { code: AnyErrorCode | undefined }) {
  const { t } = useI18n();
  if (!code) return null;
  // A code newer than this widget still gets a message a person can act on.
  return (
    <p class="er" role="alert">
      {t.errors[code] ?? t.errors.unknown_error}
    </p>
  );
}
