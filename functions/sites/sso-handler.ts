/** Sites: HTTP adapter for a site's SSO signing keys (administrators; docs/sso.md). */
import * as z from 'zod/mini';
import type { Operation } from '../shared/http/http-handler.js';
import { readJsonBody } from '../shared/http/request.js';
import { validate } from '../shared/http/validate.js';
import { siteIdSchema } from './schemas.js';
import { requireSite } from './service.js';
import { addSsoPublicKey, addSsoSecret, listSsoKeys, revokeSsoKey } from './sso-keys.js';
import type { NewSsoKey, SsoKeysAnswer } from './types.js';

const siteParams = z.object({ site: siteIdSchema });
const keyParams = z.object({ site: siteIdSchema, kid: z.string().check(z.regex(/^[\w-]{1,64}$/)) });
const publicAlg = z.enum(['ES256', 'RS256']);

/** A new secret made by Réagir, or the publisher's public key as a PEM or a JWKS URL. */
const newKeyBody = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('secret') }),
  z.object({
    kind: z.literal('public-key'),
    alg: publicAlg,
    publicKeyPem: z.string().check(z.minLength(1), z.maxLength(10_000)),
  }),
  z.object({ kind: z.literal('jwks-url'), alg: publicAlg, jwksUrl: z.string().check(z.maxLength(2048)) }),
]);

async function declaredSite<T extends { site: string }>(
  context: Parameters<Operation>[0],
  params: z.ZodMiniType<T>,
): Promise<T> {
  const found = validate(params, context.event.pathParameters ?? {}, 'path');
  context.useSite(await requireSite(found.site));
  return found;
}

export const ssoKeyOperations = {
  async listSsoKeys(context) {
    const { site } = await declaredSite(context, siteParams);
    return { status: 200, body: { keys: await listSsoKeys(site) } satisfies SsoKeysAnswer };
  },

  async addSsoKey(context) {
    const { site } = await declaredSite(context, siteParams);
    const body = validate(newKeyBody, readJsonBody(context.event), 'body');
    let answer: NewSsoKey;
    if (body.kind === 'secret') {
      answer = await addSsoSecret(site);
    } else {
      const material =
        body.kind === 'public-key'
          ? { alg: body.alg, publicKeyPem: body.publicKeyPem }
          : { alg: body.alg, jwksUrl: body.jwksUrl };
      answer = { kid: await addSsoPublicKey(site, material) };
    }
    return { status: 201, body: answer };
  },

  async revokeSsoKey(context) {
    const { site, kid } = await declaredSite(context, keyParams);
    await revokeSsoKey(site, kid);
    return { status: 204 };
  },
} satisfies Record<'listSsoKeys' | 'addSsoKey' | 'revokeSsoKey', Operation>;
