/**
 * CDK entry (cdk.json `app`): one stage per synth (`-c stage=NAME`), checked by cdk-nag.
 * `npx cdk synth` works offline, with no credentials and no lookups.
 */
import { App } from 'aws-cdk-lib';
import { ConfigError, loadConfig } from './config.js';
import { addNagChecks } from './nag.js';
import { composeStacks } from './stacks/compose.js';

const app = new App();
try {
  composeStacks(app, loadConfig(app.node));
} catch (error) {
  // A config mistake is the user's to fix: say what is wrong, without a stack trace.
  if (!(error instanceof ConfigError)) throw error;
  console.error(`\n${error.message}\n`);
  process.exit(1);
}
addNagChecks(app);
