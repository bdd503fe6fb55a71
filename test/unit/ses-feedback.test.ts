/** SES feedback: which addresses a bounce or complaint event stops alerting. */
import { describe, expect, it } from 'vitest';
import { stoppedAddresses } from '../../functions/events/ses-feedback.js';

const bounce = (bounceType: string) =>
  JSON.stringify({
    eventType: 'Bounce',
    bounce: { bounceType, bouncedRecipients: [{ emailAddress: 'gone@example.org' }] },
  });

describe('stoppedAddresses', () => {
  it('stops every recipient of a permanent bounce', () => {
    expect(stoppedAddresses(bounce('Permanent'))).toEqual([{ email: 'gone@example.org', reason: 'bounce' }]);
  });

  it('stops nothing on a transient bounce', () => {
    expect(stoppedAddresses(bounce('Transient'))).toEqual([]);
  });

  it('stops a complainer', () => {
    const complaint = JSON.stringify({
      eventType: 'Complaint',
      complaint: { complainedRecipients: [{ emailAddress: 'angry@example.org' }] },
    });
    expect(stoppedAddresses(complaint)).toEqual([{ email: 'angry@example.org', reason: 'complaint' }]);
  });

  it('ignores deliveries, malformed and foreign messages', () => {
    expect(stoppedAddresses(JSON.stringify({ eventType: 'Delivery' }))).toEqual([]);
    expect(stoppedAddresses('not json')).toEqual([]);
    expect(stoppedAddresses(JSON.stringify({ eventType: 'Bounce' }))).toEqual([]);
  });
});
