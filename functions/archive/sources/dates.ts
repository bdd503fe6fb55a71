/**
 * Archive: the sources' dates read strictly into ISO 8601 UTC. Only an explicit, real date is
 * taken (no `Date.parse` guessing, no 31 February rolled into March); anything else gives
 * undefined and the reader keeps the text for the report.
 */

/** Disqus' `2013-02-11T10:22:33Z`, also with fractions or an offset (`+02:00`, `+0200`). */
const OFFSET_DATE =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:(Z)|([+-])(\d{2}):?(\d{2}))$/i;
/** WordPress' `2013-02-11 10:22:33`, a date without zone. */
const ZONELESS_DATE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/**
 * The instant, if every field is in range. Years before 1000 are not comment dates (and
 * `Date.UTC` would read 0–99 as 1900–1999): WordPress writes `0000-00-00 00:00:00` for "none".
 */
function utc(fields: string[], milliseconds = 0): number | undefined {
  const [year, month, day, hour, minute, second] = fields.map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (year < 1000 || hour > 23 || minute > 59 || second > 59) return undefined;
  const time = Date.UTC(year, month - 1, day, hour, minute, second, milliseconds);
  const date = new Date(time);
  // A day or month out of range rolls over: the date read back differs.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return time;
}

/** An ISO 8601 date with a zone (`Z` or an offset), as ISO 8601 UTC with milliseconds. */
export function isoFromZonedDate(text: string): string | undefined {
  const match = OFFSET_DATE.exec(text.trim());
  if (!match) return undefined;
  const [, y = '', mo = '', d = '', h = '', mi = '', s = '', fraction, zulu, sign, offH = '0', offM = '0'] =
    match;
  const time = utc([y, mo, d, h, mi, s], fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0);
  if (time === undefined) return undefined;
  const offsetMinutes = zulu ? 0 : (sign === '-' ? -1 : 1) * (Number(offH) * 60 + Number(offM));
  if (Number(offH) > 23 || Number(offM) > 59) return undefined;
  return new Date(time - offsetMinutes * 60_000).toISOString();
}

/** A `YYYY-MM-DD HH:MM:SS` date read as UTC, as ISO 8601 UTC with milliseconds. */
export function isoFromZonelessDate(text: string): string | undefined {
  const match = ZONELESS_DATE.exec(text.trim());
  if (!match) return undefined;
  const time = utc(match.slice(1));
  return time === undefined ? undefined : new Date(time).toISOString();
}
