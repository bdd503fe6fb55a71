/**
 * Business metrics, configured once (Powertools Metrics, CloudWatch embedded metric format). The
 * HTTP wrapper counts them from each request's route, error code and documented response, so no
 * domain code knows about CloudWatch. Published on Lambda only: local runs and tests stay quiet.
 */
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';

/** Every metric the functions publish; infra/ builds the dashboard from this list. */
export const metricNames = [
  'CommentsPosted',
  'CommentsHeld',
  'CommentsApproved',
  'CommentsRejected',
  'Reactions',
  'AuthFailures',
] as const;

/** A business metric's name. */
export type MetricName = (typeof metricNames)[number];

/** The namespace is the stage's (`Reagir/<stage>`, set by infra/), so stages never mix their figures. */
export const metrics = new Metrics({
  namespace: process.env.POWERTOOLS_METRICS_NAMESPACE || 'Reagir',
  serviceName: 'reagir',
});

const onLambda = () => Boolean(process.env.AWS_LAMBDA_FUNCTION_NAME);

const field = (value: unknown, key: string): unknown =>
  value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;

/** What one request counts, from its route key, status, error code and reply body (docs/api.md). */
export function requestOutcomes(
  routeKey: string,
  status: number,
  errorCode: string | undefined,
  body: unknown,
): Partial<Record<MetricName, number>> {
  if (errorCode === 'invalid_credentials' || errorCode === 'unauthorized') return { AuthFailures: 1 };
  if (status < 200 || status >= 300) return {};
  if (routeKey === 'POST /v1/comments') {
    const held = field(field(body, 'comment'), 'status') === 'pending';
    return held ? { CommentsPosted: 1, CommentsHeld: 1 } : { CommentsPosted: 1 };
  }
  if (routeKey.startsWith('PUT ') && routeKey.includes('/reactions/')) return { Reactions: 1 };
  if (routeKey === 'POST /v1/moderation/decisions') {
    const results = field(body, 'results');
    const decided = Array.isArray(results) ? results.filter((r: unknown) => field(r, 'ok') === true) : [];
    const count = (to: string) => decided.filter((r) => field(r, 'status') === to).length;
    const outcome: Partial<Record<MetricName, number>> = {};
    if (count('approved') > 0) outcome.CommentsApproved = count('approved');
    if (count('rejected') > 0) outcome.CommentsRejected = count('rejected');
    return outcome;
  }
  return {};
}

/** Publishes what a request counts (one EMF log line), when it counts anything and runs on Lambda. */
export function recordRequest(
  routeKey: string,
  status: number,
  errorCode: string | undefined,
  body: unknown,
): void {
  const outcomes = Object.entries(requestOutcomes(routeKey, status, errorCode, body));
  if (outcomes.length === 0 || !onLambda()) return;
  for (const [name, value] of outcomes) metrics.addMetric(name, MetricUnit.Count, value);
  metrics.publishStoredMetrics();
}
