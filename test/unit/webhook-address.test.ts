/** Webhooks: the address classifier refuses every non-public address, in every spelling. */
import { afterEach, describe, expect, it } from 'vitest';
import { checkWebhookUrl, refusedAddress } from '../../functions/webhooks/address.js';
import { pinnedLookup } from '../../functions/webhooks/post.js';

describe('refusedAddress', () => {
  it.each([
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'private'],
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['169.254.169.254', 'link-local'],
    ['0.0.0.0', 'private'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['fc00::1', 'private'],
    ['fd12:3456::1', 'private'],
    ['fe80::1', 'link-local'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:169.254.169.254', 'link-local'],
    ['::ffff:a9fe:a9fe', 'link-local'],
    ['::ffff:10.0.0.1', 'private'],
    ['64:ff9b::10.0.0.1', 'private'],
  ])('refuses %s as %s', (ip, why) => {
    expect(refusedAddress(ip)).toBe(why);
  });

  it.each(['93.184.215.14', '172.32.0.1', '100.128.0.1', '2606:4700::6810:84e5', '::ffff:93.184.215.14'])(
    'accepts the public address %s',
    (ip) => {
      expect(refusedAddress(ip)).toBeUndefined();
    },
  );
});

describe('checkWebhookUrl', () => {
  const saved = process.env.WEBHOOKS_ALLOW_LOCAL;
  afterEach(() => {
    process.env.WEBHOOKS_ALLOW_LOCAL = saved;
  });
  const resolvesTo =
    (...addresses: string[]) =>
    async () =>
      addresses.map((address) => ({ address }));

  it('refuses plain http', async () => {
    await expect(
      checkWebhookUrl('http://example.org/hook', resolvesTo('93.184.215.14')),
    ).rejects.toMatchObject({
      code: 'webhook_url_refused',
    });
  });

  it('refuses a host of which one address of several is private', async () => {
    await expect(
      checkWebhookUrl('https://hooks.example.org/', resolvesTo('93.184.215.14', '10.0.0.5')),
    ).rejects.toThrow(/10\.0\.0\.5, a private address/);
  });

  it('accepts https to a public host', async () => {
    const url = await checkWebhookUrl('https://hooks.example.org/in', resolvesTo('93.184.215.14'));
    expect(url.hostname).toBe('hooks.example.org');
  });

  it('allows http://127.0.0.1 only when the local stack says so', async () => {
    delete process.env.WEBHOOKS_ALLOW_LOCAL;
    await expect(checkWebhookUrl('http://127.0.0.1:4000/hook')).rejects.toMatchObject({
      code: 'webhook_url_refused',
    });
    process.env.WEBHOOKS_ALLOW_LOCAL = '1';
    await expect(checkWebhookUrl('http://127.0.0.1:4000/hook')).resolves.toBeInstanceOf(URL);
    await expect(checkWebhookUrl('http://localhost:4000/hook')).rejects.toMatchObject({
      code: 'webhook_url_refused',
    });
  });
});

describe('pinnedLookup', () => {
  it('refuses a host that resolves to loopback at connect time', async () => {
    const error = await new Promise<Error | null>((done) =>
      pinnedLookup('localhost', { family: 0 }, (failure) => done(failure)),
    );
    expect(error?.message).toMatch(/not a public address/);
  });
});
