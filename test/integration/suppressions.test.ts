/** Suppressions on DynamoDB Local: an SES hard bounce or complaint stops alerts to the address. */
import type { SNSEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { handler } from '../../functions/events/ses-feedback-handler.js';
import { isSuppressed } from '../../functions/events/suppressions.js';
import { useTestApp } from '../support/use-test-app.js';

useTestApp();

const snsOf = (message: object): SNSEvent =>
  ({ Records: [{ Sns: { Message: JSON.stringify(message) } }] }) as unknown as SNSEvent;

describe('the SES feedback handler', () => {
  it('stops alerts to a hard-bouncing address, whatever its case, and not to others', async () => {
    const email = `Gone-${Date.now()}@Example.org`;
    await handler(
      snsOf({
        eventType: 'Bounce',
        bounce: { bounceType: 'Permanent', bouncedRecipients: [{ emailAddress: email }] },
      }),
    );
    expect(await isSuppressed(email.toLowerCase())).toBe(true);
    expect(await isSuppressed(`other-${Date.now()}@example.org`)).toBe(false);
  });

  it('stops a complainer but not a transient bounce', async () => {
    const full = `full-${Date.now()}@example.org`;
    const angry = `angry-${Date.now()}@example.org`;
    await handler(
      snsOf({
        eventType: 'Bounce',
        bounce: { bounceType: 'Transient', bouncedRecipients: [{ emailAddress: full }] },
      }),
    );
    await handler(
      snsOf({ eventType: 'Complaint', complaint: { complainedRecipients: [{ emailAddress: angry }] } }),
    );
    expect(await isSuppressed(full)).toBe(false);
    expect(await isSuppressed(angry)).toBe(true);
  });
});
