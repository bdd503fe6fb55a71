/**
 * The seams between domains, read from the imports: comments owns a comment's life and imports
 * none of its clients; its clients (moderation, reactions, accounts) reach it only through the
 * comment store (functions/comments/store.ts) and its declared types, schemas and records.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every .ts file under `dir`. */
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The module specifiers a file imports or re-exports. */
const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:import|export)[^'";]*?from\s+'([^']+)'/g)].map(
    (m) => m[1] ?? '',
  );

const CLIENTS = ['moderation', 'reactions', 'accounts', 'alerts', 'events', 'webhooks'];
/**
 * Sites is asked by comments (a site's settings) and logs its team changes through the store;
 * the archive writes imported comments as the store's items.
 */
const STORE_USERS = [...CLIENTS, 'sites', 'archive'];
const STORE_FILES = new Set(['store.js', 'types.js', 'schemas.js', 'records.js']);
/**
 * The only questions comments asks its neighbours, each about their own items: is a name a staff
 * member's or an account's on the site (accounts owns Cognito and the taken names), and which
 * reactions the reader has on the article (reactions owns its table). Never moderation.
 */
const ASKED = new Set(['accounts/reserved-names.js', 'accounts/taken-names.js', 'reactions/service.js']);

describe('domain boundaries', () => {
  it.each(files('functions/comments'))('%s imports none of the comment store’s clients', (file) => {
    // Assess
    const back = importsOf(file).filter(
      (spec) =>
        CLIENTS.some((client) => spec.includes(`/${client}/`)) && !ASKED.has(spec.replace(/^(\.\.\/)+/, '')),
    );
    expect(back).toEqual([]);
  });

  it.each(STORE_USERS.flatMap((client) => files(`functions/${client}`)))(
    '%s reaches comments only through the store, types, schemas and records',
    (file) => {
      const intoComments = importsOf(file).filter((spec) => /(^|\/)comments\//.test(spec));
      const beside = intoComments.filter((spec) => !STORE_FILES.has(spec.split('/comments/')[1] ?? ''));
      expect(beside).toEqual([]);
    },
  );
});
