/** Bench: a check that a seeded article reads back through the API as a whole, nested thread. */

type Listed = { replies?: Listed[] };

const countListed = (comments: Listed[] = []): number =>
  comments.reduce((n, c) => n + 1 + countListed(c.replies), 0);

/**
 * Seeding goes through the repository, not HTTP: before timing anything, make sure the API
 * counts every comment, returns a full first page (`limit` comments, replies included) and
 * nests some replies, so the bench never times an empty or half-written thread.
 */
export async function checkThread(listUrl: string, expected: number, limit: number): Promise<void> {
  const response = await fetch(listUrl);
  const list = (await response.json()) as { page?: { commentCount?: number }; comments?: Listed[] };
  const count = list.page?.commentCount;
  const listed = countListed(list.comments);
  const nested = list.comments?.some((c) => (c.replies?.length ?? 0) > 0) ?? false;
  if (response.status !== 200 || count !== expected || listed !== Math.min(limit, expected) || !nested) {
    throw new Error(
      `${listUrl} answered ${response.status}: commentCount ${count} (expected ${expected}), ` +
        `${listed} comments listed, replies nested: ${nested}`,
    );
  }
}
