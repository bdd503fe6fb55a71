/**
 * Test support: what an import must leave true, checked on the table itself. Every count an
 * import writes (page `commentCount` and `pendingCount`, each comment's `replyCount` and
 * `threadCount`, the site's queue counts) is computed again here from the comments the table
 * holds, and every comment has its id pointer: a count incremented blindly, or a comment written
 * twice, shows as a difference.
 */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../../functions/shared/config.js';
import { dynamo } from '../../functions/shared/data/dynamo-client.js';

type Item = Record<string, unknown>;

export async function siteItems(site: string): Promise<Item[]> {
  const items: Item[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await dynamo().send(
      new ScanCommand({ TableName: config.commentsTable, ExclusiveStartKey: start, ConsistentRead: true }),
    );
    items.push(
      ...(page.Items ?? []).filter((item) => item.site === site || String(item.pk).includes(`#${site}`)),
    );
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

/** The differences between the counts stored and the counts of what is stored (none: `[]`). */
export async function countProblems(site: string): Promise<string[]> {
  const items = await siteItems(site);
  const comments = items.filter(
    (item) => String(item.sk).startsWith('C#') && String(item.pk).startsWith(`PAGE#${site}#`),
  );
  const pages = items.filter((item) => item.sk === 'PAGE' && String(item.pk).startsWith(`PAGE#${site}#`));
  const pointers = new Set(
    items.filter((item) => String(item.pk).startsWith('COMMENT#')).map((item) => item.pk),
  );
  const problems: string[] = [];
  const replies = new Map<string, number>();
  const below = new Map<string, number>();
  const perPage = new Map<string, { approved: number; pending: number }>();
  for (const comment of comments) {
    if (!pointers.has(`COMMENT#${comment.id}`)) problems.push(`comment ${comment.id} has no pointer`);
    const page = perPage.get(String(comment.page)) ?? { approved: 0, pending: 0 };
    perPage.set(String(comment.page), page);
    if (comment.status === 'pending') page.pending++;
    if (comment.status !== 'approved') continue;
    page.approved++;
    if (comment.parentId)
      replies.set(String(comment.parentId), (replies.get(String(comment.parentId)) ?? 0) + 1);
    for (const ancestor of String(comment.path).split('/').slice(0, -1))
      below.set(ancestor, (below.get(ancestor) ?? 0) + 1);
  }
  for (const comment of comments) {
    const id = String(comment.id);
    if (Number(comment.replyCount ?? 0) !== (replies.get(id) ?? 0))
      problems.push(`comment ${id}: replyCount ${comment.replyCount}, ${replies.get(id) ?? 0} replies`);
    if (Number(comment.threadCount ?? 0) !== (below.get(id) ?? 0))
      problems.push(`comment ${id}: threadCount ${comment.threadCount}, ${below.get(id) ?? 0} below`);
  }
  for (const page of pages) {
    const counted = perPage.get(String(page.page)) ?? { approved: 0, pending: 0 };
    if (Number(page.commentCount ?? 0) !== counted.approved)
      problems.push(`page ${page.page}: commentCount ${page.commentCount}, ${counted.approved} published`);
    if (Number(page.pendingCount ?? 0) !== counted.pending)
      problems.push(`page ${page.page}: pendingCount ${page.pendingCount}, ${counted.pending} pending`);
  }
  for (const page of perPage.keys())
    if (!pages.some((record) => record.page === page))
      problems.push(`page ${page} has comments and no record`);
  const queues = items.find((item) => item.pk === `QUEUES#${site}`) ?? {};
  const inQueue = (queue: string) => comments.filter((c) => c.gsi2pk === `QUEUE#${site}#${queue}`).length;
  for (const queue of ['approved', 'pending'])
    if (Number(queues[queue] ?? 0) !== inQueue(queue))
      problems.push(`queue ${queue}: count ${queues[queue] ?? 0}, ${inQueue(queue)} comments`);
  return problems;
}

/** The site's comments, by status. */
export async function commentsByStatus(site: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const item of await siteItems(site))
    if (String(item.sk).startsWith('C#'))
      counts[String(item.status)] = (counts[String(item.status)] ?? 0) + 1;
  return counts;
}
