/** Console: the activity figures as a table, the chart's text equivalent. */
import type { DayStats } from '../../api/moderation.js';
import { useConsoleText } from '../../i18n/console-index.js';
import { formatDay, formatNumber } from '../../i18n/format.js';
import { useI18n } from '../../i18n/index.js';

const SERIES = ['posted', 'approved', 'rejected', 'spam'] as const;

/** One row per day, newest first: what a moderator looks up is usually recent. */
export function StatsTable({ days }: { days: DayStats[] }) {
  const { lang } = useI18n();
  const m = useConsoleText();
  return (
    <div class="table-scroll">
      <table class="data-table">
        <thead>
          <tr>
            <th scope="col">{m.day}</th>
            {SERIES.map((series) => (
              <th key={series} scope="col">
                {m.series[series]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...days].reverse().map((day) => (
            <tr key={day.day}>
              <th scope="row">
                <time dateTime={day.day}>{formatDay(day.day, lang)}</time>
              </th>
              {SERIES.map((series) => (
                <td key={series}>{formatNumber(day[series], lang)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
