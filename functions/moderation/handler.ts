/** Moderation: HTTP adapter for readers' reports and the moderators' routes. */

import { commentIdParams } from '../comments/schemas.js';
import { clientAddress } from '../shared/http/client-address.js';
import type { Operations } from '../shared/http/http-handler.js';
import { createHandler, type Operation, requireCaller } from '../shared/http/http-handler.js';
import { ownOrigin } from '../shared/http/own-origin.js';
import { readJsonBody, readQuery } from '../shared/http/request.js';
import { validate } from '../shared/http/validate.js';
import { requireSite } from '../sites/service.js';
import { logExport, logPage } from './audit-log.js';
import * as authors from './authors.js';
import { decide } from './decisions.js';
import { decideNotice } from './notices.js';
import { authorKeyOfPseudonym, isPseudonym } from './pseudonym-author.js';
import {
  banBody,
  banQuery,
  closeBody,
  decisionsBody,
  logQuery,
  moderatorAlertsBody,
  noteBody,
  noticeDecisionBody,
  pageNameBody,
  pageQuery,
  queueQuery,
  reportBody,
  searchQuery,
  siteQuery,
  statsQuery,
  userParams,
  warnBody,
} from './schemas.js';
import { search } from './search.js';
import * as moderation from './service.js';

const params = (context: Parameters<Operation>[0]) => context.event.pathParameters ?? {};

export const operations: Operations<'moderation'> = {
  async report(context) {
    const { id } = validate(commentIdParams, params(context), 'path');
    const body = validate(reportBody, readJsonBody(context.event), 'body');
    const input = { caller: context.caller, sourceIp: await clientAddress(context.event) };
    return { status: 201, body: await moderation.report(id, body, input, context.useSite) };
  },

  async queue(context) {
    const q = validate(queueQuery, readQuery(context.event), 'query');
    context.useSite(await requireSite(q.site));
    const body = await moderation.queue({
      site: q.site,
      queue: q.status,
      page: q.page,
      authorKey: q.author,
      limit: q.limit,
      cursor: q.cursor,
      since: q.since,
    });
    return { status: 200, body };
  },

  async search(context) {
    const q = validate(searchQuery, readQuery(context.event), 'query');
    context.useSite(await requireSite(q.site));
    return { status: 200, body: await search(q) };
  },

  async decide(context) {
    const { commentIds, seen, action, reason } = validate(decisionsBody, readJsonBody(context.event), 'body');
    const caller = requireCaller(context);
    return { status: 200, body: await decide(commentIds, seen, action, reason, caller, context.useSite) };
  },

  async decideNotice(context) {
    const { id } = validate(commentIdParams, params(context), 'path');
    const body = validate(noticeDecisionBody, readJsonBody(context.event), 'body');
    return { status: 200, body: await decideNotice(id, body, requireCaller(context), context.useSite) };
  },

  async ban(context) {
    const { userId: given } = validate(userParams, params(context), 'path');
    const { site, comment } = validate(banQuery, readQuery(context.event), 'query');
    context.useSite(await requireSite(site));
    const body = validate(banBody, readJsonBody(context.event), 'body');
    // The widget's staff menu may know the author by pseudonym only, with one of their comments.
    const userId = isPseudonym(given) ? await authorKeyOfPseudonym(site, given, comment) : given;
    return { status: 200, body: await authors.ban(site, userId, body, requireCaller(context)) };
  },

  async liftBan(context) {
    const { userId } = validate(userParams, params(context), 'path');
    const { site } = validate(siteQuery, readQuery(context.event), 'query');
    context.useSite(await requireSite(site));
    return { status: 200, body: await authors.liftBan(site, userId, requireCaller(context)) };
  },

  async note(context) {
    const { userId } = validate(userParams, params(context), 'path');
    const { site } = validate(siteQuery, readQuery(context.event), 'query');
    context.useSite(await requireSite(site));
    const { note } = validate(noteBody, readJsonBody(context.event), 'body');
    return { status: 200, body: await authors.note(site, userId, note, requireCaller(context)) };
  },

  async warn(context) {
    const { userId } = validate(userParams, params(context), 'path');
    const { site } = validate(siteQuery, readQuery(context.event), 'query');
    context.useSite(await requireSite(site));
    const { message } = validate(warnBody, readJsonBody(context.event), 'body');
    return { status: 201, body: await authors.warn(site, userId, message, requireCaller(context)) };
  },

  async history(context) {
    const { userId } = validate(userParams, params(context), 'path');
    const { site } = validate(siteQuery, readQuery(context.event), 'query');
    context.useSite(await requireSite(site));
    return { status: 200, body: await authors.history(site, userId) };
  },

  async closePage(context) {
    const { site, page } = validate(pageQuery, readQuery(context.event), 'query');
    context.useSite(await requireSite(site));
    const { closed } = validate(closeBody, readJsonBody(context.event), 'body');
    return { status: 200, body: await moderation.closePage(site, page, closed, requireCaller(context)) };
  },

  async editPage(context) {
    const { site, page } = validate(pageQuery, readQuery(context.event), 'query');
    context.useSite(await requireSite(site));
    const body = validate(pageNameBody, readJsonBody(context.event), 'body');
    const caller = requireCaller(context);
    return {
      status: 200,
      body: await moderation.editPage(site, page, body, caller, ownOrigin(context.event)),
    };
  },

  async log(context) {
    const q = validate(logQuery, readQuery(context.event), 'query');
    context.useSite(await requireSite(q.site));
    if (q.format === 'json') return { status: 200, body: await logPage(q) };
    const { filename, csv } = await logExport(q);
    return {
      status: 200,
      text: csv,
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${filename}"`,
      },
    };
  },

  async stats(context) {
    const { site, days } = validate(statsQuery, readQuery(context.event), 'query');
    context.useSite(await requireSite(site));
    return { status: 200, body: await moderation.stats(site, days) };
  },

  // The caller's own alerts on a site: staff of the site as on every moderation route.
  async getAlerts(context) {
    const { site } = validate(siteQuery, readQuery(context.event), 'query');
    context.useSite(await requireSite(site));
    return { status: 200, body: await moderation.alerts(site, requireCaller(context).userId) };
  },

  async saveAlerts(context) {
    const { site } = validate(siteQuery, readQuery(context.event), 'query');
    context.useSite(await requireSite(site));
    const body = validate(moderatorAlertsBody, readJsonBody(context.event), 'body');
    const userId = requireCaller(context).userId;
    return { status: 200, body: await moderation.saveAlerts(site, userId, body) };
  },
};

export const handler = createHandler('moderation', operations);
