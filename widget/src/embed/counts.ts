/**
 * Embed: comment counts for article lists. Every element with `data-reagir-count="<page>"` gets
 * the published count of that article, all of them from one request. Text only, never markup.
 */
import { countComments } from '../api/comments.js';
import type { Fetcher } from '../api/fetcher.js';

// The API answers at most 100 pages per request.
const MAX_PAGES = 100;

/** Fills the count elements found in `scope`; failures leave them as they were. */
export async function fillCounts(api: Fetcher, site: string, scope: ParentNode = document): Promise<void> {
  const elements = [...scope.querySelectorAll<HTMLElement>('[data-reagir-count]')];
  const pages = [...new Set(elements.map((element) => element.dataset.reagirCount ?? ''))].filter(Boolean);
  if (!site || !pages.length) return;
  const none: Record<string, number> = {};
  const { counts } = await countComments(api, site, pages.slice(0, MAX_PAGES)).catch(() => ({
    counts: none,
  }));
  for (const element of elements) {
    const count = counts[element.dataset.reagirCount ?? ''];
    if (count !== undefined) element.textContent = String(count);
  }
}
