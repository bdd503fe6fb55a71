import { describe, expect, it } from 'vitest';
import { since } from '../../widget/src/console/queue/conflict-note.js';
import { consoleEn } from '../../widget/src/i18n/console-en.js';
import { consoleFr } from '../../widget/src/i18n/console-fr.js';

const now = Date.parse('2026-12-02T10:00:00.000Z');
const ago = (seconds: number) => new Date(now - seconds * 1000).toISOString();

describe('console: who decided first', () => {
  it('says "Déjà refusé par Claire il y a 10 secondes" in French and its English twin', () => {
    expect(consoleFr.decidedBy('reject', 'Claire', since(ago(10), now, 'fr'))).toBe(
      'Déjà refusé par Claire il y a 10 secondes.',
    );
    expect(consoleEn.decidedBy('reject', 'Claire', since(ago(10), now, 'en'))).toBe(
      'Already rejected by Claire 10 seconds ago.',
    );
  });

  it('counts seconds under a minute, never "now", and minutes after', () => {
    expect(since(ago(0), now, 'fr')).toBe('il y a 1 seconde');
    expect(since(ago(-3), now, 'en')).toBe('1 second ago');
    expect(since(ago(120), now, 'fr')).toBe('il y a 2 minutes');
  });

  it('names spam, a change that was no decision, and leaves out the name of a deleted account', () => {
    expect(consoleFr.decidedBy('spam', 'Claire', 'il y a 5 secondes')).toBe(
      'Déjà marqué comme spam par Claire il y a 5 secondes.',
    );
    expect(consoleEn.decidedBy(undefined, 'pipeline', '5 seconds ago')).toBe(
      'Already changed by pipeline 5 seconds ago.',
    );
    expect(consoleFr.decidedBy('delete', '', 'il y a 5 secondes')).toBe('Déjà supprimé il y a 5 secondes.');
  });
});
