/** Unit: what each request counts in the business metrics (functions/shared/metrics.ts). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { metrics, recordRequest, requestOutcomes } from '../../functions/shared/metrics.js';

describe('requestOutcomes', () => {
  it('counts a published comment as posted', () => {
    const body = { comment: { id: 'c1', status: 'approved' } };
    expect(requestOutcomes('POST /v1/comments', 201, undefined, body)).toEqual({ CommentsPosted: 1 });
  });

  it('counts a comment held for moderation as posted and held', () => {
    const body = { comment: { id: 'c1', status: 'pending' } };
    expect(requestOutcomes('POST /v1/comments', 201, undefined, body)).toEqual({
      CommentsPosted: 1,
      CommentsHeld: 1,
    });
  });

  it('counts the approvals and rejections a moderator’s decision applied, not the failed ones', () => {
    const body = {
      results: [
        { id: 'a', ok: true, status: 'approved', pinned: false },
        { id: 'b', ok: true, status: 'approved', pinned: false },
        { id: 'c', ok: true, status: 'rejected', pinned: false },
        { id: 'd', ok: false, error: { code: 'conflict', message: '' } },
      ],
    };
    expect(requestOutcomes('POST /v1/moderation/decisions', 200, undefined, body)).toEqual({
      CommentsApproved: 2,
      CommentsRejected: 1,
    });
  });

  it('counts a reaction added to a comment or an article, not one removed', () => {
    expect(requestOutcomes('PUT /v1/comments/{id}/reactions/{type}', 200, undefined, {})).toEqual({
      Reactions: 1,
    });
    expect(requestOutcomes('PUT /v1/pages/reactions/{type}', 200, undefined, {})).toEqual({ Reactions: 1 });
    expect(requestOutcomes('DELETE /v1/pages/reactions/{type}', 200, undefined, {})).toEqual({});
  });

  it('counts wrong passwords and missing or bad tokens as auth failures', () => {
    expect(requestOutcomes('POST /v1/auth/login', 401, 'invalid_credentials', {})).toEqual({
      AuthFailures: 1,
    });
    expect(requestOutcomes('GET /v1/me', 401, 'unauthorized', {})).toEqual({ AuthFailures: 1 });
  });

  it('counts nothing for a refused write or an ordinary read', () => {
    expect(requestOutcomes('POST /v1/comments', 403, 'page_closed', {})).toEqual({});
    expect(requestOutcomes('GET /v1/comments', 200, undefined, { comments: [] })).toEqual({});
  });
});

describe('recordRequest', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('publishes nothing off Lambda, so local runs and tests print no metrics', () => {
    vi.stubEnv('AWS_LAMBDA_FUNCTION_NAME', '');
    const publish = vi.spyOn(metrics, 'publishStoredMetrics');
    recordRequest('POST /v1/comments', 201, undefined, { comment: { status: 'approved' } });
    expect(publish).not.toHaveBeenCalled();
  });

  it('publishes once per counted request on Lambda', () => {
    vi.stubEnv('AWS_LAMBDA_FUNCTION_NAME', 'reagir-comments');
    const publish = vi.spyOn(metrics, 'publishStoredMetrics').mockReturnThis();
    recordRequest('POST /v1/comments', 201, undefined, { comment: { status: 'pending' } });
    recordRequest('GET /v1/comments', 200, undefined, {});
    expect(publish).toHaveBeenCalledTimes(1);
    metrics.clearMetrics();
  });
});
