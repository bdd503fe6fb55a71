/** `npm start`: the whole product on one machine, data kept under DATA_DIR between runs. */
// First: the unsubscribe links' key, before any handler module reads it.
import './local-secret.js';
import { resolve } from 'node:path';
import { startApp, startEmulators } from './stack.js';
import { removeStackFile, writeStackFile } from './stack-file.js';

const port = Number(process.env.PORT ?? 3000);
const dataDir = resolve(process.env.DATA_DIR ?? '.data');
const moderator = {
  email: process.env.DEV_MODERATOR_EMAIL ?? 'moderation@reagir.local',
  password: process.env.DEV_MODERATOR_PASSWORD ?? 'Moderation-2026!',
};
process.env.LOG_LEVEL ??= 'WARN';
// Reply alerts wait 1 minute here, not 10: a demo reply reaches the dev mailbox in a minute or two.
process.env.REPLY_ALERT_WAIT_SECONDS ??= '60';
// The SDK warns that its 2027 releases need Node 22; the pinned release runs on 20 (Lambda runs 22).
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

// The local stack has no AWS credentials: the built-in rules classify, whatever the shell says
// (a guardrail would fail every call and hold every comment). Handlers load at the first request.
delete process.env.GUARDRAIL_ID;
delete process.env.GUARDRAIL_VERSION;

const emulators = await startEmulators({ dataDir });
const app = await startApp(emulators, {
  port,
  widgetDir: resolve('dist/widget'),
  // As deployed: the shared first page and counts kept a few seconds, answers compressed.
  edgeCache: true,
  mailbox: emulators.mailbox,
  moderator,
});
// Lets `npm run site` reach this stack's tables while it runs, whatever DATA_DIR is.
writeStackFile(dataDir);
const base = app.url.replace('127.0.0.1', 'localhost');

console.log(`
Réagir runs locally (data in ${dataDir})
  demo article   ${base}/
  console        ${base}/console/
  API            ${base}/v1/health
  dev mailbox    ${base}/_dev/mail.html (reply alerts: ${process.env.REPLY_ALERT_WAIT_SECONDS} s after the first reply)
  webhooks       register ${app.url}/_dev/webhook in the console; received: ${base}/_dev/webhooks
  moderator      ${moderator.email} / ${moderator.password}
  two-step login TOTP from the console's Security page; cognito-local has no MFA_SETUP challenge
                 (MFA required at first sign-in) and does not check the code step's session
  classifier     built-in rules only (the Bedrock guardrail runs on AWS stages that turn it on)
  other origin   npm run site -- update demo --add-origin http://localhost:8080
Ctrl-C to stop.`);

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping…');
  removeStackFile(dataDir);
  await app.stop();
  await emulators.stop();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
