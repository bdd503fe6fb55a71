import { describe, expect, it } from 'vitest';
import { relativeTime } from '../../widget/src/i18n/format.js';

const now = Date.parse('2026-11-28T15:00:00.000Z');
const ago = (seconds: number) => new Date(now - seconds * 1000).toISOString();

describe('widget: relative dates', () => {
  it('says "il y a 5 minutes" in French and "5 minutes ago" in English', () => {
    expect(relativeTime(ago(5 * 60), now, 'fr')).toBe('il y a 5 minutes');
    expect(relativeTime(ago(5 * 60), now, 'en')).toBe('5 minutes ago');
  });

  it('says "maintenant" under a minute, and for a date slightly in the future', () => {
    expect(relativeTime(ago(20), now, 'fr')).toBe('maintenant');
    expect(relativeTime(ago(-30), now, 'fr')).toBe('maintenant');
  });

  it('moves to hours, days, weeks, months and years', () => {
    expect(relativeTime(ago(3 * 3600), now, 'fr')).toBe('il y a 3 heures');
    expect(relativeTime(ago(24 * 3600), now, 'fr')).toBe('hier');
    expect(relativeTime(ago(3 * 86400), now, 'fr')).toBe('il y a 3 jours');
    expect(relativeTime(ago(14 * 86400), now, 'fr')).toBe('il y a 2 semaines');
    expect(relativeTime(ago(90 * 86400), now, 'fr')).toBe('il y a 3 mois');
    expect(relativeTime(ago(800 * 86400), now, 'fr')).toBe('il y a 2 ans');
  });
});
