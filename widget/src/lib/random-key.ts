/**
 * A random idempotency key. `crypto.randomUUID` exists only in secure contexts, and a news site
 * may still be served over plain http, so fall back to `getRandomValues`, which exists everywhere.
 */
export function randomKey(): string {
  if (crypto.randomUUID) return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );
}
