/** cognito-local in-process: pool setup, sign-up codes in the dev mailbox, tokens, groups, restart. */
import { createPublicKey, type JsonWebKey, verify } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type CognitoIdentityProviderClient,
  ConfirmSignUpCommand,
  InitiateAuthCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CognitoLocal,
  ensureUser,
  ensureUserPool,
  type LocalUserPool,
  localCognitoClient,
  startCognitoLocal,
} from '../../functions/local/cognito-local.js';
import { DevMailbox } from '../../functions/local/dev-mailbox.js';

type Jwt = {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  signed: string;
  signature: Buffer;
};
const decode = (token: string | undefined): Jwt => {
  const [header = '', payload = '', signature = ''] = (token ?? '').split('.');
  const json = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  return {
    header: json(header),
    payload: json(payload),
    signed: `${header}.${payload}`,
    signature: Buffer.from(signature, 'base64url'),
  };
};

describe('cognito-local in-process', () => {
  const mailbox = new DevMailbox();
  const moderator = { email: 'moderation@example.org', password: 'moderation-locale', name: 'Modération' };
  let dataDir: string;
  let cognito: CognitoLocal;
  let client: CognitoIdentityProviderClient;
  let pool: LocalUserPool;

  const login = (username: string, password: string) =>
    client.send(
      new InitiateAuthCommand({
        ClientId: pool.clientId,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: username, PASSWORD: password },
      }),
    );

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'reagir-cognito-'));
    cognito = await startCognitoLocal({ port: 0, dataDir, mailbox });
    client = localCognitoClient(cognito.endpoint);
  });

  afterAll(async () => {
    client?.destroy();
    await cognito?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('creates the pool, client and groups once', async () => {
    pool = await ensureUserPool(cognito.endpoint);
    expect(await ensureUserPool(cognito.endpoint)).toEqual(pool);
    expect(cognito.port).toBeGreaterThan(0);
    expect(pool.issuer).toBe(`http://127.0.0.1:${cognito.port}/${pool.userPoolId}`);
    expect(pool.jwksUrl).toBe(`${pool.issuer}/.well-known/jwks.json`);
  });

  it('mails a sign-up code that confirms the account, then issues verifiable tokens', async () => {
    const email = 'lectrice@example.org';
    await client.send(
      new SignUpCommand({
        ClientId: pool.clientId,
        Username: email,
        Password: 'un-mot-de-passe',
        UserAttributes: [{ Name: 'name', Value: 'Lectrice' }],
      }),
    );
    const code = mailbox.latestCode(email);
    expect(code).toMatch(/^\d{6}$/);
    expect(mailbox.list().at(-1)).toMatchObject({
      to: email,
      kind: 'SignUp',
      text: `Votre code de confirmation Réagir : ${code}`,
    });
    await client.send(
      new ConfirmSignUpCommand({ ClientId: pool.clientId, Username: email, ConfirmationCode: code }),
    );

    const { AuthenticationResult: tokens } = await login(email, 'un-mot-de-passe');
    const id = decode(tokens?.IdToken);
    const access = decode(tokens?.AccessToken);
    expect(id.payload).toMatchObject({ iss: pool.issuer, aud: pool.clientId, token_use: 'id', email });
    expect(access.payload).toMatchObject({ iss: pool.issuer, client_id: pool.clientId, token_use: 'access' });
    // cognito-local never marks a self-registered address verified, even after confirmation.
    expect(id.payload.email_verified).toBe(false);

    const jwks = (await (await fetch(pool.jwksUrl)).json()) as { keys: JsonWebKey[] };
    const key = jwks.keys.find((k) => k.kid === id.header.kid);
    if (!key) throw new Error(`no JWKS key with the token's kid ${String(id.header.kid)}`);
    const publicKey = createPublicKey({ key, format: 'jwk' });
    expect(verify('RSA-SHA256', Buffer.from(id.signed), publicKey, id.signature)).toBe(true);
  });

  it('creates a confirmed moderator whose tokens carry its groups', async () => {
    const groups = ['moderators', 'admins'];
    const first = await ensureUser(cognito.endpoint, pool, { ...moderator, groups });
    expect(await ensureUser(cognito.endpoint, pool, { ...moderator, groups })).toEqual(first);

    const { AuthenticationResult: tokens } = await login(moderator.email, moderator.password);
    const id = decode(tokens?.IdToken).payload;
    expect([...(id['cognito:groups'] as string[])].sort()).toEqual(['admins', 'moderators']);
    expect(id).toMatchObject({
      email: moderator.email,
      email_verified: true,
      'cognito:username': first.username,
    });
  });

  it('keeps the pool and its users across a restart on the same data directory', async () => {
    client.destroy();
    await cognito.stop();
    cognito = await startCognitoLocal({ port: 0, dataDir, mailbox });
    client = localCognitoClient(cognito.endpoint);

    const again = await ensureUserPool(cognito.endpoint);
    expect(again).toMatchObject({ userPoolId: pool.userPoolId, clientId: pool.clientId });
    pool = again;
    const { AuthenticationResult: tokens } = await login(moderator.email, moderator.password);
    // The issuer follows the new port: tokens from before a port change no longer verify.
    expect(decode(tokens?.IdToken).payload).toMatchObject({
      iss: again.issuer,
      'cognito:groups': expect.any(Array),
    });
  });
});
