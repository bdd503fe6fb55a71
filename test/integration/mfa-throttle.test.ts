/**
 * Integration: the login's TOTP codes are throttled as passwords are (login-throttle.ts): past
 * the failures allowed to one email and address, the next code is refused, even the right one.
 */
import { expect, it } from 'vitest';
import { ApiError } from '../../widget/src/api/api-error.js';
import { completeMfaLogin, isMfaChallenge, login } from '../../widget/src/api/auth.js';
import { enableMfa, setUpMfa } from '../../widget/src/api/mfa.js';
import { totp, wrongCode } from '../support/totp.js';
import { useTestApp } from '../support/use-test-app.js';

const PER_PAIR = 3;
const t = useTestApp({
  env: { RATE_LIMITS: 'on', AUTH_LOGIN_FAILURES_PER_EMAIL_AND_IP_PER_15_MINUTES: String(PER_PAIR) },
});

const codeOf = (call: Promise<unknown>) =>
  call.then(
    () => 'accepted',
    (error: unknown) => (error instanceof ApiError ? error.code : 'unknown'),
  );

it('refuses codes past the failures allowed, the right one too, with rate_limited', async () => {
  const reader = await t.reader();
  const first = await login(t.client(), reader.email, reader.password);
  if (isMfaChallenge(first)) throw new Error('challenge before MFA');
  const { secret } = await setUpMfa(t.client(first.idToken), first.accessToken);
  await enableMfa(t.client(first.idToken), first.accessToken, totp(secret));
  const answer = await login(t.client(), reader.email, reader.password);
  if (!isMfaChallenge(answer)) throw new Error('no challenge');
  const attempt = (code: string) => codeOf(completeMfaLogin(t.client(), reader.email, answer.session, code));

  const wrong = [];
  for (let i = 0; i < PER_PAIR; i++) wrong.push(await attempt(wrongCode(secret)));
  const right = await attempt(totp(secret));

  expect(wrong).toEqual(Array(PER_PAIR).fill('invalid_mfa_code'));
  expect(right).toBe('rate_limited');
});
