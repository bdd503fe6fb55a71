/**
 * The unsubscribe links' key: read from Secrets Manager when the stage names its secret (the real
 * SDK client, against a local endpoint answering as the service does), taken as given locally,
 * made per process otherwise; a secret without a string value stops the start.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAlertsKey } from '../../functions/alerts/secret.js';

const asked: { target?: string; body: string }[] = [];
let answer: Record<string, unknown> = {};
const server = createServer(async (request: IncomingMessage, response) => {
  let body = '';
  for await (const chunk of request) body += chunk;
  asked.push({ target: request.headers['x-amz-target'] as string | undefined, body });
  response.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
  response.end(JSON.stringify(answer));
});

const saved = { ...process.env };
beforeAll(async () => {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.AWS_REGION = 'eu-west-3';
  process.env.AWS_ACCESS_KEY_ID = 'test';
  process.env.AWS_SECRET_ACCESS_KEY = 'test';
});
afterAll(() => {
  process.env = saved;
  server.close();
});

describe('the alerts key', () => {
  const arn = 'arn:aws:secretsmanager:eu-west-3:123456789012:secret:AlertsSecret-abc';

  it('is read from Secrets Manager by the secret named in ALERTS_SECRET_ARN', async () => {
    answer = { ARN: arn, Name: 'AlertsSecret', SecretString: 'la-clef-du-stage' };
    const key = await loadAlertsKey({ ALERTS_SECRET_ARN: arn });
    expect(key.toString('utf8')).toBe('la-clef-du-stage');
    expect(asked.at(-1)?.target).toBe('secretsmanager.GetSecretValue');
    expect(JSON.parse(asked.at(-1)?.body ?? '{}')).toEqual({ SecretId: arn });
  });

  it('refuses a secret without a string value', async () => {
    answer = { ARN: arn, Name: 'AlertsSecret' };
    await expect(loadAlertsKey({ ALERTS_SECRET_ARN: arn })).rejects.toThrow(/no string value/);
  });

  it('takes the local stack’s key as given, and makes one when none is named', async () => {
    const before = asked.length;
    expect((await loadAlertsKey({ ALERTS_SECRET: 'locale' })).toString('utf8')).toBe('locale');
    const made = await loadAlertsKey({});
    expect(made).toHaveLength(32);
    expect(await loadAlertsKey({})).not.toEqual(made);
    expect(asked).toHaveLength(before);
  });
});
