/**
 * Console: single-key shortcuts. A key does nothing while the moderator types (inputs, text
 * areas, selects, editable content), while a dialog is open, or with Ctrl, Alt or Meta held, so
 * the browser's own shortcuts and typing are never taken over.
 */
import { useEffect, useRef } from 'preact/hooks';

// Inputs that take no text: a focused checkbox must not stop j/k.
const UNTYPED = new Set(['checkbox', 'radio', 'button', 'submit', 'reset']);

const typing = (target: EventTarget | null): boolean => {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !UNTYPED.has(target.type);
  return target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
};

/** Calls `keys[event.key]` on a keydown anywhere in the page, unless the moderator is typing. */
export function useShortcuts(keys: Record<string, () => void>): void {
  // The handlers change on every render; the listener is added once and reads the latest.
  const latest = useRef(keys);
  latest.current = keys;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (typing(event.target) || document.querySelector('dialog[open]')) return;
      const handler = latest.current[event.key];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
