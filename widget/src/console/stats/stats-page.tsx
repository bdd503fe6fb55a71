/** Console: the site's activity over the last 7, 30 or 90 days: the chart and its figures. */
import { useEffect, useId, useState } from 'preact/hooks';
import { type AnyErrorCode, errorCode } from '../../api/api-error.js';
import { type DayStats, readStats } from '../../api/moderation.js';
import { useConsoleText } from '../../i18n/console-index.js';
import { ConsoleError } from '../components/console-error.js';
import { useConsole } from '../console-context.js';
import { StatsChart } from './stats-chart.js';
import { StatsTable } from './stats-table.js';

const PERIODS = [7, 30, 90];

/** The period picker, the chart and, folded, the table. */
export function StatsPage() {
  const { api, site } = useConsole();
  const m = useConsoleText();
  const id = useId();
  const [period, setPeriod] = useState(30);
  const [days, setDays] = useState<DayStats[]>();
  const [error, setError] = useState<AnyErrorCode>();

  useEffect(() => {
    let current = true;
    setError(undefined);
    readStats(api, site, period).then(
      (answer) => current && setDays(answer.days),
      (failure: unknown) => current && setError(errorCode(failure)),
    );
    // A slower answer for the previous period must not replace this one.
    return () => {
      current = false;
    };
  }, [period]);

  return (
    <section aria-labelledby="stats-title">
      <h1 id="stats-title">{m.statsTitle}</h1>
      <p class="f">
        <label for={id}>{m.period}</label>{' '}
        <select id={id} value={period} onChange={(event) => setPeriod(Number(event.currentTarget.value))}>
          {PERIODS.map((n) => (
            <option key={n} value={n}>
              {m.lastDays(n)}
            </option>
          ))}
        </select>
      </p>
      <ConsoleError code={error} />
      {days && (
        <>
          <StatsChart days={days} />
          <details>
            <summary>{m.showData}</summary>
            <StatsTable days={days} />
          </details>
        </>
      )}
    </section>
  );
}
