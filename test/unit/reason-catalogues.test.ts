import { describe, expect, it } from 'vitest';
import type { Reason, ReasonCode } from '../../functions/comments/types.js';
import type { FieldIssue, IssueCode } from '../../functions/shared/errors.js';
import { errors as errorsEn } from '../../widget/src/i18n/errors-en.js';
import { errors as errorsFr } from '../../widget/src/i18n/errors-fr.js';
import { issueText, issueTexts } from '../../widget/src/i18n/issue-messages.js';
import { reasonText, reasonTexts } from '../../widget/src/i18n/reason-messages.js';

// One example of every reason code; a code missing here fails the type check (Record<ReasonCode>).
const reasons: Record<ReasonCode, Reason> = {
  banned_word: { code: 'banned_word', params: {} },
  suspect_word: { code: 'suspect_word', params: {} },
  too_many_links: { code: 'too_many_links', params: { links: 2, max: 1 } },
  classifier: { code: 'classifier', params: { kind: 'spam', score: 0.92 } },
  classifier_unavailable: { code: 'classifier_unavailable', params: {} },
  first_comments: { code: 'first_comments', params: { approved: 1, required: 3 } },
  repeated_text: { code: 'repeated_text', params: {} },
  guest_comment: { code: 'guest_comment', params: {} },
  pre_moderation: { code: 'pre_moderation', params: {} },
  reported: { code: 'reported', params: { reports: 3 } },
  moderator_rejected: { code: 'moderator_rejected', params: {} },
  moderator_spam: { code: 'moderator_spam', params: {} },
  unspecified: { code: 'unspecified', params: {} },
};

const issues: Record<IssueCode, FieldIssue> = {
  required: { path: 'body.a', code: 'required', params: {}, message: '' },
  too_small: { path: 'body.a', code: 'too_small', params: { min: 2, origin: 'string' }, message: '' },
  too_big: { path: 'body.a', code: 'too_big', params: { max: 20, origin: 'number' }, message: '' },
  invalid_type: { path: 'body.a', code: 'invalid_type', params: { expected: 'number' }, message: '' },
  invalid_value: { path: 'body.a', code: 'invalid_value', params: { options: ['pre', 'post'] }, message: '' },
  invalid_format: { path: 'body.a', code: 'invalid_format', params: { format: 'email' }, message: '' },
  unknown_fields: { path: 'body', code: 'unknown_fields', params: { keys: ['b'] }, message: '' },
  not_in_future: { path: 'body.until', code: 'not_in_future', params: {}, message: '' },
  name_reserved: { path: 'body.name', code: 'name_reserved', params: {}, message: '' },
  name_taken: { path: 'body.author.name', code: 'name_taken', params: {}, message: '' },
  invalid: { path: 'body.a', code: 'invalid', params: {}, message: '' },
  range_reversed: { path: 'query.to', code: 'range_reversed', params: {}, message: '' },
  range_too_large: { path: 'query.from', code: 'range_too_large', params: { max: 10000 }, message: '' },
};

describe('reason and field issue catalogues', () => {
  it.each(['fr', 'en'] as const)('formats every reason code in %s without a hole', (lang) => {
    for (const reason of Object.values(reasons)) {
      expect(reasonText(reasonTexts[lang], reason), reason.code).not.toMatch(/undefined|NaN|\{|\}/);
    }
  });

  it.each(['fr', 'en'] as const)('formats every field issue code in %s without a hole', (lang) => {
    for (const issue of Object.values(issues)) {
      expect(issueText(issueTexts[lang], issue), issue.code).not.toMatch(/undefined|NaN|\{|\}/);
    }
  });

  it('words the reasons in the news site’s French', () => {
    expect(reasonText(reasonTexts.fr, reasons.too_many_links)).toBe('Trop de liens (2 ; 1 autorisé)');
    expect(reasonText(reasonTexts.fr, reasons.banned_word)).toBe(
      'Contient un mot interdit par la charte du site',
    );
    expect(reasonText(reasonTexts.fr, { ...reasons.moderator_rejected, note: 'hors sujet' })).toBe(
      'Refusé par la modération : « hors sujet »',
    );
  });

  it('says how long to wait after too many posts, in seconds then minutes', () => {
    const tooFast = errorsFr.rate_limited as (p: { retryAfter?: number }) => string;
    expect(tooFast({ retryAfter: 40 })).toBe('Vous publiez trop vite : réessayez dans 40 secondes.');
    expect(tooFast({ retryAfter: 1 })).toBe('Vous publiez trop vite : réessayez dans 1 seconde.');
    expect(tooFast({ retryAfter: 90 })).toBe('Vous publiez trop vite : réessayez dans 2 minutes.');
    expect((errorsEn.rate_limited as (p: { retryAfter?: number }) => string)({ retryAfter: 40 })).toBe(
      'You are posting too fast: try again in 40 seconds.',
    );
  });
});
