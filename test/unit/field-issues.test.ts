import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import type { AppError, FieldIssue } from '../../functions/shared/errors.js';
import { validate } from '../../functions/shared/http/validate.js';

/** The issues `validate` throws for `input`. */
function issuesOf(schema: z.ZodMiniType, input: unknown): FieldIssue[] {
  try {
    validate(schema, input, 'body');
  } catch (error) {
    return (error as AppError).issues ?? [];
  }
  throw new Error('the input was valid');
}

describe('field issues from zod', () => {
  const cases: [string, z.ZodMiniType, unknown, Omit<FieldIssue, 'message'>][] = [
    [
      'a missing field is required',
      z.object({ name: z.string() }),
      {},
      { path: 'body.name', code: 'required', params: {} },
    ],
    [
      'a short string is too small, with its minimum',
      z.object({ name: z.string().check(z.minLength(2)) }),
      { name: 'a' },
      { path: 'body.name', code: 'too_small', params: { min: 2, origin: 'string' } },
    ],
    [
      'a long list is too big, with its maximum',
      z.object({ words: z.array(z.string()).check(z.maxLength(1)) }),
      { words: ['a', 'b'] },
      { path: 'body.words', code: 'too_big', params: { max: 1, origin: 'array' } },
    ],
    [
      'a number over its limit is too big',
      z.object({ n: z.number().check(z.lte(5)) }),
      { n: 6 },
      { path: 'body.n', code: 'too_big', params: { max: 5, origin: 'number' } },
    ],
    [
      'a value of the wrong type names the expected one',
      z.object({ n: z.number() }),
      { n: 'six' },
      { path: 'body.n', code: 'invalid_type', params: { expected: 'number' } },
    ],
    [
      'a value outside an enum lists the options',
      z.object({ mode: z.enum(['pre', 'post']) }),
      { mode: 'never' },
      { path: 'body.mode', code: 'invalid_value', params: { options: ['pre', 'post'] } },
    ],
    [
      'a malformed email names the format',
      z.object({ email: z.email() }),
      { email: 'nope' },
      { path: 'body.email', code: 'invalid_format', params: { format: 'email' } },
    ],
    [
      'a pattern mismatch is a regex format',
      z.object({ id: z.string().check(z.regex(/^[a-z]+$/)) }),
      { id: 'A!' },
      { path: 'body.id', code: 'invalid_format', params: { format: 'regex' } },
    ],
    [
      'an unknown field is named',
      z.strictObject({ a: z.string() }),
      { a: 'x', b: 1 },
      { path: 'body', code: 'unknown_fields', params: { keys: ['b'] } },
    ],
    [
      'a refinement is a generic issue',
      z.object({ a: z.string().check(z.refine((v) => v === 'ok', 'must be ok')) }),
      { a: 'ko' },
      { path: 'body.a', code: 'invalid', params: {} },
    ],
  ];

  it.each(cases)('maps %s', (_, schema, input, expected) => {
    expect(issuesOf(schema, input)).toEqual([{ ...expected, message: expect.any(String) }]);
  });

  it('keeps an English message for API users that starts with the path', () => {
    const [issue] = issuesOf(z.object({ name: z.string().check(z.minLength(2)) }), { name: 'a' });
    expect(issue?.message).toBe('body.name must be at least 2 character(s) long');
  });
});
