/** API client, second layer: reporting a comment (an account, a guest, or anyone for illegal content). */
import type { ReportAnswer, ReportBody, ReportReason } from '../../../functions/moderation/types.js';
import type { Fetcher } from './fetcher.js';

export type { ReportBody, ReportReason };

/** Reports comment `id`; `409 already_reported` when this reader already did. */
export const reportComment = (api: Fetcher, id: string, body: ReportBody) =>
  api<ReportAnswer>('POST', `/v1/comments/${encodeURIComponent(id)}/reports`, { body });
