/**
 * Shared HTTP layer: the header the CDN proves itself to the API with (client-address.ts reads
 * it, infra/constructs/web-hosting.ts sets it). Plain data, so the CDK app can import it.
 */
export const EDGE_SECRET_HEADER = 'x-reagir-edge';
