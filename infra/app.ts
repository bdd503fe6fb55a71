/** CDK entry (cdk.json `app`): `npx cdk synth` works offline, with no credentials and no lookups. */
import { App } from 'aws-cdk-lib';
import { composeStacks } from './stacks/compose.js';

composeStacks(new App());
