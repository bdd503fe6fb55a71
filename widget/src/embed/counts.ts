/**
 * Embed: comment counts for article lists. Every element with `data-reagir-count="<page>"` gets
 * the published count of that article, all of them from one request. Text only, never markup.
 */
import type { PageCounts } from '../../../functions/comments/types.js';
import { send } from '../api/send.js';

// The API answers at most 100 pages per request.
const MAX_PAGES = 100;

/** Fills the count elements found in `scope` from the API at `base`; failures leave them as they were. */
export async function fillCounts(base: string, site: string, scope: ParentNode = document): Promise<void> {
  const elements = [...scope.querySelectorAll<HTMLElement>('[data-reagir-count]')];
  const pages = [...new Set(elements.map((element) => element.dataset.reagirCount ?? ''))].filter(Boolean);
  if (!site || !pages.length) return;
  const none: Record<string, number> = {};
  // Counts are public: no token, so no refresh either (and none of the fetcher's code).
  const query = { site, page: pages.slice(0, MAX_PAGES) };
  const { counts } = await send<PageCounts>(base, 'GET', '/v1/counts', { query }).catch(() => ({
    counts: none,
  }));
  for (const element of elements) {
    const count = counts[element.dataset.reagirCount ?? ''];
    if (count !== undefined) element.textContent = String(count);
  }
}
