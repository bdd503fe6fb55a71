/**
 * Shared HTTP layer: the reader's network address, for the per-address limits and the guest
 * network bans (never stored: hashed). API Gateway's `sourceIp` is the address that reached it:
 * through the CDN (the widget calls its own origin), CloudFront's. CloudFront then tells the
 * reader's in `CloudFront-Viewer-Address`, which anyone could also send to API Gateway directly:
 * so it is believed only beside the stage's edge secret, which the CDN adds to every request it
 * forwards (`x-reagir-edge`, infra/constructs/web-hosting.ts) and no reader knows.
 */
import { timingSafeEqual } from 'node:crypto';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { loadStageSecret } from '../stage-secret.js';
import { EDGE_SECRET_HEADER } from './edge-header.js';
import { header } from './request.js';

let edgeSecret: Promise<Buffer | undefined> | undefined;

/** The stage's edge secret (`EDGE_SECRET`, else the secret `EDGE_SECRET_ARN` names); none locally. */
function loadEdgeSecret(env: NodeJS.ProcessEnv = process.env): Promise<Buffer | undefined> {
  if (!env.EDGE_SECRET && !env.EDGE_SECRET_ARN) return Promise.resolve(undefined);
  edgeSecret ??= loadStageSecret('EDGE_SECRET', env).catch((error: unknown) => {
    edgeSecret = undefined;
    throw error;
  });
  return edgeSecret;
}

/** The address part of `CloudFront-Viewer-Address` (`198.51.100.10:46532`, `2001:db8::1:46532`). */
export function viewerAddress(value: string): string | undefined {
  const cut = value.lastIndexOf(':');
  const address = cut > 0 ? value.slice(0, cut) : '';
  return address.length > 0 ? address : undefined;
}

/** The client's address: the CDN's word for it when the request proves it came through the CDN. */
export async function clientAddress(event: APIGatewayProxyEventV2): Promise<string> {
  const direct = event.requestContext.http.sourceIp;
  const proof = header(event, EDGE_SECRET_HEADER);
  const viewer = header(event, 'cloudfront-viewer-address');
  if (!proof || !viewer) return direct;
  const secret = await loadEdgeSecret();
  const given = Buffer.from(proof, 'utf8');
  if (!secret || given.length !== secret.length || !timingSafeEqual(given, secret)) return direct;
  return viewerAddress(viewer) ?? direct;
}
