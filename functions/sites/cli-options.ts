/**
 * Sites: the settings flags of `npm run site`, derived from siteSettingsSchema so that every
 * setting has one (a new setting gets its flag the day it is declared), each typed from its
 * schema and validated by the schema the API uses. Problems come back as sentences naming the flag.
 */
import * as z from 'zod/mini';
import { issueOf } from '../shared/http/validate.js';
import { type SiteSettings, settingSchema, siteSettingsChangeSchema, siteSettingsSchema } from './schemas.js';

type Key = keyof SiteSettings;
type Kind = 'boolean' | 'number' | 'enum' | 'list' | 'text';

/** Flag names kept from before the flags were derived (the README and scripts use them). */
const NAMED: Partial<Record<Key, string>> = {
  allowedOrigins: 'origin',
  editWindowSeconds: 'edit-window',
  holdFirstComments: 'hold-first',
};

/** What a text or list flag takes, where the schema's regex would not say it to a person. */
const HINTS: Partial<Record<Key, string>> = {
  allowedOrigins: 'an origin such as https://www.example.fr, or * for any; repeat the flag for several',
  charterUrl: "an http(s) URL, or '' for no link",
  privacyUrl: "an http(s) URL, or '' for no link",
};

/** One setting's flag. */
export interface SettingFlag {
  key: Key;
  /** Without the leading dashes, e.g. `max-depth`. */
  name: string;
  kind: Kind;
  /** What it accepts, as the end of a sentence ("a whole number from 0 to 10"). */
  accepts: string;
  /** The setting's default, as text. */
  byDefault: string;
}

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function kindOf(schema: z.ZodMiniType): Kind {
  if (schema instanceof z.ZodMiniBoolean) return 'boolean';
  if (schema instanceof z.ZodMiniNumber) return 'number';
  if (schema instanceof z.ZodMiniEnum) return 'enum';
  if (schema instanceof z.ZodMiniArray) return 'list';
  return 'text';
}

const optionsOf = (schema: z.ZodMiniType): string[] =>
  schema instanceof z.ZodMiniEnum ? Object.values(schema.def.entries).map(String) : [];

function acceptsOf(key: Key, schema: z.ZodMiniType, kind: Kind): string {
  const hint = HINTS[key];
  if (hint) return hint;
  switch (kind) {
    case 'boolean':
      return 'true or false';
    case 'enum':
      return `one of ${optionsOf(schema).join(', ')}`;
    case 'number': {
      // zod/mini keeps its checks' definitions (not a bag of bounds): read the bounds there.
      const checks = (schema.def.checks ?? []).map(
        (check) => check._zod.def as unknown as Record<string, unknown>,
      );
      const bound = (name: string) => checks.find((def) => def.check === name)?.value as number | undefined;
      const whole = checks.some((def) => def.format === 'safeint') ? 'a whole number' : 'a number';
      const [min, max] = [bound('greater_than'), bound('less_than')];
      return min !== undefined && max !== undefined ? `${whole} from ${min} to ${max}` : whole;
    }
    case 'list': {
      const options = optionsOf((schema as z.ZodMiniArray).def.element as z.ZodMiniType);
      return options.length
        ? `a comma-separated list of ${options.join(', ')}`
        : 'a comma-separated list of words';
    }
    default:
      return 'a text';
  }
}

const defaults = siteSettingsSchema.parse({});

/** Every setting's flag, in the schema's order. */
export const settingFlags: readonly SettingFlag[] = (Object.keys(siteSettingsSchema.def.shape) as Key[]).map(
  (key) => {
    const schema = settingSchema(key);
    const kind = kindOf(schema);
    const value = defaults[key];
    return {
      key,
      name: NAMED[key] ?? kebab(key),
      kind,
      accepts: acceptsOf(key, schema, kind),
      byDefault: Array.isArray(value) ? value.join(',') || "''" : String(value) || "''",
    };
  },
);

/** A problem with what was typed, said as a sentence; the CLI prints it and exits with 1. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const NUMBER = /^-?\d+(\.\d+)?$/;

/** One flag's text as the setting's type; a value of the wrong type is an error, never a default. */
function convert(flag: SettingFlag, text: string | string[]): unknown {
  const refuse = (value: string) =>
    new UsageError(`--${flag.name} takes ${flag.accepts}, not ${JSON.stringify(value)}.`);
  if (Array.isArray(text)) return text;
  switch (flag.kind) {
    case 'boolean':
      if (text === 'true' || text === 'false') return text === 'true';
      throw refuse(text);
    case 'number':
      if (NUMBER.test(text.trim())) return Number(text);
      throw refuse(text);
    case 'list':
      return text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    default:
      return text;
  }
}

/**
 * The settings change the flags give (flag values by setting key, as typed), validated by the
 * schema `PUT /v1/sites/{site}` uses; throws a UsageError naming each wrong flag.
 */
export function changesFromFlags(given: Partial<Record<Key, string | string[]>>): Partial<SiteSettings> {
  const changes: Record<string, unknown> = {};
  for (const flag of settingFlags) {
    const text = given[flag.key];
    if (text !== undefined) changes[flag.key] = convert(flag, text);
  }
  const result = siteSettingsChangeSchema.safeParse(changes);
  if (result.success) return result.data as Partial<SiteSettings>;
  const byKey = new Map(settingFlags.map((flag) => [flag.key as string, flag]));
  throw new UsageError(
    result.error.issues
      .map((issue) => {
        const flag = byKey.get(String(issue.path[0]));
        const name = flag ? `--${flag.name}` : String(issue.path[0]);
        const what = issueOf(issue, name, false).message;
        // An enum's issue already lists what it takes.
        return flag && issue.code !== 'invalid_value' ? `${what}: it takes ${flag.accepts}.` : `${what}.`;
      })
      .join('\n'),
  );
}
