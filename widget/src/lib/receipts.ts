/**
 * A guest's receipts: the POST answer gives a guest one per comment, the only proof that they
 * wrote it. Kept per article in the host page's storage and sent with the first page, so a guest
 * still sees their comment, marked as waiting for moderation, after a reload.
 */
import { readJson, writeJson } from './storage.js';

/** The most receipts kept per article; the oldest go first. */
const MAX = 20;

const keyOf = (site: string, page: string) => `reagir:receipts:${site}#${page}`;

/** Remembers the receipt of a comment the guest just posted. */
export function saveReceipt(site: string, page: string, id: string, receipt: string): void {
  const kept = (readJson<[string, string][]>(keyOf(site, page)) ?? []).filter(([other]) => other !== id);
  writeJson(keyOf(site, page), [...kept, [id, receipt]].slice(-MAX));
}

/** The `receipts` query value for this article, or undefined when the guest has none. */
export function receiptsParam(site: string, page: string): string | undefined {
  const kept = readJson<[string, string][]>(keyOf(site, page));
  return kept?.length ? kept.map(([id, receipt]) => `${id}.${receipt}`).join(',') : undefined;
}
