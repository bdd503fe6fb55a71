/**
 * The sources' dates read strictly: an explicit, real date becomes ISO 8601 UTC; anything else
 * is left for the report.
 */
import { describe, expect, it } from 'vitest';
import { isoFromZonedDate, isoFromZonelessDate } from '../../../functions/archive/sources/dates.js';

describe('isoFromZonedDate', () => {
  it.each([
    ['2013-02-11T10:22:33Z', '2013-02-11T10:22:33.000Z'],
    ['2013-02-11T10:22:33.5Z', '2013-02-11T10:22:33.500Z'],
    ['2013-02-11T12:22:33+02:00', '2013-02-11T10:22:33.000Z'],
    ['2013-02-11T05:22:33-0500', '2013-02-11T10:22:33.000Z'],
    ['2013-12-31T23:30:00-01:00', '2014-01-01T00:30:00.000Z'],
    ['2012-02-29T00:00:00Z', '2012-02-29T00:00:00.000Z'],
  ])('reads %s', (text, iso) => {
    expect(isoFromZonedDate(text)).toBe(iso);
  });

  it.each([
    '2013-02-30T10:00:00Z',
    '2013-02-29T10:00:00Z',
    '2013-13-01T10:00:00Z',
    '2013-02-11T24:00:00Z',
    '2013-02-11T10:22:33',
    '2013-02-11',
    '11/02/2013 10:22',
    '1360578153',
    '0000-00-00T00:00:00Z',
    '',
  ])('refuses %j', (text) => {
    expect(isoFromZonedDate(text)).toBeUndefined();
  });
});

describe('isoFromZonelessDate', () => {
  it('reads a WordPress date as UTC', () => {
    expect(isoFromZonelessDate('2013-02-11 10:22:33')).toBe('2013-02-11T10:22:33.000Z');
  });

  it.each(['0000-00-00 00:00:00', '2013-02-31 10:00:00', '2013-02-11T10:22:33Z', '2013-02-11', ''])(
    'refuses %j',
    (text) => {
      expect(isoFromZonelessDate(text)).toBeUndefined();
    },
  );
});
