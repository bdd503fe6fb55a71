/**
 * Shared HTTP layer: zod validation at the edge. Failures become `invalid_request` with one
 * issue per field, each phrased so a person knows what to change.
 */
import type * as z from 'zod/mini';
import { AppError, type FieldIssue } from './errors.js';

type Issue = z.core.$ZodIssue;

function describe(issue: Issue): string {
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string'
        ? `must be at least ${issue.minimum} character(s) long`
        : issue.origin === 'array'
          ? `must list at least ${issue.minimum} value(s)`
          : `must be at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `must be at most ${issue.maximum} character(s) long`
        : issue.origin === 'array'
          ? `must list at most ${issue.maximum} value(s)`
          : `must be at most ${issue.maximum}`;
    case 'invalid_type':
      return issue.input === undefined ? 'is required' : `must be a ${issue.expected}`;
    case 'invalid_value':
      return `must be one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'regex'
        ? 'contains characters that are not allowed'
        : `must be a valid ${issue.format}`;
    case 'unrecognized_keys':
      return `has unknown field(s): ${issue.keys.join(', ')}`;
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'is not valid';
  }
}

/** Parses `input` with `schema`, or throws `invalid_request` naming each offending field. */
export function validate<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  where: 'body' | 'query' | 'path' | 'header',
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues: FieldIssue[] = result.error.issues.map((issue) => {
    const path = [where, ...issue.path.map(String)].join('.');
    return { path, message: `${path} ${describe(issue)}` };
  });
  throw new AppError('invalid_request', issues.map((i) => i.message).join('; '), issues);
}
