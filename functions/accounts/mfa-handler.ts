/** Accounts: HTTP adapter for TOTP MFA: the login's second step and the account's own settings. */
import { type Operation, type RequestContext, requireCaller } from '../shared/http/http-handler.js';
import { readJsonBody } from '../shared/http/request.js';
import { validate } from '../shared/http/validate.js';
import { disableMfa, enableMfa, setUpMfa } from './mfa-service.js';
import { mfaDisableBody, mfaEnableBody, mfaLoginBody, mfaSetupBody } from './schemas.js';
import { completeMfaLogin } from './service.js';

const ip = (context: RequestContext) => context.event.requestContext.http.sourceIp;

type MfaOperation = 'completeMfaLogin' | 'setUpMfa' | 'enableMfa' | 'disableMfa';

export const mfaOperations: Record<MfaOperation, Operation> = {
  async completeMfaLogin(context) {
    const { email, session, code } = validate(mfaLoginBody, readJsonBody(context.event), 'body');
    return { status: 200, body: await completeMfaLogin(email, session, code, ip(context)) };
  },

  async setUpMfa(context) {
    const { accessToken } = validate(mfaSetupBody, readJsonBody(context.event), 'body');
    return { status: 200, body: await setUpMfa(requireCaller(context), accessToken) };
  },

  async enableMfa(context) {
    const { accessToken, code } = validate(mfaEnableBody, readJsonBody(context.event), 'body');
    return { status: 200, body: await enableMfa(requireCaller(context), accessToken, code) };
  },

  async disableMfa(context) {
    const { accessToken, password } = validate(mfaDisableBody, readJsonBody(context.event), 'body');
    return {
      status: 200,
      body: await disableMfa(requireCaller(context), accessToken, password, ip(context)),
    };
  },
};
