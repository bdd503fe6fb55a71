/**
 * Console: an error's message. The few codes whose reader-facing wording misleads a moderator
 * (a conflict is someone else's decision, not "our side") get the console's; the others go to
 * the widget's shared ErrorText.
 */
import type { AnyErrorCode } from '../../api/api-error.js';
import { ErrorText } from '../../components/error-text.js';
import { useConsoleText } from '../../i18n/console-index.js';

/** Nothing without an error; otherwise its message in an alert region. */
export function ConsoleError({ code }: { code: AnyErrorCode | undefined }) {
  const { errors } = useConsoleText();
  const own = code ? (errors as Partial<Record<AnyErrorCode, string>>)[code] : undefined;
  if (!own) return <ErrorText code={code} />;
  return (
    <p class="er" role="alert">
      {own}
    </p>
  );
}
