/** Infra: the stage config is validated up front, with messages that say what to fix. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import type { Node } from 'constructs';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseStageConfig } from '../../infra/config.js';
import { testApp, testSettings } from './synth-stacks.js';

/** A construct tree whose context is only `context`, as `-c` flags and cdk.json give it. */
const withContext = (context: Record<string, unknown>): Node => new App({ context }).node;
const stages = {
  defaultStage: 'dev',
  stages: { dev: testSettings, prod: { ...testSettings, region: 'eu-west-1' } },
};
const problem = (raw: Record<string, unknown>) => () =>
  parseStageConfig('dev', { ...testSettings, ...raw }, 'cdk.json');

describe('loading the config', () => {
  it('reads the default stage from cdk.json’s context, with defaults filled in', () => {
    const config = loadConfig(withContext({ reagir: stages }), {});
    expect(config).toMatchObject({
      stage: 'dev',
      region: 'eu-west-3',
      deletionProtection: true,
      memorySize: 512,
    });
    expect(config.reservedConcurrency).toEqual({});
  });

  it('picks the stage from -c stage, then REAGIR_STAGE', () => {
    expect(loadConfig(withContext({ reagir: stages, stage: 'prod' }), {}).region).toBe('eu-west-1');
    expect(loadConfig(withContext({ reagir: stages }), { REAGIR_STAGE: 'prod' }).stage).toBe('prod');
  });

  it('reads a config file given with -c configFile', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'reagir-config-')), 'stages.json');
    writeFileSync(file, JSON.stringify(stages));
    expect(loadConfig(withContext({ configFile: file, stage: 'prod' }), {}).stage).toBe('prod');
  });

  it('accepts the dev stage of the repository’s cdk.json', () => {
    expect(loadConfig(testApp().node, {}).stage).toBe('dev');
  });

  it.each([
    ['an unknown stage', { reagir: stages, stage: 'staging' }, /Unknown stage "staging".*defines dev, prod/],
    ['no config at all', {}, /add a "reagir" object/],
    ['a missing config file', { configFile: '/nowhere.json' }, /does not exist/],
    [
      'a stage name unfit for stack names',
      { reagir: { stages: { Prod_1: testSettings } }, stage: 'Prod_1' },
      /Invalid stage name/,
    ],
  ])('refuses %s', (_case, context, message) => {
    expect(() => loadConfig(withContext(context), {})).toThrow(message);
  });
});

describe('validating a stage', () => {
  it.each([
    ['a missing region', { region: undefined }, /region: is required/],
    ['a region that is not one', { region: 'paris' }, /region: expected an AWS region/],
    [
      'an origin with a path',
      { sites: [{ id: 'a', origins: ['https://www.example.fr/news'] }] },
      /sites\.0\.origins\.0: expected an origin/,
    ],
    [
      'plain http off localhost',
      { sites: [{ id: 'a', origins: ['http://www.example.fr'] }] },
      /expected an origin/,
    ],
    ['no site', { sites: [] }, /sites: list at least one site/],
    [
      'a site listed twice',
      {
        sites: [
          { id: 'a', origins: ['https://a.fr'] },
          { id: 'a', origins: ['https://b.fr'] },
        ],
      },
      /"a" is listed twice/,
    ],
    ['a bad alarm email', { alarmEmail: 'ops' }, /alarmEmail: expected an email address/],
    [
      'a CDN certificate outside us-east-1',
      {
        domains: {
          cdn: {
            name: 'c.example.fr',
            certificateArn:
              'arn:aws:acm:eu-west-3:123456789012:certificate/0f0e0d0c-0b0a-0908-0706-050403020100',
          },
        },
      },
      /CloudFront needs a certificate in us-east-1/,
    ],
    [
      'reserved concurrency for an unknown Lambda',
      { reservedConcurrency: { comment: 5 } },
      /keys must be Lambda names/,
    ],
    ['a retention CloudWatch refuses', { logRetentionDays: 10 }, /logRetentionDays: expected one of/],
    ['a misspelt setting', { alarmMail: 'ops@example.fr' }, /alarmMail/],
    [
      'a verified domain that is not the sender’s',
      { email: { from: 'commentaires@example.fr', verifiedDomain: 'other.fr' } },
      /email\.verifiedDomain: verifiedDomain must be the domain of email\.from/,
    ],
  ])('refuses %s, naming the setting', (_case, raw, message) => {
    expect(problem(raw)).toThrow(ConfigError);
    expect(problem(raw)).toThrow(message);
  });

  it('accepts the verified domain of the sender, as docs/deploy.md shows', () => {
    const email = { from: 'commentaires@example.fr', name: 'Réagir', verifiedDomain: 'example.fr' };

    const config = parseStageConfig('prod', { ...testSettings, email }, 'test');

    expect(config.email?.verifiedDomain).toBe('example.fr');
  });

  it('lists every problem at once', () => {
    expect(problem({ region: 'x', alarmEmail: 'y' })).toThrow(/region[\s\S]*alarmEmail/);
  });
});
