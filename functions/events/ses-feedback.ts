/**
 * Events: what SES says of a sent mail (a configuration set's event, via SNS), read as the
 * addresses to stop alerting: every recipient of a permanent bounce, every complainer. Transient
 * bounces (a full mailbox) stop nothing.
 */
import * as z from 'zod/mini';

const recipients = z.array(z.object({ emailAddress: z.string() }));

const sesEvent = z.object({
  eventType: z.string(),
  bounce: z.optional(z.object({ bounceType: z.string(), bouncedRecipients: recipients })),
  complaint: z.optional(z.object({ complainedRecipients: recipients })),
});

/** The addresses an SES event stops, and why; none for any other event or a transient bounce. */
export function stoppedAddresses(message: string): { email: string; reason: 'bounce' | 'complaint' }[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(message);
  } catch {
    return [];
  }
  const event = sesEvent.safeParse(parsed);
  if (!event.success) return [];
  const { eventType, bounce, complaint } = event.data;
  if (eventType === 'Bounce' && bounce?.bounceType === 'Permanent')
    return bounce.bouncedRecipients.map((r) => ({ email: r.emailAddress, reason: 'bounce' as const }));
  if (eventType === 'Complaint' && complaint)
    return complaint.complainedRecipients.map((r) => ({
      email: r.emailAddress,
      reason: 'complaint' as const,
    }));
  return [];
}
