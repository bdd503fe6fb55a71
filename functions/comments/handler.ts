/** Comments: HTTP adapter. Parses and validates, resolves the site, calls one service function. */
import { createHandler, type Operations, requireCaller } from '../shared/http/http-handler.js';
import { ownOrigin } from '../shared/http/own-origin.js';
import { header, readJsonBody, readQuery } from '../shared/http/request.js';
import { validate } from '../shared/http/validate.js';
import { requireSite } from '../sites/service.js';
import { deleteComment, editComment } from './author-service.js';
import { confirmGuest } from './guest-confirmation.js';
import { useScorer } from './pipeline/classifier.js';
import { scorerFromEnv } from './pipeline/external-scorer.js';
import {
  commentIdParams,
  countsQuery,
  createCommentBody,
  editCommentBody,
  guestConfirmQuery,
  idempotencyKeySchema,
  listCommentsQuery,
  warningParams,
  warningQuery,
} from './schemas.js';
import { countComments, listComments, postComment } from './service.js';
import type { CommentAnswer, CreatedComment, GuestConfirmed } from './types.js';
import { dismissOwnWarning } from './warnings.js';

// The stage's external classifier, if it turned one on (the Bedrock guardrail); else built-in rules.
const external = scorerFromEnv(process.env);
if (external) useScorer(external.scorer, external.timeoutMs);

export const operations: Operations<'comments'> = {
  async listComments(context) {
    const query = validate(listCommentsQuery, readQuery(context.event), 'query');
    const site = await requireSite(query.site);
    context.useSite(site);
    return { status: 200, body: await listComments(query, site, context.caller) };
  },

  async createComment(context) {
    const body = validate(createCommentBody, readJsonBody(context.event), 'body');
    const rawKey = header(context.event, 'idempotency-key');
    const idempotencyKey =
      rawKey === undefined ? undefined : validate(idempotencyKeySchema, rawKey, 'header');
    const site = await requireSite(body.site);
    context.useSite(site);
    const sourceIp = context.event.requestContext.http.sourceIp;
    const claim = { requestOrigin: context.origin, ownOrigin: ownOrigin(context.event) };
    const result = await postComment({ body, caller: context.caller, idempotencyKey, sourceIp, claim }, site);
    return {
      status: 201,
      body: {
        comment: result.comment,
        ...(result.receipt ? { receipt: result.receipt } : {}),
      } satisfies CreatedComment,
      headers: result.replayed ? { 'idempotent-replayed': 'true' } : undefined,
    };
  },

  async editComment(context) {
    const { id } = validate(commentIdParams, context.event.pathParameters ?? {}, 'path');
    const { body } = validate(editCommentBody, readJsonBody(context.event), 'body');
    return {
      status: 200,
      body: {
        comment: await editComment(id, body, requireCaller(context), context.useSite),
      } satisfies CommentAnswer,
    };
  },

  async deleteComment(context) {
    const { id } = validate(commentIdParams, context.event.pathParameters ?? {}, 'path');
    return {
      status: 200,
      body: {
        comment: await deleteComment(id, requireCaller(context), context.useSite),
      } satisfies CommentAnswer,
    };
  },

  async confirmGuest(context) {
    const { token } = validate(guestConfirmQuery, readQuery(context.event), 'query');
    return { status: 200, body: (await confirmGuest(token)) satisfies GuestConfirmed };
  },
  async dismissWarning(context) {
    const { id } = validate(warningParams, context.event.pathParameters ?? {}, 'path');
    const { site } = validate(warningQuery, readQuery(context.event), 'query');
    context.useSite(await requireSite(site));
    return { status: 200, body: await dismissOwnWarning(site, id, requireCaller(context)) };
  },

  async countComments(context) {
    const query = validate(countsQuery, readQuery(context.event), 'query');
    const site = await requireSite(query.site);
    context.useSite(site);
    return { status: 200, body: await countComments(site.id, query.page) };
  },
};

export const handler = createHandler('comments', operations);
