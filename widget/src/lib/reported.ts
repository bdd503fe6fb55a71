/**
 * The comments this browser reported, per site, in the host page's storage: after a reload the
 * "Signaler" button still reads "Signalé" (the server refuses a second report anyway).
 */
import { readJson, writeJson } from './storage.js';

/** The most ids kept per site; the oldest go first. */
const MAX = 500;

const keyOf = (site: string) => `reagir:reported:${site}`;

/** The ids reported on `site`. */
export const loadReported = (site: string): string[] => readJson<string[]>(keyOf(site)) ?? [];

/** Remembers that comment `id` of `site` is reported. */
export function saveReported(site: string, id: string): void {
  writeJson(keyOf(site), [...loadReported(site).filter((other) => other !== id), id].slice(-MAX));
}
