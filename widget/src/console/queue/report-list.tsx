/**
 * Console: what readers said of a queued comment: each report of the current round (reason, who,
 * their words) and each open notice of illegal content (the notifier, their explanation, the text
 * as they saw it), with the button that opens the decision on the notices. Readers' words are
 * rendered as text nodes only.
 */
import type { QueueItem, ReportReason } from '../../api/moderation.js';
import { CommentText } from '../../components/comment-text.js';
import { useConsoleText } from '../../i18n/console-index.js';
import { fullDate, relativeTime } from '../../i18n/format.js';
import { useI18n } from '../../i18n/index.js';

/** The reports and notices of `item`; nothing when it has none. */
export function ReportList({ item, onDecide }: { item: QueueItem; onDecide(): void }) {
  const m = useConsoleText();
  const n = m.noticeTexts;
  const { lang } = useI18n();
  const { reports, notices } = item;
  const when = (at: string) => (
    <time class="muted" dateTime={at} title={fullDate(at, lang)}>
      {relativeTime(at, Date.now(), lang)}
    </time>
  );
  return (
    <>
      {reports.items.length > 0 && (
        <ul class="queue-item__report-list" aria-label={n.reportList}>
          {reports.items.map((report) => (
            <li key={report.at + (report.reporter.name ?? '')}>
              <strong>{m.reportReasons[report.reason as ReportReason] ?? report.reason}</strong>
              {' · '}
              {n.reporter(report.reporter.name, report.reporter.guest)} {when(report.at)}
              {report.text && <q class="tx">{report.text}</q>}
            </li>
          ))}
        </ul>
      )}
      {notices.count > 0 && (
        <section class="queue-item__notices" aria-label={n.title(notices.count)}>
          <p>
            <strong>{n.title(notices.count)}</strong>
          </p>
          <ul>
            {notices.items.map((notice) => (
              <li key={notice.at + (notice.reporter.name ?? '')}>
                <p>
                  {n.reporter(notice.reporter.name, notice.reporter.guest)} {when(notice.at)}
                  {notice.exemptOffence && <span class="badge">{n.exempt}</span>}
                </p>
                <p>
                  {n.explanation} <q class="tx">{notice.text}</q>
                </p>
                <details>
                  <summary>{n.seen}</summary>
                  <CommentText text={notice.seen.body} />
                </details>
              </li>
            ))}
          </ul>
          <button type="button" class="primary" onClick={onDecide}>
            {n.decide}
          </button>
        </section>
      )}
    </>
  );
}
