/**
 * Local stack: the key of the unsubscribe links, kept in the data dir so that links mailed before
 * a restart still work (on AWS it is the stage's Secrets Manager secret). Imported first by
 * start.ts: it must be set before any handler module reads it.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function localAlertsSecret(dataDir: string): string {
  const file = join(dataDir, 'alerts-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

process.env.ALERTS_SECRET ??= localAlertsSecret(resolve(process.env.DATA_DIR ?? '.data'));
