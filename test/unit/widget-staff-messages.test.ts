/** Unit: the staff menu says a colleague's earlier decision in both languages, as a sentence. */
import { describe, expect, it } from 'vitest';
import { staffMessages } from '../../widget/src/components/staff-messages.js';

describe('the staff menu’s conflict sentence', () => {
  it('names what was done, by whom and when, in French', () => {
    expect(staffMessages('fr').already('reject', 'Claire', 'il y a 10 secondes')).toBe(
      'Déjà refusé par Claire il y a 10 secondes.',
    );
  });

  it('names what was done, by whom and when, in English', () => {
    expect(staffMessages('en').already('spam', 'Claire', '10 seconds ago')).toBe(
      'Already marked as spam by Claire 10 seconds ago.',
    );
  });

  it('says "changed" for an action it does not name, and leaves out a missing name', () => {
    expect(staffMessages('fr').already('pin', '', 'il y a 2 minutes')).toBe('Déjà changé il y a 2 minutes.');
  });
});
