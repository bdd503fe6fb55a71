// cognito-local assembled in-process from its parts (as its createDefaultServer does) because that
// default server hard-codes `./.cognito`, takes PORT/HOST from the environment (PORT is our app's),
// loads aws-sdk v2 (slow, prints an end-of-support warning) and prints codes to the console.
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import * as idp from '@aws-sdk/client-cognito-identity-provider';
import { DefaultConfig } from 'cognito-local/lib/server/config.js';
import { Router } from 'cognito-local/lib/server/Router.js';
import { createServer } from 'cognito-local/lib/server/server.js';
import { DateClock } from 'cognito-local/lib/services/clock.js';
import { CognitoServiceFactoryImpl } from 'cognito-local/lib/services/cognitoService.js';
import { StormDBDataStoreFactory } from 'cognito-local/lib/services/dataStore/stormDb.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import type { DeliveryDetails } from 'cognito-local/lib/services/messageDelivery/messageDelivery.js';
import type { Messages } from 'cognito-local/lib/services/messages.js';
import { otp } from 'cognito-local/lib/services/otp.js';
import { JwtTokenGenerator } from 'cognito-local/lib/services/tokenGenerator.js';
import type { Triggers } from 'cognito-local/lib/services/triggers/triggers.js';
import { UserPoolServiceFactoryImpl } from 'cognito-local/lib/services/userPoolService.js';
import { withMissingTargets, withStandardClaims } from './cognito-local-extensions.js';
import { type DevMailbox, frenchMessage } from './dev-mailbox.js';

type Logger = Parameters<typeof createServer>[1];
// createServer's pino-http needs a real pino logger: take cognito-local's own pino, resolved from
// its location rather than relying on it being hoisted next to us.
const fromCognitoLocal = createRequire(createRequire(import.meta.url).resolve('cognito-local'));
const pino = fromCognitoLocal('pino') as (options: { level: string }) => Logger;

// No Lambda triggers locally; an always-disabled Triggers spares us LambdaService and CryptoService,
// whose modules load aws-sdk v2.
const noTrigger = () => Promise.reject(new Error('no Lambda triggers in the local stack'));
const noTriggers: Triggers = {
  enabled: () => false,
  customMessage: noTrigger,
  customEmailSender: noTrigger,
  postAuthentication: noTrigger,
  postConfirmation: noTrigger,
  preSignUp: noTrigger,
  preTokenGeneration: noTrigger,
  userMigration: noTrigger,
};

// Takes the place of MessagesService + ConsoleMessageSender one level up, because a MessageSender
// is never told the message source (SignUp, ForgotPassword...) that the mailbox records as `kind`.
const mailboxMessages = (mailbox: DevMailbox): Messages => ({
  async deliver(_ctx, source, _client, _pool, _user, code, _meta, delivery: DeliveryDetails) {
    mailbox.add({ to: delivery.Destination, kind: source, code, ...frenchMessage(source, code) });
  },
});

/** A running in-process cognito-local. */
export type CognitoLocal = { endpoint: string; port: number; stop(): Promise<void> };

/** Where cognito-local listens (`port` 0 = a free one) and keeps its data; mail goes to `mailbox`. */
export type CognitoLocalOptions = { port?: number; dataDir: string; mailbox: DevMailbox; host?: string };

/** Starts cognito-local in-process on `port` (0 = free port); `dataDir` must hold only its JSON files. */
export async function startCognitoLocal(options: CognitoLocalOptions): Promise<CognitoLocal> {
  const host = options.host ?? '127.0.0.1';
  const logger = pino({ level: process.env.COGNITO_LOCAL_LOG ?? 'silent' });
  // Every *.json in dataDir is loaded as a user pool (besides clients.json), hence a dir of its own.
  await mkdir(options.dataDir, { recursive: true });
  // The issuer embeds the port, unknown before listening on port 0; the token generator reads this
  // object at each sign-in, so it is filled in once the server listens.
  const tokenConfig: { IssuerDomain?: string } = {};
  const config = {
    ...DefaultConfig,
    TokenConfig: tokenConfig,
    ServerConfig: { port: options.port ?? 0, hostname: host, development: false, https: false as const },
  };
  const clock = new DateClock();
  const stores = new StormDBDataStoreFactory(options.dataDir);
  const pools = new UserPoolServiceFactoryImpl(clock, stores);
  const cognitoFactory = new CognitoServiceFactoryImpl(options.dataDir, stores, pools);
  const cognito = await cognitoFactory.create({ logger }, config.UserPoolDefaults);
  const services: Services = {
    clock,
    cognito,
    config,
    messages: mailboxMessages(options.mailbox),
    otp,
    tokenGenerator: new JwtTokenGenerator(clock, withStandardClaims(noTriggers), tokenConfig),
    triggers: noTriggers,
  };
  const server = await createServer(
    withMissingTargets(Router(services), services),
    logger,
    config.ServerConfig,
    services,
  ).start();
  const { port } = server.address() as AddressInfo;
  // A wildcard bind is still reached, and its tokens issued, through loopback.
  const endpoint = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  tokenConfig.IssuerDomain = endpoint;
  const stop = () =>
    new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      // SDK clients keep connections alive: without this, close() waits for them to time out.
      server.closeAllConnections();
    });
  return { endpoint, port, stop };
}

