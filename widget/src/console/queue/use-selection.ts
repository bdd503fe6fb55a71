/**
 * Console: the moderator's place in a queue: the current comment (where the focus is) and the
 * selected ones (x, or the checkboxes). Both follow the list: a comment that leaves the queue
 * leaves the selection, and the current position stays in range.
 */
import { useMemo, useState } from 'preact/hooks';

/** The current comment and the selection, over the ids shown. */
export interface Selection {
  /** Index of the current comment; -1 when the list is empty. */
  current: number;
  currentId: string | undefined;
  /** Selected ids, in list order. */
  selected: string[];
  isSelected(id: string): boolean;
  toggle(id: string): void;
  /** Selects every shown comment, or none. */
  all(on: boolean): void;
  setCurrent(index: number): void;
}

/** The selection over `ids`, in their order. */
export function useSelection(ids: string[]): Selection {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [index, setIndex] = useState(0);
  const current = Math.min(index, ids.length - 1);
  const selected = useMemo(() => ids.filter((id) => chosen.has(id)), [ids, chosen]);
  return {
    current,
    currentId: ids[current],
    selected,
    isSelected: (id) => chosen.has(id),
    toggle: (id) =>
      setChosen((old) => {
        const next = new Set(old);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    all: (on) => setChosen(new Set(on ? ids : [])),
    setCurrent: setIndex,
  };
}
