/**
 * The host page's localStorage, read and written as JSON. Every access is guarded: storage can be
 * disabled (privacy modes, sandboxed frames) or full, and the widget must keep working without it.
 */

/** The stored value under `key`, or undefined when absent, unreadable or unavailable. */
export function readJson<T>(key: string): T | undefined {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : undefined;
  } catch {
    return undefined;
  }
}

/** Stores `value` under `key`, or removes the key when `value` is undefined; failures are ignored. */
export function writeJson(key: string, value: unknown): void {
  try {
    if (value === undefined) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the draft or session simply lives in memory only.
  }
}
