/**
 * Alerts: HTTP adapter of the reader's follows (`/v1/me/follows`). Served by the accounts Lambda
 * with the other `/v1/me` routes (functions/accounts/handler.ts): a Lambda of its own would cost
 * a cold start for three small routes.
 */
import { type Operations, requireCaller } from '../shared/http/http-handler.js';
import { readQuery } from '../shared/http/request.js';
import { validate } from '../shared/http/validate.js';
import { follow, listFollowed, unfollow } from './follow-service.js';
import { followQuery, followsListQuery } from './schemas.js';

export const followOperations: Pick<Operations<'accounts'>, 'listFollows' | 'follow' | 'unfollow'> = {
  async listFollows(context) {
    const { site } = validate(followsListQuery, readQuery(context.event), 'query');
    return { status: 200, body: await listFollowed(requireCaller(context).userId, site) };
  },

  async follow(context) {
    const { site, page } = validate(followQuery, readQuery(context.event), 'query');
    return { status: 200, body: await follow(requireCaller(context).userId, site, page) };
  },

  async unfollow(context) {
    const { site, page } = validate(followQuery, readQuery(context.event), 'query');
    return { status: 200, body: await unfollow(requireCaller(context).userId, site, page) };
  },
};
