/**
 * Integration: two-step sign-in with Cognito's TOTP (issue 16, point 5), through the widget's own
 * API functions against cognito-local: a secret set up and confirmed with a code computed here
 * (RFC 6238), the login's challenge and its second step, wrong codes refused with their code,
 * turning it off with the password; the operator's `staffMfaRequired` and what it refuses.
 */
import { describe, expect, it } from 'vitest';
import { grantRole } from '../../functions/sites/team.js';
import { getMe, refreshTokens } from '../../widget/src/api/account.js';
import { ApiError } from '../../widget/src/api/api-error.js';
import { completeMfaLogin, isMfaChallenge, type LoginAnswer, login } from '../../widget/src/api/auth.js';
import { disableMfa, enableMfa, setUpMfa } from '../../widget/src/api/mfa.js';
import { getSite, listQueue, updateSite } from '../../widget/src/api/moderation.js';
import { addTeamMember } from '../../widget/src/api/team.js';
import { totp, wrongCode } from '../support/totp.js';
import { useTestApp } from '../support/use-test-app.js';

const t = useTestApp();

/** The code and status an API call was refused with. */
const refusal = (call: Promise<unknown>) =>
  call.then(
    () => ({ status: 200, code: 'none' }),
    (error: unknown) => {
      if (!(error instanceof ApiError)) throw error;
      return { status: error.status, code: error.code };
    },
  );

/** The tokens of a login that completed without a challenge. */
function tokensOf(answer: LoginAnswer) {
  if (isMfaChallenge(answer)) throw new Error('the login asked for a code');
  return answer;
}

/** A new account, signed in: its email, password and tokens (the access token included). */
async function signedIn(groups?: string[]) {
  const account = groups ? await t.staff(groups) : await t.reader();
  const tokens = tokensOf(await login(t.client(), account.email, account.password));
  return { email: account.email, password: account.password, ...tokens };
}

/** Sets TOTP up and confirms it with the app's code; the secret. */
async function turnOn(account: { idToken: string; accessToken: string }): Promise<string> {
  const api = t.client(account.idToken);
  const { secret } = await setUpMfa(api, account.accessToken);
  await enableMfa(api, account.accessToken, totp(secret));
  return secret;
}

describe('setting TOTP up', () => {
  it('gives a base32 secret and its otpauth link naming Réagir and the account', async () => {
    const account = await signedIn();

    const setup = await setUpMfa(t.client(account.idToken), account.accessToken);

    expect(setup.secret).toMatch(/^[A-Z2-7]{16,}$/);
    expect(setup.uri).toBe(
      `otpauth://totp/R%C3%A9agir:${encodeURIComponent(account.email)}?secret=${setup.secret}&issuer=R%C3%A9agir`,
    );
  });

  it('turns MFA on with a code of the secret, and GET /v1/me says so', async () => {
    const account = await signedIn();
    const api = t.client(account.idToken);
    const { secret } = await setUpMfa(api, account.accessToken);

    const status = await enableMfa(api, account.accessToken, totp(secret));
    const me = await getMe(api);

    expect(status).toEqual({ mfa: true });
    expect(me.user.mfa).toBe(true);
  });

  it('refuses a wrong code with invalid_mfa_code, and MFA stays off', async () => {
    const account = await signedIn();
    const api = t.client(account.idToken);
    const { secret } = await setUpMfa(api, account.accessToken);

    const refused = await refusal(enableMfa(api, account.accessToken, wrongCode(secret)));
    const me = await getMe(api);

    expect(refused).toEqual({ status: 400, code: 'invalid_mfa_code' });
    expect(me.user.mfa).toBe(false);
  });

  it('refuses the access token of another account', async () => {
    const [account, other] = [await signedIn(), await signedIn()];

    const refused = await refusal(setUpMfa(t.client(account.idToken), other.accessToken));

    expect(refused).toEqual({ status: 401, code: 'unauthorized' });
  });
});

describe('signing in with TOTP on', () => {
  it('answers the password with the challenge, no tokens', async () => {
    const account = await signedIn();
    await turnOn(account);

    const answer = await login(t.client(), account.email, account.password);

    expect(answer).toEqual({ mfa: 'totp', session: expect.any(String) });
  });

  it('completes the login with the code: a session as a login without MFA gives', async () => {
    const account = await signedIn();
    const secret = await turnOn(account);
    const answer = await login(t.client(), account.email, account.password);
    if (!isMfaChallenge(answer)) throw new Error('no challenge');

    const session = await completeMfaLogin(t.client(), account.email, answer.session, totp(secret));
    const me = await getMe(t.client(session.idToken));
    const refreshed = await refreshTokens(t.client(), session.refreshToken ?? '');

    expect(session).toMatchObject({ idToken: expect.any(String), accessToken: expect.any(String) });
    expect(session.user.email).toBe(account.email);
    expect(me.user.mfa).toBe(true);
    expect(refreshed.idToken).toEqual(expect.any(String));
  });

  it('refuses a wrong code with invalid_mfa_code', async () => {
    const account = await signedIn();
    const secret = await turnOn(account);
    const answer = await login(t.client(), account.email, account.password);
    if (!isMfaChallenge(answer)) throw new Error('no challenge');

    const refused = await refusal(
      completeMfaLogin(t.client(), account.email, answer.session, wrongCode(secret)),
    );

    expect(refused).toEqual({ status: 400, code: 'invalid_mfa_code' });
  });

  it('refuses a malformed code as invalid_request before asking Cognito', async () => {
    const refused = await refusal(completeMfaLogin(t.client(), 'a@example.org', 'session', '12345'));

    expect(refused).toEqual({ status: 400, code: 'invalid_request' });
  });
});

