/**
 * Moderation: the reports and notices of queued comments as moderators read them. Only the current
 * round's reports and the open notices: those a decision now answers. Names are for staff; the
 * reporters' emails stay in the items (the alerts will need them), never in an answer.
 */
import type { CommentRecord } from '../comments/records.js';
import { readReports, type StoredReport } from './report-repository.js';
import type { NoticeView, ReportView } from './types.js';

/** What a queue item shows of its reports and notices. */
export interface ReportsView {
  reports: ReportView[];
  notices: NoticeView[];
}

const reporterOf = (r: StoredReport) => ({ name: r.reporterName ?? null, guest: r.guest });

/** Each open report and notice of `record`, oldest first (none read when it has neither). */
export async function reportsView(record: CommentRecord): Promise<ReportsView> {
  if (!record.reportCount && !record.noticeCount) return { reports: [], notices: [] };
  const { reports, notices } = await readReports(record.id);
  const byDate = (a: StoredReport, b: StoredReport) => a.at.localeCompare(b.at);
  const inRound = (round: number) => (r: StoredReport) => (r.round ?? 0) === round;
  return {
    reports: reports
      .filter(inRound(record.reportRound ?? 0))
      .sort(byDate)
      .map((r) => ({ reason: r.reason, text: r.text ?? null, reporter: reporterOf(r), at: r.at })),
    notices: notices
      .filter(inRound(record.noticeRound ?? 0))
      .sort(byDate)
      .map((r) => ({
        text: r.text ?? '',
        reporter: reporterOf(r),
        at: r.at,
        exemptOffence: r.notice?.exemptOffence === true,
        seen: {
          body: r.notice?.commentBody ?? '',
          authorName: r.notice?.commentAuthorName ?? '',
          editedAt: r.notice?.commentEditedAt ?? null,
        },
      })),
  };
}
