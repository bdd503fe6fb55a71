/** Infra test support: synthesizes the app as `cdk synth` would, minus bundling, and reads templates. */
import { readFileSync } from 'node:fs';
import { App, type CfnElement } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import type { Route } from '../../functions/routes.js';
import type { FunctionGroup } from '../../infra/constructs/http-api.js';
import { composeStacks } from '../../infra/stacks/compose.js';

// cdk.json's feature flags, so the tests see what `cdk synth` emits; bundling is skipped (~0.25 s).
const cdkJson = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
  context: Record<string, unknown>;
};

/** A resource of a template, as `findResources` returns it. */
export type Resource = { Properties: Record<string, unknown> };

/** Both stacks and their templates, built from `rows` (default: the route table). */
export function synthStacks(rows?: readonly Route[]) {
  const app = new App({ context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [] } });
  const stacks = composeStacks(app, { routes: rows });
  const logicalId = (construct: IConstruct | undefined) => {
    const resource = construct?.node.defaultChild;
    return resource ? stacks.api.getLogicalId(resource as CfnElement) : undefined;
  };
  return {
    stacks,
    data: Template.fromStack(stacks.data),
    api: Template.fromStack(stacks.api),
    /** Logical id of a group's Lambda function. */
    functionOf: (group: FunctionGroup) => logicalId(stacks.api.httpApi.functions.get(group)),
    /** Logical id of a group's Lambda execution role. */
    roleOf: (group: FunctionGroup) => logicalId(stacks.api.httpApi.functions.get(group)?.role),
  };
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
export function indexPattern(index: { name: string; partitionKey: string; sortKey: string }) {
  return {
    IndexName: index.name,
    KeySchema: [
      { AttributeName: index.partitionKey, KeyType: 'HASH' },
      { AttributeName: index.sortKey, KeyType: 'RANGE' },
    ],
    Projection: { ProjectionType: 'ALL' },
  };
}
