/**
 * Test support for the events kill-and-restart test: a process of its own running the real stream
 * reader, events handler, ledger and SES mailer on the test's table, with one rider of the test's:
 * each created comment mails `<comment id>@example.org`. With `CRASH_AT=N` the N-th send kills the
 * process (SIGKILL) after its effect was claimed and before the mail left: mid-batch, mid-effect.
 */

import { handler } from '../../../functions/events/handler.js';
import { registerKind } from '../../../functions/events/perform.js';
import { planners } from '../../../functions/events/riders.js';
import { runSchedule } from '../../../functions/events/schedule-handler.js';
import { startStreamReader } from '../../../functions/local/stream-reader.js';
import { sendMail } from '../../../functions/shared/mail/mailer.js';

const crashAt = Number(process.env.CRASH_AT ?? 0);
let sends = 0;

planners.push(async (event) =>
  event.type === 'comment.created'
    ? [
        {
          key: 'probe-mail',
          kind: 'probe-mail',
          payload: { to: `${event.commentId.toLowerCase()}@example.org` },
        },
      ]
    : [],
);
registerKind('probe-mail', {
  retryDelays: [1, 1, 1],
  async perform(payload) {
    if (crashAt && ++sends === crashAt) process.kill(process.pid, 'SIGKILL');
    await sendMail({ to: String(payload.to), kind: 'probe', subject: 'Probe', text: String(payload.to) });
    return { status: 'sent' };
  },
});

await startStreamReader({
  endpoint: String(process.env.DYNAMODB_ENDPOINT),
  table: String(process.env.COMMENTS_TABLE),
  handle: handler,
  checkpointFile: process.env.CHECKPOINT_FILE,
  batchSize: 25,
});
// The schedule, fast: attempts cut short by a crash are taken up once their lease ends.
setInterval(() => void runSchedule().catch(() => undefined), 500);
console.log('ready');
