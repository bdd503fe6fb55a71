/** i18n: dates and numbers through Intl, in the page's language. */
import type { Lang } from './messages.js';

// Each unit and how many of it make the next one; a week counts as 7 days, a month as ~4.35 weeks.
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** "il y a 5 minutes" / "5 minutes ago": how long ago `iso` was at `now` (epoch ms). */
export function relativeTime(iso: string, now: number, lang: Lang): string {
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  // A server clock slightly ahead of the reader's must not give "in 3 seconds".
  let value = Math.min(0, (Date.parse(iso) - now) / 1000);
  // Under a minute reads as "maintenant" / "now": counting seconds would only be noise.
  if (value > -60) return format.format(0, 'second');
  for (const [unit, size] of UNITS) {
    if (Math.abs(value) < size) return format.format(Math.round(value), unit);
    value /= size;
  }
  return '';
}

/** The full date and time, for a tooltip. */
export const fullDate = (iso: string, lang: Lang): string =>
  new Date(iso).toLocaleString(lang, { dateStyle: 'long', timeStyle: 'short' });

/** A calendar day (`2026-12-02`) in the page's language: "2 décembre 2026", "December 2, 2026". */
export const formatDay = (day: string, lang: Lang, month: 'short' | 'long' = 'long'): string =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString(lang, {
    day: 'numeric',
    month,
    ...(month === 'long' ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  });

/** A count in the page's language ("1 234" in French). */
export const formatNumber = (n: number, lang: Lang): string => n.toLocaleString(lang);
