/**
 * Components: the translated message of an error code, announced as soon as it appears. The
 * messages are a chunk loaded with the first error; if even that fails (the network is down),
 * the catalogue's general message stands in.
 */
import type { AnyErrorCode, AnyErrorParams } from '../api/api-error.js';
import { useLoaded } from '../hooks/use-loaded.js';
import { loadErrors, useI18n } from '../i18n/index.js';

/** Nothing without an error; otherwise its message (with its parameters) in an alert region. */
export function ErrorText({ code, params }: { code: AnyErrorCode | undefined; params?: AnyErrorParams }) {
  const { t, lang } = useI18n();
  const errors = useLoaded(() => loadErrors(lang).catch(() => null), !!code);
  if (!code || errors === undefined) return null;
  // A code newer than this widget still gets a message a person can act on.
  const message = errors ? (errors[code] ?? errors.unknown_error) : t.failed;
  return (
    <p class="er" role="alert">
      {typeof message === 'function' ? (message as (p: AnyErrorParams) => string)(params ?? {}) : message}
    </p>
  );
}
