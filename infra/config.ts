/**
 * Configuration: picks the stage (`-c stage=prod`, else REAGIR_STAGE, else `defaultStage`), reads
 * its settings from cdk.json's `reagir` context or from `-c configFile=path.json`, and validates
 * them, failing synth with one message that lists every problem.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Node } from 'constructs';
import type * as z from 'zod';
import { configFileSchema, type StageConfig, stageNameSchema, stageSettingsSchema } from './config-schema.js';
import { repoRoot } from './repo-root.js';

export type { StageConfig } from './config-schema.js';

/** A configuration problem, with every issue on its own line. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const describe = (issues: readonly z.core.$ZodIssue[]) =>
  issues.map((issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`).join('\n');

function readFile(path: string): unknown {
  const file = resolve(repoRoot, path);
  if (!existsSync(file)) throw new ConfigError(`Config file ${file} (from -c configFile) does not exist.`);
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`Config file ${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Validates one stage's raw settings; `source` names where they came from, for the message. */
export function parseStageConfig(stage: string, raw: unknown, source: string): StageConfig {
  const name = stageNameSchema.safeParse(stage);
  if (!name.success) throw new ConfigError(`Invalid stage name "${stage}":\n${describe(name.error.issues)}`);
  const settings = stageSettingsSchema.safeParse(raw);
  if (!settings.success) {
    throw new ConfigError(
      `Invalid settings for stage "${stage}" in ${source}:\n${describe(settings.error.issues)}`,
    );
  }
  return { ...settings.data, stage };
}

/** The selected stage's validated settings, from the app's context. */
export function loadConfig(node: Node, env: NodeJS.ProcessEnv = process.env): StageConfig {
  const configFile = node.tryGetContext('configFile') as string | undefined;
  const source = configFile ? `config file ${configFile}` : 'cdk.json context "reagir"';
  const raw = configFile ? readFile(configFile) : node.tryGetContext('reagir');
  if (raw === undefined) {
    throw new ConfigError(
      'No configuration: add a "reagir" object to the context of cdk.json, or pass -c configFile=...',
    );
  }
  const file = configFileSchema.safeParse(raw);
  if (!file.success) throw new ConfigError(`Invalid ${source}:\n${describe(file.error.issues)}`);

  const stage =
    (node.tryGetContext('stage') as string | undefined) ?? env.REAGIR_STAGE ?? file.data.defaultStage;
  const known = Object.keys(file.data.stages);
  if (!stage)
    throw new ConfigError(
      `No stage chosen: pass -c stage=NAME (one of ${known.join(', ')}) or set defaultStage.`,
    );
  if (!(stage in file.data.stages)) {
    throw new ConfigError(`Unknown stage "${stage}": ${source} defines ${known.join(', ') || 'no stage'}.`);
  }
  return parseStageConfig(stage, file.data.stages[stage], `${source}, stages.${stage}`);
}
