/**
 * Console: comments received and decisions reached per day, as plain inline SVG (no chart
 * library: a few rectangles do). Each day has two bars: received, and decisions stacked by
 * outcome (published, rejected, spam). The figures are also given as a table for screen readers.
 */
import { useId } from 'preact/hooks';
import type { DayStats } from '../../api/moderation.js';
import { useConsoleText } from '../../i18n/console-index.js';
import { formatDay, formatNumber } from '../../i18n/format.js';
import { useI18n } from '../../i18n/index.js';

const HEIGHT = 160;
const SLOT = 24;
const LEFT = 32;
const BOTTOM = 20;
// Room for the last date label, centred under the last day.
const RIGHT = 16;
const OUTCOMES = ['approved', 'rejected', 'spam'] as const;

const decided = (day: DayStats) => day.approved + day.rejected + day.spam;

/** The chart of `days`, oldest on the left. */
export function StatsChart({ days }: { days: DayStats[] }) {
  const { lang } = useI18n();
  const m = useConsoleText();
  const id = useId();
  const top = Math.max(1, ...days.map((day) => Math.max(day.posted, decided(day))));
  const scale = (n: number) => (n / top) * (HEIGHT - BOTTOM - 8);
  const base = HEIGHT - BOTTOM;
  // Dates under every other day of a week, one day a week otherwise, counted back from today: a
  // label is wider than a day's slot.
  const step = days.length <= 7 ? 2 : 7;
  const width = LEFT + days.length * SLOT + RIGHT;
  const label = (day: string) => formatDay(day, lang, 'short');
  const summary = m.chartSummary(
    days.length,
    days.reduce((n, day) => n + day.posted, 0),
    days.reduce((n, day) => n + day.approved, 0),
  );
  return (
    <figure class="chart">
      <svg
        viewBox={`0 0 ${width} ${HEIGHT}`}
        preserveAspectRatio="xMinYMid meet"
        role="img"
        aria-labelledby={`${id}t`}
        aria-describedby={`${id}d`}
      >
        <title id={`${id}t`}>{m.statsTitle}</title>
        <line class="chart__axis" x1={LEFT} x2={width - RIGHT} y1={base} y2={base} />
        <text class="chart__tick" x={LEFT - 4} y={base - scale(top) + 4} text-anchor="end">
          {formatNumber(top, lang)}
        </text>
        {days.map((day, i) => {
          const x = LEFT + i * SLOT + 3;
          let y = base;
          return (
            <g key={day.day}>
              <rect
                class="series-posted"
                x={x}
                y={base - scale(day.posted)}
                width={8}
                height={scale(day.posted)}
              />
              {OUTCOMES.map((outcome) => {
                y -= scale(day[outcome]);
                return (
                  <rect
                    key={outcome}
                    class={`series-${outcome}`}
                    x={x + 9}
                    y={y}
                    width={8}
                    height={scale(day[outcome])}
                  />
                );
              })}
              {(days.length - 1 - i) % step === 0 && (
                <text class="chart__tick" x={x + 8} y={HEIGHT - 4} text-anchor="middle">
                  {label(day.day)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul class="chart__legend">
          {(['posted', ...OUTCOMES] as const).map((series) => (
            <li key={series}>
              <span class={`chart__swatch series-${series}`} aria-hidden="true" /> {m.series[series]}
            </li>
          ))}
        </ul>
        <p id={`${id}d`} class="muted">
          {summary}
        </p>
      </figcaption>
    </figure>
  );
}