describe('turning TOTP off', () => {
  it('refuses a wrong password with invalid_credentials, and MFA stays on', async () => {
    const account = await signedIn();
    await turnOn(account);
    const api = t.client(account.idToken);

    const refused = await refusal(disableMfa(api, account.accessToken, 'not the password'));

    expect(refused).toEqual({ status: 401, code: 'invalid_credentials' });
    expect((await getMe(api)).user.mfa).toBe(true);
  });

  it('turns it off with the password: the next login gives tokens at once', async () => {
    const account = await signedIn();
    await turnOn(account);
    const api = t.client(account.idToken);

    const status = await disableMfa(api, account.accessToken, account.password);
    const answer = await login(t.client(), account.email, account.password);

    expect(status).toEqual({ mfa: false });
    expect(isMfaChallenge(answer)).toBe(false);
    expect((await getMe(api)).user.mfa).toBe(false);
  });
});

describe('a site that requires MFA of its staff', () => {
  it('is set by the operator, not by a site’s administrator', async () => {
    const site = await t.site();
    const operator = await signedIn(['admins']);
    const siteAdmin = await signedIn();
    await addTeamMember(t.client(operator.idToken), site, siteAdmin.email, 'admin', 'fr');

    const byAdmin = await refusal(updateSite(t.client(siteAdmin.idToken), site, { staffMfaRequired: true }));
    const byOperator = await updateSite(t.client(operator.idToken), site, { staffMfaRequired: true });

    expect(byAdmin).toEqual({ status: 403, code: 'forbidden' });
    expect(byOperator.site.staffMfaRequired).toBe(true);
  });

  it('lets a site’s administrator save the settings with the requirement unchanged', async () => {
    const site = await t.site();
    const operator = await signedIn(['admins']);
    const siteAdmin = await signedIn();
    await addTeamMember(t.client(operator.idToken), site, siteAdmin.email, 'admin', 'fr');
    const { site: current } = await getSite(t.client(siteAdmin.idToken), site);

    const saved = await updateSite(t.client(siteAdmin.idToken), site, {
      staffMfaRequired: current.staffMfaRequired,
      maxDepth: 2,
    });

    expect(saved.site).toMatchObject({ staffMfaRequired: false, maxDepth: 2 });
  });

  it('refuses its staff without MFA with mfa_required, and accepts them once it is on', async () => {
    const site = await t.site({ staffMfaRequired: true });
    const moderator = await signedIn(['moderators']);
    const api = t.client(moderator.idToken);

    const before = await refusal(listQueue(api, { site, status: 'pending' }));
    await turnOn(moderator);
    const after = await listQueue(api, { site, status: 'pending' });

    expect(before).toEqual({ status: 403, code: 'mfa_required' });
    expect(after.comments).toEqual([]);
  });

  it('refuses a member of the site’s team without MFA too', async () => {
    const site = await t.site({ staffMfaRequired: true });
    const member = await signedIn();
    await grantRole(site, member.email, 'moderator', 'test');

    const refused = await refusal(listQueue(t.client(member.idToken), { site, status: 'pending' }));

    expect(refused).toEqual({ status: 403, code: 'mfa_required' });
  });

  it('refuses the operator without MFA too, on that site only', async () => {
    const site = await t.site({ staffMfaRequired: true });
    const operator = await signedIn(['admins']);

    const refused = await refusal(getSite(t.client(operator.idToken), site));
    const elsewhere = await getSite(t.client(operator.idToken), await t.site());

    expect(refused).toEqual({ status: 403, code: 'mfa_required' });
    expect(elsewhere.site.staffMfaRequired).toBe(false);
  });

  it('leaves another site’s staff routes as they were', async () => {
    await t.site({ staffMfaRequired: true });
    const other = await t.site();
    const moderator = await signedIn(['moderators']);

    const page = await listQueue(t.client(moderator.idToken), { site: other, status: 'pending' });

    expect(page.comments).toEqual([]);
  });

  it('refuses a moderator whose MFA was turned off', async () => {
    const site = await t.site({ staffMfaRequired: true });
    const moderator = await signedIn(['moderators']);
    await turnOn(moderator);
    const api = t.client(moderator.idToken);
    await disableMfa(api, moderator.accessToken, moderator.password);

    const refused = await refusal(listQueue(api, { site, status: 'pending' }));

    expect(refused).toEqual({ status: 403, code: 'mfa_required' });
  });
});
