/**
 * Moderation: a decision on a comment's notices of illegal content (DSA art. 16), with its
 * statement of reasons (art. 17). The decision answers every open notice of the comment, those the
 * moderator read: it is written only while the comment is in the status they saw and no other
 * notice came meanwhile, in one transaction with the closing of the notices, the statement's own
 * item and the log entry. `remove` refuses a published or held comment (its author sees the
 * statement beside it); `keep` leaves it as it is (no restriction: the author is told nothing).
 */
import type { CommentRecord } from '../comments/records.js';
import { changeStatus, closeNotices, getCommentById } from '../comments/store.js';
import type { Statement } from '../comments/types.js';
import type { Caller } from '../shared/auth/caller.js';
import { AppError } from '../shared/errors.js';
import type { SiteGate } from '../sites/schemas.js';
import { requireSite } from '../sites/service.js';
import { readReports, statementPut } from './report-repository.js';
import type { NoticeDecisionBody } from './schemas.js';
import type { NoticeDecision } from './types.js';

const ATTEMPTS = 3;

const moved = (record: CommentRecord, seen: string) =>
  new AppError(
    'conflict',
    `It is ${record.status} now, not ${seen}: nothing was decided. Look at it again, then decide.`,
  );

/** Decides the open notices of comment `id` as `body` says, or throws why not. */
export async function decideNotice(
  id: string,
  body: NoticeDecisionBody,
  moderator: Caller,
  onSite: SiteGate,
): Promise<NoticeDecision> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const record = await getCommentById(id);
    if (!record) throw new AppError('comment_not_found', 'No such comment.');
    onSite(await requireSite(record.site));
    if (record.status !== body.seen) throw moved(record, body.seen);
    const count = record.noticeCount ?? 0;
    if (!count) throw new AppError('action_not_allowed', 'This comment has no notice awaiting a decision.');
    const round = record.noticeRound ?? 0;
    const open = (await readReports(id)).notices.filter((notice) => (notice.round ?? 0) === round);
    // A notice being written now is counted and not yet listed, or the reverse: read again.
    if (open.length !== count) continue;
    const at = new Date().toISOString();
    const statement: Statement = { decision: body.decision, ...body.statement, notice: true, at };
    const joined = [statementPut(record, statement, open, moderator)];
    const log = {
      at,
      actorId: moderator.userId,
      actorName: moderator.name,
      action: `notice_${body.decision}`,
      from: record.status,
      reason: statement.ground.name,
    };
    const refuses =
      body.decision === 'remove' && (record.status === 'approved' || record.status === 'pending');
    const to = refuses ? 'rejected' : record.status;
    const done = refuses
      ? await changeStatus({
          record,
          to,
          heldBy: { phase: 'moderator', code: 'moderator_rejected', params: {} },
          reason: '',
          settleReports: true,
          seen: body.seen,
          notices: { count, round, statement },
          joined,
          log: { ...log, to },
        })
      : await closeNotices(
          record,
          // Refused already (or deleted): the statement still goes to its author.
          { count, round, statement: body.decision === 'remove' ? statement : undefined },
          joined,
          log,
        );
    if (done) return { id, status: to, notices: count, statement };
  }
  const now = await getCommentById(id);
  if (now && now.status !== body.seen) throw moved(now, body.seen);
  throw new AppError('conflict', 'Notices keep arriving on this comment: look at them again, then decide.');
}
