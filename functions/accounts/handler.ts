/** Accounts: HTTP adapter for sign-up, sessions, password resets and the reader's own data. */

import { followOperations } from '../alerts/follow-handler.js';
import {
  createHandler,
  type Operations,
  type RequestContext,
  requireCaller,
} from '../shared/http/http-handler.js';
import { readJsonBody, readQuery } from '../shared/http/request.js';
import { validate } from '../shared/http/validate.js';
import { siteIdSchema } from '../sites/schemas.js';
import { requireSite } from '../sites/service.js';
import { mfaOperations } from './mfa-handler.js';
import {
  confirmBody,
  emailBody,
  logInBody,
  refreshBody,
  resetBody,
  signUpBody,
  ssoBody,
  updateMeBody,
} from './schemas.js';
import * as accounts from './service.js';
import { exchangeSsoToken, logOutSso } from './sso-service.js';
import type { CodeSent, Confirmed, PasswordReset } from './types.js';

const ip = (context: RequestContext) => context.event.requestContext.http.sourceIp;

/** The answer to every request that must not reveal whether the account exists. */
const accepted = { status: 202, body: { status: 'code_sent' } satisfies CodeSent };

/**
 * Account routes name no site; the widget sends its own as `?site=` so that the answer carries
 * CORS headers for that site's origins (and a write from another origin is refused, as elsewhere),
 * a refused token's answer too: it is declared before the token is read.
 */
async function declareSite(context: RequestContext): Promise<void> {
  const id = siteIdSchema.safeParse(readQuery(context.event).site);
  if (id.success) context.useSite(await requireSite(id.data));
}

export const operations: Operations<'accounts'> = {
  async signUp(context) {
    const { email, password, name } = validate(signUpBody, readJsonBody(context.event), 'body');
    await accounts.signUp(email, password, name, ip(context));
    return accepted;
  },

  async confirm(context) {
    const { email, code } = validate(confirmBody, readJsonBody(context.event), 'body');
    await accounts.confirm(email, code, ip(context));
    return { status: 200, body: { confirmed: true } satisfies Confirmed };
  },

  async resend(context) {
    const { email } = validate(emailBody, readJsonBody(context.event), 'body');
    await accounts.resend(email, ip(context));
    return accepted;
  },

  async logIn(context) {
    const { email, password } = validate(logInBody, readJsonBody(context.event), 'body');
    return { status: 200, body: await accounts.logIn(email, password, ip(context)) };
  },

  async refresh(context) {
    const { refreshToken } = validate(refreshBody, readJsonBody(context.event), 'body');
    return { status: 200, body: await accounts.refresh(refreshToken, ip(context)) };
  },

  async logOut(context) {
    const { refreshToken } = validate(refreshBody, readJsonBody(context.event), 'body');
    await accounts.logOut(requireCaller(context), refreshToken);
    return { status: 204 };
  },

  async logOutEverywhere(context) {
    await accounts.logOutEverywhere(requireCaller(context));
    return { status: 204 };
  },

  async ssoLogIn(context) {
    const { site, token } = validate(ssoBody, readJsonBody(context.event), 'body');
    context.useSite(await requireSite(site));
    return { status: 200, body: await exchangeSsoToken(site, token, ip(context)) };
  },

  async ssoLogOut(context) {
    await logOutSso(requireCaller(context).userId);
    return { status: 204 };
  },

  async forgot(context) {
    const { email } = validate(emailBody, readJsonBody(context.event), 'body');
    await accounts.forgot(email, ip(context));
    return accepted;
  },

  async reset(context) {
    const { email, code, password } = validate(resetBody, readJsonBody(context.event), 'body');
    await accounts.reset(email, code, password, ip(context));
    return { status: 200, body: { reset: true } satisfies PasswordReset };
  },

  async getMe(context) {
    return { status: 200, body: await accounts.me(requireCaller(context)) };
  },

  async updateMe(context) {
    const changes = validate(updateMeBody, readJsonBody(context.event), 'body');
    return { status: 200, body: await accounts.updateMe(requireCaller(context), changes) };
  },

  async deleteMe(context) {
    await accounts.deleteAccount(requireCaller(context));
    return { status: 204 };
  },

  async exportMe(context) {
    const data = await accounts.exportData(requireCaller(context));
    return {
      status: 200,
      body: data,
      headers: { 'content-disposition': 'attachment; filename="reagir-export.json"' },
    };
  },

  ...followOperations,
  ...mfaOperations,
};

export const handler = createHandler('accounts', operations, { declareSite });
