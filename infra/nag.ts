/**
 * cdk-nag: runs the AwsSolutions pack over the app (at `cdk synth` and in test/infra), and the one
 * helper every construct uses to acknowledge a finding, always with the reason next to the code.
 */
import { type App, Stack, Validations } from 'aws-cdk-lib';
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

/**
 * An IAM5 finding's name for a grant on `resource`, as cdk-nag spells it (its flattening of the
 * resolved intrinsic: `<Ref>`, `<Id.Attr>`, an import's name), so one wildcard grant can be
 * acknowledged by name instead of every IAM5 finding of its scope.
 */
export function wildcardFinding(scope: IConstruct, resource: string): string {
  const flat = (node: unknown): string => {
    if (typeof node === 'string') return node.replace(/\$\{/g, '<').replace(/\}/g, '>');
    const fn = (node ?? {}) as Record<string, unknown>;
    if (Array.isArray(fn['Fn::Join'])) {
      const [delimiter, items] = fn['Fn::Join'] as [string, unknown[]];
      return items.map(flat).join(delimiter);
    }
    if ('Fn::ImportValue' in fn) return flat(fn['Fn::ImportValue']);
    if (Array.isArray(fn['Fn::GetAtt'])) return `<${(fn['Fn::GetAtt'] as unknown[]).map(flat).join('.')}>`;
    if ('Ref' in fn) return `<${flat(fn.Ref)}>`;
    return JSON.stringify(node);
  };
  return `AwsSolutions-IAM5[Resource::${flat(Stack.of(scope).resolve(resource))}]`;
}
