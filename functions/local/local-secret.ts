/**
 * Local stack: the keys of the unsubscribe links, of SSO sessions and of public author ids, kept
 * in the data dir so that links mailed, sessions opened and ids shown before a restart still work (on AWS they are the stage's
 * Secrets Manager secrets). Imported first by start.ts: they must be set before any handler
 * module reads them.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The secret kept in `dataDir/<name>`, made on first use. */
export function localSecret(dataDir: string, name: string): string {
  const file = join(dataDir, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** The unsubscribe links' key. */
export const localAlertsSecret = (dataDir: string) => localSecret(dataDir, 'alerts-secret');

const dataDir = resolve(process.env.DATA_DIR ?? '.data');
process.env.ALERTS_SECRET ??= localAlertsSecret(dataDir);
process.env.SESSION_SECRET ??= localSecret(dataDir, 'session-secret');
process.env.IDS_SECRET ??= localSecret(dataDir, 'ids-secret');
