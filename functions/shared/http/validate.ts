/**
 * Shared HTTP layer: zod validation at the edge. Failures become `invalid_request` with one
 * issue per field: a code and its parameters for clients to translate (see `IssueParams`), and
 * an English sentence for API users, phrased so a person knows what to change.
 */
import type * as z from 'zod/mini';
import { AppError, type FieldIssue } from '../errors.js';

type Issue = z.core.$ZodIssue;

/** The value at `path` in `input` (zod/mini issues do not carry their input). */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** A field issue's code and parameters, from zod's issue; `missing` when the field has no value. */
export function issueOf(issue: Issue, path: string, missing: boolean): FieldIssue {
  const at = (message: string) => `${path} ${message}`;
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      const message =
        issue.origin === 'string'
          ? `must be at least ${min} character(s) long`
          : issue.origin === 'array'
            ? `must list at least ${min} value(s)`
            : `must be at least ${min}`;
      return { path, code: 'too_small', params: { min, origin: issue.origin }, message: at(message) };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      const message =
        issue.origin === 'string'
          ? `must be at most ${max} character(s) long`
          : issue.origin === 'array'
            ? `must list at most ${max} value(s)`
            : `must be at most ${max}`;
      return { path, code: 'too_big', params: { max, origin: issue.origin }, message: at(message) };
    }
    case 'invalid_type':
      return missing
        ? { path, code: 'required', params: {}, message: at('is required') }
        : {
            path,
            code: 'invalid_type',
            params: { expected: issue.expected },
            message: at(`must be a ${issue.expected}`),
          };
    case 'invalid_value': {
      const options = issue.values.map(String);
      return {
        path,
        code: 'invalid_value',
        params: { options },
        message: at(`must be one of: ${options.join(', ')}`),
      };
    }
    case 'invalid_format':
      return {
        path,
        code: 'invalid_format',
        params: { format: issue.format },
        message: at(
          issue.format === 'regex'
            ? 'contains characters that are not allowed'
            : issue.format === 'datetime'
              ? 'must be a date and time such as 2026-12-02T08:30:00Z'
              : `must be a valid ${issue.format}`,
        ),
      };
    case 'unrecognized_keys':
      return {
        path,
        code: 'unknown_fields',
        params: { keys: issue.keys },
        message: at(`has unknown field(s): ${issue.keys.join(', ')}`),
      };
    default: {
      // Refinements (`z.refine`) carry their own English message; the code stays generic.
      const own = issue.message && issue.message !== 'Invalid input' ? issue.message : 'is not valid';
      return { path, code: 'invalid', params: {}, message: at(own) };
    }
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
  const issues = result.error.issues.map((issue) =>
    issueOf(issue, [where, ...issue.path.map(String)].join('.'), valueAt(input, issue.path) === undefined),
  );
  throw new AppError('invalid_request', issues.map((i) => i.message).join('; '), issues);
}
