/** Comments: HTTP adapter. Parses and validates, resolves the site, calls one service function. */
import { AppError } from '../shared/errors.js';
import { clientAddress } from '../shared/http/client-address.js';
import { createHandler, type Operations, requireCaller } from '../shared/http/http-handler.js';
import { ownOrigin } from '../shared/http/own-origin.js';
import { header, readBody, readJsonBody, readQuery } from '../shared/http/request.js';
import { PRIVATE_CACHE_CONTROL } from '../shared/http/shared-cache.js';
import { validate } from '../shared/http/validate.js';
import { requireSite } from '../sites/service.js';
import { deleteComment, editComment } from './author-service.js';
import { confirmGuest, linkPurpose } from './guest-confirmation.js';
import { confirmationForm, confirmationResult } from './guest-confirmation-page.js';
import { useScorer } from './pipeline/classifier.js';
import { scorerFromEnv } from './pipeline/external-scorer.js';
import { readerThread } from './reader-thread.js';
import {
  commentIdParams,
  countsQuery,
  createCommentBody,
  editCommentBody,
  guestConfirmQuery,
  idempotencyKeySchema,
  listCommentsQuery,
  readerThreadQuery,
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
    return { status: 200, body: await listComments(query, site) };
  },

  async readerThread(context) {
    const query = validate(readerThreadQuery, readQuery(context.event), 'query');
    const site = await requireSite(query.site);
    context.useSite(site);
    return {
      status: 200,
      body: await readerThread(query, site, context.caller),
      headers: { 'cache-control': PRIVATE_CACHE_CONTROL },
    };
  },

  async createComment(context) {
    const body = validate(createCommentBody, readJsonBody(context.event), 'body');
    const rawKey = header(context.event, 'idempotency-key');
    const idempotencyKey =
      rawKey === undefined ? undefined : validate(idempotencyKeySchema, rawKey, 'header');
    const site = await requireSite(body.site);
    context.useSite(site);
    const sourceIp = await clientAddress(context.event);
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

  // The link's page: a button, never a confirmation by itself (mail scanners open links).
  async showGuestConfirmation(context) {
    const { token } = validate(guestConfirmQuery, readQuery(context.event), 'query');
    return confirmationForm(token, await linkPurpose(token));
  },
  // The page's button (a form: an HTML answer) or a client (JSON) confirms.
  async confirmGuest(context) {
    // Only the link's own page (this API's origin) or a client without an Origin may post it.
    if (context.origin && context.origin !== ownOrigin(context.event))
      throw new AppError(
        'origin_not_allowed',
        `A guest's address is confirmed from its link, not from ${context.origin}.`,
      );
    const form = /^application\/x-www-form-urlencoded\b/i.test(header(context.event, 'content-type') ?? '');
    const input = form
      ? Object.fromEntries(new URLSearchParams(readBody(context.event) ?? ''))
      : readJsonBody(context.event);
    const { token } = validate(guestConfirmQuery, input, 'body');
    if (!form) {
      const { confirmed, replyAlerts } = await confirmGuest(token);
      return { status: 200, body: { confirmed, replyAlerts } satisfies GuestConfirmed };
    }
    try {
      const { replyAlerts, lang } = await confirmGuest(token);
      return confirmationResult({ notifyReplies: replyAlerts, lang });
    } catch (error) {
      // A link that does not work gets its page; any other failure its usual error answer.
      if (error instanceof AppError && error.code === 'invalid_code') return confirmationResult(undefined);
      throw error;
    }
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
