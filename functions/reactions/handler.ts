/** Reactions: HTTP adapter for reactions to comments and to articles. */
import {
  createHandler,
  type Operation,
  type Operations,
  type RequestContext,
  requireCaller,
} from '../shared/http/http-handler.js';
import { readQuery } from '../shared/http/request.js';
import { validate } from '../shared/http/validate.js';
import { requireSite } from '../sites/service.js';
import {
  commentReactionParams,
  commentReactionQuery,
  pageReactionParams,
  pageReactionQuery,
} from './schemas.js';
import { commentAsTarget, pageAsTarget, react } from './service.js';

function onComment(on: boolean): Operation {
  return async (context: RequestContext) => {
    const { id, type } = validate(commentReactionParams, context.event.pathParameters ?? {}, 'path');
    const { site: siteId } = validate(commentReactionQuery, readQuery(context.event), 'query');
    const caller = requireCaller(context);
    const { target, site } = await commentAsTarget(id, siteId);
    context.useSite(site);
    return { status: 200, body: await react(target, site, caller, type, on) };
  };
}

function onPage(on: boolean): Operation {
  return async (context: RequestContext) => {
    const { type } = validate(pageReactionParams, context.event.pathParameters ?? {}, 'path');
    const query = validate(pageReactionQuery, readQuery(context.event), 'query');
    const caller = requireCaller(context);
    const site = await requireSite(query.site);
    context.useSite(site);
    return { status: 200, body: await react(pageAsTarget(site, query.page), site, caller, type, on) };
  };
}

export const operations: Operations<'reactions'> = {
  reactToComment: onComment(true),
  unreactToComment: onComment(false),
  reactToPage: onPage(true),
  unreactToPage: onPage(false),
};

export const handler = createHandler('reactions', operations);
