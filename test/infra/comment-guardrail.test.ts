/**
 * Infra: the Bedrock guardrail exists only on a stage that sets `bedrockGuardrail`; then the
 * comments Lambda, and no other, is told its id and version and may apply it, and only it.
 */
import { describe, expect, it } from 'vitest';
import { GUARDRAIL_FILTERS } from '../../infra/constructs/comment-guardrail.js';
import type { FunctionGroup } from '../../infra/constructs/http-api.js';
import { type Resource, statementsOf, synthStacks, testConfig } from './synth-stacks.js';

const on = synthStacks({ config: testConfig({ bedrockGuardrail: true }) });
const off = synthStacks();

const variablesOf = (stacks: ReturnType<typeof synthStacks>, group: FunctionGroup) => {
  const fn = stacks.api.findResources('AWS::Lambda::Function')[stacks.functionOf(group) ?? ''] as Resource;
  return (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
};
const bedrockStatements = (stacks: ReturnType<typeof synthStacks>, group: FunctionGroup) =>
  statementsOf(stacks.api, stacks.roleOf(group)).filter((s) => JSON.stringify(s.Action).includes('bedrock:'));
const GROUPS: FunctionGroup[] = ['health', 'accounts', 'reactions', 'moderation', 'sites', 'fallback'];

describe('the comments guardrail, turned on', () => {
  it('creates one guardrail with the content filters on input only', () => {
    const guardrails = Object.values(on.api.findResources('AWS::Bedrock::Guardrail')) as Resource[];
    expect(guardrails).toHaveLength(1);
    const config = guardrails[0]?.Properties.ContentPolicyConfig as {
      FiltersConfig: Record<string, unknown>[];
      ContentFiltersTierConfig: unknown;
    };
    expect(config.FiltersConfig.map((f) => f.Type)).toEqual([...GUARDRAIL_FILTERS]);
    for (const filter of config.FiltersConfig) {
      expect(filter).toMatchObject({ InputStrength: 'HIGH', InputEnabled: true, OutputEnabled: false });
    }
    expect(config.ContentFiltersTierConfig).toEqual({ TierName: 'CLASSIC' });
  });

  it('publishes a version of that guardrail', () => {
    on.api.resourceCountIs('AWS::Bedrock::GuardrailVersion', 1);
    const [version] = Object.values(on.api.findResources('AWS::Bedrock::GuardrailVersion')) as Resource[];
    expect(JSON.stringify(version?.Properties.GuardrailIdentifier)).toContain('GuardrailId');
  });

  it('tells the comments Lambda the guardrail’s id and version', () => {
    const variables = variablesOf(on, 'comments');
    expect(JSON.stringify(variables.GUARDRAIL_ID)).toContain('GuardrailId');
    expect(JSON.stringify(variables.GUARDRAIL_VERSION)).toContain('Version');
  });

  it('lets the comments Lambda apply that guardrail and nothing else of Bedrock', () => {
    const statements = bedrockStatements(on, 'comments');
    expect(statements).toHaveLength(1);
    expect(statements[0]?.Action).toBe('bedrock:ApplyGuardrail');
    expect(JSON.stringify(statements[0]?.Resource)).toContain('GuardrailArn');
  });

  it.each(GROUPS)('gives the %s Lambda neither the guardrail nor its variables', (group) => {
    expect(bedrockStatements(on, group)).toEqual([]);
    expect(variablesOf(on, group).GUARDRAIL_ID).toBeUndefined();
  });
});

describe('the comments guardrail, off (the default)', () => {
  it('creates no guardrail and no version', () => {
    off.api.resourceCountIs('AWS::Bedrock::Guardrail', 0);
    off.api.resourceCountIs('AWS::Bedrock::GuardrailVersion', 0);
  });

  it('leaves the comments Lambda without guardrail variables or Bedrock rights', () => {
    expect(variablesOf(off, 'comments').GUARDRAIL_ID).toBeUndefined();
    expect(variablesOf(off, 'comments').GUARDRAIL_VERSION).toBeUndefined();
    expect(bedrockStatements(off, 'comments')).toEqual([]);
  });
});

describe('the stage flag', () => {
  it('is off unless the stage turns it on', () => {
    expect(testConfig().bedrockGuardrail).toBe(false);
  });

  it('refuses a value that is not a boolean', () => {
    expect(() => testConfig({ bedrockGuardrail: 'oui' })).toThrow(/bedrockGuardrail/);
  });
});
