/**
 * Events: the Lambda on the mail set's feedback topic (infra/constructs/events.ts): hard bounces
 * and complaints stop alerts to their addresses.
 */
import type { SNSEvent } from 'aws-lambda';
import { stoppedAddresses } from './ses-feedback.js';
import { suppress } from './suppressions.js';

export const handler = async (event: SNSEvent): Promise<void> => {
  for (const record of event.Records)
    for (const { email, reason } of stoppedAddresses(record.Sns.Message)) await suppress(email, reason);
};
