/**
 * Reactions: the fold's arithmetic, pure. A stream record of the reactions table says +1 (a
 * reader's item inserted) or -1 (removed) for one target and type, but only for items the
 * reaction code marks as counted by the fold (`COUNTED_BY_FOLD`): items written before the fold
 * existed were counted in their own transaction and are removed the same way. Records are
 * grouped by target, in stream order; what a target already folded is told by its watermark,
 * the last sequence number folded into it.
 */

/** The marker on a reader's item whose count the fold keeps (its attribute and value). */
export const COUNTED_BY = 'countedBy';
export const COUNTED_BY_FOLD = 'fold';

/** Where a count goes: the reaction target's key (`C#<id>` or `P#<site>#<page>`), site and page. */
export interface FoldTarget {
  key: string;
  site: string;
  page: string;
}

/** One counted change, from one stream record. */
export interface FoldChange {
  /** The record's sequence number, padded (see {@link sequenceKey}). */
  sequence: string;
  target: FoldTarget;
  type: string;
  delta: 1 | -1;
}

/** A stream record as the fold reads it: its kind, sequence number and images (plain objects). */
export interface FoldRecord {
  eventName?: string;
  sequence: string;
  newImage?: Record<string, unknown>;
  oldImage?: Record<string, unknown>;
}

// Stream sequence numbers are decimal strings of up to 40 digits: padded, they compare as strings.
const SEQUENCE_DIGITS = 40;

/** A sequence number that compares as a string (zero-padded to 40 digits). */
export const sequenceKey = (sequence: string) => sequence.padStart(SEQUENCE_DIGITS, '0');

const countedItem = (image: Record<string, unknown> | undefined) =>
  image?.[COUNTED_BY] === COUNTED_BY_FOLD &&
  typeof image.target === 'string' &&
  typeof image.type === 'string';

const targetOf = (image: Record<string, unknown>): FoldTarget => ({
  key: String(image.target),
  site: String(image.site),
  page: String(image.page),
});

/** The change a record counts: an insert (+1) or removal (-1) of a marked item; else none. */
export function changeOf(record: FoldRecord): FoldChange | undefined {
  const sequence = sequenceKey(record.sequence);
  if (record.eventName === 'INSERT' && countedItem(record.newImage)) {
    const image = record.newImage as Record<string, unknown>;
    return { sequence, target: targetOf(image), type: String(image.type), delta: 1 };
  }
  if (record.eventName === 'REMOVE' && countedItem(record.oldImage)) {
    const image = record.oldImage as Record<string, unknown>;
    return { sequence, target: targetOf(image), type: String(image.type), delta: -1 };
  }
  // A MODIFY changes no count (reaction items are written once), nor does an unmarked item.
  return undefined;
}

/** The changes of a batch by target key, each target's in stream order. */
export function groupByTarget(changes: readonly FoldChange[]): Map<string, FoldChange[]> {
  const groups = new Map<string, FoldChange[]>();
  for (const change of changes) {
    const group = groups.get(change.target.key) ?? [];
    group.push(change);
    groups.set(change.target.key, group);
  }
  for (const group of groups.values()) group.sort((a, b) => a.sequence.localeCompare(b.sequence));
  return groups;
}

/** What one update of a target adds: per type, the score's change, and the new watermark. */
export interface FoldPlan {
  deltas: Record<string, number>;
  scoreDelta: number;
  watermark: string;
}

/**
 * The changes newer than the target's watermark, summed per type and clamped so that no count
 * goes below zero; undefined when every change was folded already (a redelivered batch).
 */
export function planFold(
  changes: readonly FoldChange[],
  watermark: string | undefined,
  counts: Record<string, number>,
): FoldPlan | undefined {
  const pending = changes.filter((change) => watermark === undefined || change.sequence > watermark);
  const last = pending.at(-1);
  if (!last) return undefined;
  const deltas: Record<string, number> = {};
  for (const change of pending) deltas[change.type] = (deltas[change.type] ?? 0) + change.delta;
  let scoreDelta = 0;
  for (const [type, delta] of Object.entries(deltas)) {
    const clamped = Math.max(delta, -(counts[type] ?? 0));
    deltas[type] = clamped;
    scoreDelta += clamped;
  }
  return { deltas, scoreDelta, watermark: last.sequence };
}
