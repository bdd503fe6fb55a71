/**
 * Accounts: signing up (or asking for a code again) with an address that has a confirmed account
 * answers as for a new one and mails the holder "Vous avez déjà un compte Réagir…", with no code
 * and no link; the answers of the enumeration-proof routes wait for AUTH_ANSWER_FLOOR_MS.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { EXISTING_ACCOUNT } from '../../functions/accounts/existing-account-mail.js';
import { signup } from '../../widget/src/api/auth.js';
import { useTestApp } from '../support/use-test-app.js';

const t = useTestApp();
afterEach(() => {
  delete process.env.AUTH_ANSWER_FLOOR_MS;
});

let counter = 0;
const unique = () => `deja-${Date.now().toString(36)}-${counter++}@example.org`;
const mailsTo = (email: string) => t.app.mailbox.list().filter((m) => m.to === email);
const answerOf = (res: { status: number; body: unknown }) => ({ status: res.status, body: res.body });

describe('an address that already has an account', () => {
  it('gets the answer of a new sign-up', async () => {
    const { email } = await t.reader();
    const body = (to: string) => ({ email: to, password: 'longenough1', name: 'Curieuse' });

    const taken = await t.raw('POST', '/v1/auth/signup', body(email));
    const fresh = await t.raw('POST', '/v1/auth/signup', body(unique()));

    expect(answerOf(taken)).toEqual(answerOf(fresh));
    expect(answerOf(taken)).toEqual({ status: 202, body: { status: 'code_sent' } });
  });

  it('is mailed, on sign-up, that it has an account, in French and English, with no code and no link', async () => {
    const { email } = await t.reader();

    await signup(t.client(), email, 'longenough1', 'Autre');

    const mail = mailsTo(email).at(-1);
    expect(mail).toMatchObject({ kind: 'ExistingAccount', code: '' });
    expect(mail?.text).toContain(
      'Vous avez déjà un compte Réagir : connectez-vous ou réinitialisez votre mot de passe.',
    );
    expect(mail?.text).toContain(EXISTING_ACCOUNT.en);
    expect(mail?.text).not.toMatch(/\d{4,}|https?:|www\./);
  });

  it('is mailed the same when it asks for the confirmation code again, with the answer of an unconfirmed account', async () => {
    const { email } = await t.reader();
    const unconfirmed = unique();
    await signup(t.client(), unconfirmed, 'longenough1', 'Lente');

    const confirmed = await t.raw('POST', '/v1/auth/resend', { email });
    const pending = await t.raw('POST', '/v1/auth/resend', { email: unconfirmed });

    expect(answerOf(confirmed)).toEqual(answerOf(pending));
    expect(mailsTo(email).at(-1)).toMatchObject({ kind: 'ExistingAccount', code: '' });
    expect(mailsTo(unconfirmed).at(-1)).toMatchObject({
      kind: 'ResendCode',
      code: expect.stringMatching(/^\d+$/),
    });
  });

  it('sends nothing of the kind for a new address', async () => {
    const email = unique();

    await signup(t.client(), email, 'longenough1', 'Nouvelle');

    expect(mailsTo(email).map((m) => m.kind)).toEqual(['SignUp']);
  });
});

describe('the answer floor', () => {
  it('holds a sign-up answer, taken address or new, until AUTH_ANSWER_FLOOR_MS have passed', async () => {
    const { email } = await t.reader();
    process.env.AUTH_ANSWER_FLOOR_MS = '400';
    const timed = async (to: string) => {
      const started = performance.now();
      await signup(t.client(), to, 'longenough1', 'Patiente');
      return performance.now() - started;
    };

    const times = [await timed(email), await timed(unique())];

    for (const ms of times) expect(ms).toBeGreaterThanOrEqual(395);
  });
});
