/**
 * Bench: what a million widget loads cost on AWS, from what the bench measured (the bytes of the
 * shared first page on the wire, its DynamoDB reads) and list prices (docs/cost.md, "Unit
 * prices"), at a given share of loads the CDN answers from its copy (the hit ratio). Without free
 * tiers. A load is one article view whose reader's browser already holds `widget.js` (the entry
 * is priced per visit, apart: `widgetFetchPerMillion`). Pure: docs/cost.md's tables are its output.
 */

/** List prices used (USD), Europe where it differs; docs/cost.md says when they were read. */
export const PRICES = {
  cloudFrontRequest: 0.012 / 10_000,
  cloudFrontPerGb: 0.085,
  apiGatewayRequest: 1.0 / 1_000_000,
  lambdaRequest: 0.2 / 1_000_000,
  lambdaGbSecond: 0.0000133334,
  dynamoReadUnit: 0.125 / 1_000_000,
  logsPerGb: 0.5,
} as const;

/** What one load costs the origin when the CDN has no fresh copy (a miss). */
export interface OriginLoad {
  /** API Gateway in front of the Lambda (false: a Lambda function URL behind the CDN). */
  apiGateway: boolean;
  /** Billed Lambda time per call, and its memory. */
  lambdaMs: number;
  lambdaMb: number;
  /** DynamoDB read units of the first page's one Query. */
  readUnits: number;
  /** Bytes of log per call (the request line; with START/END/REPORT when the system level is INFO). */
  logBytes: number;
}

/** What one load sends the reader. */
export interface WireLoad {
  /** The first page's body as compressed on the wire. */
  bodyBytes: number;
  /** The response headers (CloudFront's own, `via`, `x-amz-cf-*`, `age`, included). */
  headerBytes: number;
}

/** The cost of a million loads, line by line. */
export interface MillionLoads {
  cloudFrontRequests: number;
  cloudFrontData: number;
  origin: number;
  total: number;
}

const GB = 1024 ** 3;

/** One million loads at `hitRatio` (0–1) of them answered from the CDN's copy. */
export function millionLoads(hitRatio: number, wire: WireLoad, origin: OriginLoad): MillionLoads {
  const loads = 1_000_000;
  const misses = loads * (1 - hitRatio);
  const cloudFrontRequests = loads * PRICES.cloudFrontRequest;
  // Every load's bytes leave CloudFront; what the origin sends CloudFront is not billed.
  const cloudFrontData = ((loads * (wire.bodyBytes + wire.headerBytes)) / GB) * PRICES.cloudFrontPerGb;
  const perMiss =
    (origin.apiGateway ? PRICES.apiGatewayRequest : 0) +
    PRICES.lambdaRequest +
    (origin.lambdaMs / 1000) * (origin.lambdaMb / 1024) * PRICES.lambdaGbSecond +
    origin.readUnits * PRICES.dynamoReadUnit +
    (origin.logBytes / GB) * PRICES.logsPerGb;
  const originCost = misses * perMiss;
  return {
    cloudFrontRequests,
    cloudFrontData,
    origin: originCost,
    total: cloudFrontRequests + cloudFrontData + originCost,
  };
}

/** `widget.js` fetched once per `loadsPerVisit` loads: requests and bytes per million loads. */
export function widgetFetchPerMillion(entryGzipBytes: number, loadsPerVisit: number): number {
  const fetches = 1_000_000 / loadsPerVisit;
  return (
    fetches * PRICES.cloudFrontRequest + ((fetches * (entryGzipBytes + 600)) / GB) * PRICES.cloudFrontPerGb
  );
}

/** Bytes CloudFront adds to each answer's headers (`via`, `x-amz-cf-pop`, `x-amz-cf-id`, `x-cache`, `age`). */
export const CLOUDFRONT_HEADER_BYTES = 350;

/** The goal: a million loads at a 90 % hit ratio, without free tiers. */
export const MILLION_LOADS_BUDGET = 1.5;

/**
 * The origin as deployed: API Gateway, the comments Lambda (512 MB, ~40 ms billed: not measurable
 * here), the first page's one Query (its read units as measured), and the request line alone in
 * the logs (Lambda's JSON format with the system level at WARN drops START/END/REPORT).
 */
export const deployedOrigin = (readUnits: number): OriginLoad => ({
  apiGateway: true,
  lambdaMs: 40,
  lambdaMb: 512,
  readUnits,
  logBytes: 300,
});

const dollars = (value: number) => `$${value.toFixed(2)}`;

/** The cost rows: a million loads at 50, 90 and 99 % hits, from the measured first page. */
export function costRows(
  list: { identity: number; br: number },
  headerBytes: number,
  readUnits: number,
  entryGzipBytes: number | undefined,
): { metric: string; value: string; budget?: string; ok?: boolean }[] {
  const wire = { bodyBytes: list.br, headerBytes: headerBytes + CLOUDFRONT_HEADER_BYTES };
  const origin = deployedOrigin(readUnits);
  const at = (hit: number, o = origin) => millionLoads(hit, wire, o);
  const ninety = at(0.9);
  const rows = [
    {
      metric: 'a million loads without free tiers, 90 % from the CDN (requests + data + origin)',
      value: `${dollars(ninety.total)} (${dollars(ninety.cloudFrontRequests)} + ${dollars(ninety.cloudFrontData)} + ${dollars(ninety.origin)})`,
      budget: `≤ ${dollars(MILLION_LOADS_BUDGET)}`,
      ok: ninety.total <= MILLION_LOADS_BUDGET,
    },
    {
      metric: 'a million loads, 50 % / 99 % from the CDN',
      value: `${dollars(at(0.5).total)} / ${dollars(at(0.99).total)}`,
    },
    {
      metric: 'a million loads, 90 % from the CDN, a Lambda function URL as origin instead of API Gateway',
      value: dollars(at(0.9, { ...origin, apiGateway: false }).total),
    },
  ];
  if (entryGzipBytes !== undefined)
    rows.push({
      metric: 'widget.js for a million loads, fetched once a visit of 3 loads (apart)',
      value: dollars(widgetFetchPerMillion(entryGzipBytes, 3)),
    });
  return rows;
}
