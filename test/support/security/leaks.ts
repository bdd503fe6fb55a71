/**
 * Security test support: what a public response must never carry. Walks the JSON and reports
 * emails (any address-looking string, and every email the test gave the API), IP addresses and
 * Cognito-internal claim names (`cognito:*`).
 */
import { isIP } from 'node:net';

const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
const ADDRESS_CANDIDATE = /[0-9A-Fa-f:.]{3,}/g;

/** What leaks from `value`, each as "path: what"; `allowed` lists the caller's own email(s). */
export function findLeaks(value: unknown, knownEmails: Iterable<string>, allowed: string[] = []): string[] {
  const found: string[] = [];
  const allowedLower = allowed.map((e) => e.toLowerCase());
  const emails = [...knownEmails].map((e) => e.toLowerCase()).filter((e) => !allowedLower.includes(e));
  const walk = (node: unknown, path: string) => {
    if (typeof node === 'string') {
      const lower = node.toLowerCase();
      for (const email of emails) if (lower.includes(email)) found.push(`${path}: email ${email}`);
      for (const [match] of node.matchAll(EMAIL)) {
        if (!allowedLower.includes(match.toLowerCase())) found.push(`${path}: email-like ${match}`);
      }
      for (const [match] of node.matchAll(ADDRESS_CANDIDATE)) {
        if (isIP(match) !== 0) found.push(`${path}: IP address ${match}`);
      }
    } else if (Array.isArray(node)) {
      node.forEach((item, i) => {
        walk(item, `${path}[${i}]`);
      });
    } else if (node && typeof node === 'object') {
      for (const [key, item] of Object.entries(node)) {
        if (key.toLowerCase().startsWith('cognito:')) found.push(`${path}.${key}: Cognito claim`);
        walk(key, `${path}.<key>`);
        walk(item, `${path}.${key}`);
      }
    }
  };
  walk(value, '$');
  return found;
}
