/** Unit: the anonymous wrapper (health) answers and logs its one request line, with no caller read. */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handler } from '../../functions/health/handler.js';
import { createAnonymousHandler } from '../../functions/shared/http/anonymous-handler.js';
import { logger } from '../../functions/shared/logger.js';

const healthEvent = (requestId: string) =>
  ({
    routeKey: 'GET /v1/health',
    headers: { authorization: 'Bearer not-a-token' },
    requestContext: { requestId, http: { method: 'GET', path: '/v1/health' } },
  }) as unknown as APIGatewayProxyEventV2;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the anonymous wrapper', () => {
  it('answers health with its JSON body, ignoring any token', async () => {
    // Prepare
    const event = healthEvent('req-1');
    // Act
    const result = await handler(event);
    // Assess
    expect(result).toMatchObject({
      statusCode: 200,
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
    expect(JSON.parse(String(result.body))).toEqual({ ok: true });
  });

  it('logs one request line with the route, status and request id', async () => {
    // Prepare
    const info = vi.spyOn(logger, 'info');
    // Act
    await handler(healthEvent('req-2'));
    // Assess
    expect(info).toHaveBeenCalledTimes(1);
    expect(info).toHaveBeenCalledWith(
      'request',
      expect.objectContaining({ route: 'GET /v1/health', status: 200, requestId: 'req-2' }),
    );
  });

  it('refuses a group with a route that needs a caller', () => {
    // Prepare
    const wrap = () => createAnonymousHandler('reactions', {} as never);
    // Act and assess
    expect(wrap).toThrow(/needs a caller/);
  });
});
