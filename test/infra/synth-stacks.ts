/** Infra test support: synthesizes a stage as `cdk synth` would, minus bundling, and reads templates. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, type CfnElement } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import type { Route } from '../../functions/routes.js';
import type { IndexDefinition } from '../../functions/shared/data/tables.js';
import { parseStageConfig, type StageConfig } from '../../infra/config.js';
import type { FunctionGroup } from '../../infra/constructs/http-api.js';
import { composeStacks } from '../../infra/stacks/compose.js';

// cdk.json's feature flags, so the tests see what `cdk synth` emits; bundling is skipped (~0.25 s).
const cdkJson = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
  context: Record<string, unknown>;
};

/** A resource of a template, as `findResources` returns it. */
export type Resource = { Properties: Record<string, unknown>; [key: string]: unknown };

/** A stage's raw settings, as a test would write them in cdk.json. */
export const testSettings = {
  region: 'eu-west-3',
  sites: [{ id: 'demo', origins: ['https://www.example.fr', 'https://m.example.fr'] }],
  alarmEmail: 'ops@example.fr',
};

/** A validated config for stage `test`, with `overrides` on top of {@link testSettings}. */
export const testConfig = (overrides: Record<string, unknown> = {}, stage = 'test'): StageConfig =>
  parseStageConfig(stage, { ...testSettings, ...overrides }, 'the test');

let built: string | undefined;

/** A dist/ folder with a built widget (entry and a chunk) and console, as `npm run build:widget` leaves it. */
export function fakeDist(): string {
  if (built) return built;
  const dir = mkdtempSync(join(tmpdir(), 'reagir-dist-'));
  mkdirSync(join(dir, 'widget', 'chunks'), { recursive: true });
  mkdirSync(join(dir, 'console', 'assets'), { recursive: true });
  writeFileSync(join(dir, 'widget', 'widget.js'), 'console.log("widget")');
  writeFileSync(join(dir, 'widget', 'chunks', 'thread-abc123.js'), 'export {}');
  writeFileSync(join(dir, 'console', 'index.html'), '<!doctype html><title>Console</title>');
  writeFileSync(join(dir, 'console', 'assets', 'index-abc123.js'), 'export {}');
  built = dir;
  return dir;
}

/** A new app with cdk.json's flags and bundling skipped. */
export const testApp = () => new App({ context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [] } });

/** Options of {@link synthStacks}. */
export interface SynthOptions {
  routes?: readonly Route[];
  config?: StageConfig;
  /** @default a fake built dist/ */
  distDir?: string;
}

/** The four stacks of a stage and their templates. */
export function synthStacks(options: SynthOptions = {}) {
  const app = testApp();
  const stacks = composeStacks(app, options.config ?? testConfig(), {
    routes: options.routes,
    distDir: options.distDir ?? fakeDist(),
  });
  const logicalId = (construct: IConstruct | undefined) => {
    const resource = construct?.node.defaultChild;
    return resource ? stacks.api.getLogicalId(resource as CfnElement) : undefined;
  };
  // One synth for the four templates (Template.fromStack would synthesize the whole app each time).
  const assembly = app.synth();
  const template = (stack: { artifactId: string }) =>
    Template.fromJSON(assembly.getStackArtifact(stack.artifactId).template as Record<string, unknown>);
  return {
    app,
    stacks,
    assembly,
    data: template(stacks.data),
    api: template(stacks.api),
    web: template(stacks.web),
    monitoring: stacks.monitoring ? template(stacks.monitoring) : Template.fromJSON({ Resources: {} }),
    /** Logical id of a group's Lambda function. */
    functionOf: (group: FunctionGroup) => logicalId(stacks.api.httpApi.functions.get(group)),
    /** Logical id of a group's Lambda execution role. */
    roleOf: (group: FunctionGroup) => logicalId(stacks.api.httpApi.functions.get(group)?.role),
  };
}

/** Every IAM statement attached to a role, flattened. */
export function statementsOf(template: Template, roleId: string | undefined): Record<string, unknown>[] {
  const policies = template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: roleId }] } });
  return Object.values(policies).flatMap(
    (policy) =>
      ((policy as Resource).Properties.PolicyDocument as { Statement: Record<string, unknown>[] }).Statement,
  );
}

/** Logical id of the Lambda a route key reaches: route -> integration -> function. */
export function lambdaBehind(template: Template, key: string): string | undefined {
  const found = template.findResources('AWS::ApiGatewayV2::Route', { Properties: { RouteKey: key } });
  const route = Object.values(found)[0] as Resource | undefined;
  const integrationId = /"Ref":"([^"]+)"/.exec(JSON.stringify(route?.Properties.Target))?.[1] ?? '';
  const integrations = template.findResources('AWS::ApiGatewayV2::Integration');
  const uri = (integrations[integrationId] as Resource | undefined)?.Properties.IntegrationUri;
  return (uri as { 'Fn::GetAtt'?: string[] } | undefined)?.['Fn::GetAtt']?.[0];
}

/** The template shape of a key schema or index built from a table definition. */
export function indexPattern(index: IndexDefinition) {
  const projection = index.projection;
  return {
    IndexName: index.name,
    KeySchema: [
      { AttributeName: index.partitionKey, KeyType: 'HASH' },
      { AttributeName: index.sortKey, KeyType: 'RANGE' },
    ],
    Projection: !projection
      ? { ProjectionType: 'ALL' }
      : projection.type === 'KEYS_ONLY'
        ? { ProjectionType: 'KEYS_ONLY' }
        : { ProjectionType: 'INCLUDE', NonKeyAttributes: [...projection.attributes] },
  };
}
