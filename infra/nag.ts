/**
 * cdk-nag: runs the AwsSolutions pack over the app (at `cdk synth` and in test/infra), and the one
 * helper every construct uses to acknowledge a finding, always with the reason next to the code.
 */
import { type App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';

/** Adds the AwsSolutions checks; `app.synth()` then throws on any unacknowledged error. */
export function addNagChecks(app: App): void {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
}

/** Acknowledges findings (`AwsSolutions-XX` or `AwsSolutions-XX[finding]`) on `scope` and below. */
export function acknowledge(scope: IConstruct, reason: string, ...ids: string[]): void {
  for (const id of ids) Validations.of(scope).acknowledge({ id, reason });
}