/** SDK client for a local endpoint (region `local`, dummy credentials); `destroy()` it when done. */
export function localCognitoClient(endpoint: string): idp.CognitoIdentityProviderClient {
  const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  return new idp.CognitoIdentityProviderClient({ endpoint, region: 'local', credentials });
}

/** Ids and token-verification URLs of the local user pool. */
export type LocalUserPool = { userPoolId: string; clientId: string; issuer: string; jwksUrl: string };

// Every field spelled out: cognito-local deep-merges AWS defaults, which require every character class.
const ANY_CASE = { RequireLowercase: false, RequireUppercase: false };
const PASSWORD_POLICY = { MinimumLength: 8, ...ANY_CASE, RequireNumbers: false, RequireSymbols: false };
const CLIENT_NAME = 'reagir-web';

const required = (value: string | undefined, what: string): string => {
  if (!value) throw new Error(`cognito-local returned no ${what}`);
  return value;
};

/** Finds or creates the pool (default `reagir`), its `reagir-web` app client and the groups. */
export async function ensureUserPool(endpoint: string, { poolName = 'reagir' } = {}): Promise<LocalUserPool> {
  const client = localCognitoClient(endpoint);
  try {
    // One page is enough: a local data dir holds a handful of pools.
    const { UserPools } = await client.send(new idp.ListUserPoolsCommand({ MaxResults: 60 }));
    let poolId = UserPools?.find((p) => p.Name === poolName)?.Id;
    if (!poolId) {
      const create = new idp.CreateUserPoolCommand({
        PoolName: poolName,
        UsernameAttributes: ['email'],
        AutoVerifiedAttributes: ['email'],
        Policies: { PasswordPolicy: PASSWORD_POLICY },
      });
      poolId = (await client.send(create)).UserPool?.Id;
    }
    const UserPoolId = required(poolId, 'user pool id');
    // As on AWS (infra/constructs/identity.ts): each account may turn TOTP on; set on every start,
    // so a pool created before MFA existed here gets it too.
    await client.send(
      new idp.SetUserPoolMfaConfigCommand({
        UserPoolId,
        MfaConfiguration: 'OPTIONAL',
        SoftwareTokenMfaConfiguration: { Enabled: true },
      }),
    );
    const listClients = new idp.ListUserPoolClientsCommand({ UserPoolId, MaxResults: 60 });
    const { UserPoolClients } = await client.send(listClients);
    let clientId = UserPoolClients?.find((c) => c.ClientName === CLIENT_NAME)?.ClientId;
    if (!clientId) {
      const create = new idp.CreateUserPoolClientCommand({
        UserPoolId,
        ClientName: CLIENT_NAME,
        GenerateSecret: false,
        ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      });
      clientId = (await client.send(create)).UserPoolClient?.ClientId;
    }
    const { Groups } = await client.send(new idp.ListGroupsCommand({ UserPoolId }));
    for (const GroupName of ['moderators', 'admins']) {
      if (Groups?.some((g) => g.GroupName === GroupName)) continue;
      await client.send(new idp.CreateGroupCommand({ UserPoolId, GroupName }));
    }
    const issuer = `${endpoint}/${UserPoolId}`;
    const jwksUrl = `${issuer}/.well-known/jwks.json`;
    return { userPoolId: UserPoolId, clientId: required(clientId, 'app client id'), issuer, jwksUrl };
  } finally {
    client.destroy();
  }
}

/** Creates (if missing) a confirmed user, (re)sets its password and adds it to the groups it lacks. */
export async function ensureUser(
  endpoint: string,
  pool: Pick<LocalUserPool, 'userPoolId'>,
  user: { email: string; password: string; name: string; groups?: readonly string[] },
): Promise<{ username: string }> {
  const client = localCognitoClient(endpoint);
  const UserPoolId = pool.userPoolId;
  try {
    const get = new idp.AdminGetUserCommand({ UserPoolId, Username: user.email });
    const absent = (error: unknown) =>
      error instanceof idp.UserNotFoundException ? undefined : Promise.reject(error);
    let username = (await client.send(get).catch(absent))?.Username;
    if (!username) {
      // email_verified: nobody will confirm this address with a code, so we vouch for it.
      const attributes = { email: user.email, email_verified: 'true', name: user.name };
      const create = new idp.AdminCreateUserCommand({
        UserPoolId,
        Username: user.email,
        MessageAction: 'SUPPRESS',
        UserAttributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })),
      });
      username = (await client.send(create)).User?.Username;
    }
    const Username = required(username, 'username');
    // Set on every call so a changed DEV_MODERATOR_PASSWORD applies; Permanent skips the
    // FORCE_CHANGE_PASSWORD challenge AdminCreateUser leaves the user in.
    const setPassword = { UserPoolId, Username, Password: user.password, Permanent: true };
    await client.send(new idp.AdminSetUserPasswordCommand(setPassword));
    const { Groups } = await client.send(new idp.AdminListGroupsForUserCommand({ UserPoolId, Username }));
    for (const GroupName of user.groups ?? []) {
      if (Groups?.some((g) => g.GroupName === GroupName)) continue;
      await client.send(new idp.AdminAddUserToGroupCommand({ UserPoolId, Username, GroupName }));
    }
    return { username: Username };
  } finally {
    client.destroy();
  }
}
