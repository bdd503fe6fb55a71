/** Console: an author's bans and lifted bans on the site, newest first, from the audit log. */
import type { LogEntry } from '../../api/moderation.js';
import { fullDate } from '../../i18n/format.js';
import { useI18n } from '../../i18n/index.js';
import { authorMessages } from './author-messages.js';

/** The list of `ban` and `unban` entries, with who did it, when, and why. */
export function BanHistory({ entries }: { entries: LogEntry[] }) {
  const { lang } = useI18n();
  const a = authorMessages(lang);
  const what = (entry: LogEntry) => {
    if (entry.action === 'unban') return a.unbanEntry;
    if (entry.until === 'forever') return a.forever;
    return a.banEntry(entry.until && fullDate(entry.until, lang));
  };
  return (
    <>
      <h3>{a.banHistory}</h3>
      {entries.length ? (
        <ol class="ban-history">
          {entries.map((entry) => (
            <li key={`${entry.at}${entry.action}`}>
              {what(entry)} <span class="muted">{a.by(entry.actorName, fullDate(entry.at, lang))}</span>
              {entry.reason && ` — ${entry.reason}`}
            </li>
          ))}
        </ol>
      ) : (
        <p class="muted">{a.noBans}</p>
      )}
    </>
  );
}
