import { describe, expect, it } from 'vitest';
import type { CommentRecord } from '../../functions/comments/records.js';
import { draftReport } from '../../functions/moderation/reporter.js';
import type { ReportBody } from '../../functions/moderation/schemas.js';
import type { Caller } from '../../functions/shared/auth/caller.js';
import { AppError } from '../../functions/shared/errors.js';
import { guestKey } from '../../functions/shared/guest-key.js';

const comment = {
  id: '01J9Z3NDEKTSV4RRFFQ69G5FAV',
  body: 'Le texte signalé',
  authorName: 'Auteur',
  editedAt: '2026-11-30T10:00:00.000Z',
} as CommentRecord;
const open = { guests: true };
const closed = { guests: false };
const account: Caller = {
  kind: 'account',
  userId: 'u-1',
  name: 'Lectrice',
  email: 'Lectrice@Example.org',
  roles: [],
  siteRoles: {},
};
const notice: ReportBody = {
  reason: 'illegal',
  text: 'Injure publique, loi de 1881',
  reporter: { name: 'Claire', email: 'claire@example.org' },
  goodFaith: true,
};

/** The code of the AppError `run` throws. */
function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return undefined;
}

describe('who reports', () => {
  it('keys an account by its id', () => {
    const draft = draftReport({ reason: 'spam' }, account, closed, comment);

    expect(draft).toMatchObject({ reporterKey: 'u-1', userId: 'u-1', guest: false });
  });

  it('keys a guest as their comments are keyed, whatever the case of the email', () => {
    const draft = draftReport(
      { reason: 'spam', reporter: { email: 'Zoe@Example.org' } },
      undefined,
      open,
      comment,
    );

    expect(draft.reporterKey).toBe(guestKey('zoe@example.org'));
  });

  it('refuses a guest on a site closed to guests', () => {
    const run = () =>
      draftReport({ reason: 'spam', reporter: { email: 'z@example.org' } }, undefined, closed, comment);

    expect(codeOf(run)).toBe('guests_not_allowed');
  });

  it('takes a notice of illegal content from a guest on a site closed to guests', () => {
    expect(codeOf(() => draftReport(notice, undefined, closed, comment))).toBeUndefined();
  });

  it('gives each exempt notice without an email its own key', () => {
    const body: ReportBody = { ...notice, reporter: undefined, exemptOffence: true };

    const [a, b] = [draftReport(body, undefined, open, comment), draftReport(body, undefined, open, comment)];

    expect(a.reporterKey).toMatch(/^anonymous:/);
    expect(a.reporterKey).not.toBe(b.reporterKey);
  });
});

describe('what a notice of illegal content holds', () => {
  it('snapshots the comment as reported', () => {
    const draft = draftReport(notice, undefined, open, comment);

    expect(draft.notice).toEqual({
      goodFaith: true,
      exemptOffence: false,
      commentBody: 'Le texte signalé',
      commentAuthorName: 'Auteur',
      commentEditedAt: '2026-11-30T10:00:00.000Z',
    });
  });

  it("fills in the account's name and normalised email", () => {
    const draft = draftReport({ ...notice, reporter: undefined }, account, open, comment);

    expect(draft).toMatchObject({ reporterName: 'Lectrice', reporterEmail: 'lectrice@example.org' });
  });

  it.each([
    [{ goodFaith: false }, 'good_faith_required'],
    [{ text: ' ' }, 'report_text_required'],
    [{ reporter: { email: 'c@example.org' } }, 'notifier_required'],
    [{ reporter: { name: 'Claire' } }, 'notifier_required'],
  ])('refuses %j with %s', (change, code) => {
    expect(codeOf(() => draftReport({ ...notice, ...change }, undefined, open, comment))).toBe(code);
  });
});
