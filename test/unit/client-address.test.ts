/** The reader's address behind the CDN (functions/shared/http/client-address.ts). */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterEach, describe, expect, it } from 'vitest';
import { clientAddress, viewerAddress } from '../../functions/shared/http/client-address.js';

const event = (headers: Record<string, string>, sourceIp = '130.176.0.1') =>
  ({ headers, requestContext: { http: { sourceIp } } }) as unknown as APIGatewayProxyEventV2;

describe("the client's address", () => {
  afterEach(() => {
    delete process.env.EDGE_SECRET;
  });

  it('is the viewer address the CDN gives, with its secret', async () => {
    process.env.EDGE_SECRET = 'le-secret-du-cdn';
    const through = event({
      'x-reagir-edge': 'le-secret-du-cdn',
      'cloudfront-viewer-address': '198.51.100.10:46532',
    });

    expect(await clientAddress(through)).toBe('198.51.100.10');
  });

  it('is the address that reached the API when the secret is wrong or missing', async () => {
    process.env.EDGE_SECRET = 'le-secret-du-cdn';
    const forged = event({ 'x-reagir-edge': 'devine', 'cloudfront-viewer-address': '198.51.100.10:1' });
    const bare = event({ 'cloudfront-viewer-address': '198.51.100.10:1' });

    expect(await clientAddress(forged)).toBe('130.176.0.1');
    expect(await clientAddress(bare)).toBe('130.176.0.1');
  });

  it('is the address that reached the API on a stage without an edge secret (locally)', async () => {
    const any = event({ 'x-reagir-edge': '', 'cloudfront-viewer-address': '198.51.100.10:1' }, '127.0.0.1');

    expect(await clientAddress(any)).toBe('127.0.0.1');
  });

  it('reads IPv6 viewer addresses, whose port follows the last colon', () => {
    expect(viewerAddress('2001:db8:85a3::8a2e:370:7334:46532')).toBe('2001:db8:85a3::8a2e:370:7334');
    expect(viewerAddress('nonsense')).toBeUndefined();
  });
});
