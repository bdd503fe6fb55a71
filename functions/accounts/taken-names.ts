/**
 * Accounts: a guest may not post under the name of a registered reader of the same site. Each
 * account's name is recorded as taken on a site when it posts there, and its new name on every
 * such site when it is renamed (the profile keeps the list), folded as reserved-names.ts folds
 * staff names, so case,
 * accents, invisible and look-alike characters do not get around it. A guest's name is checked
 * with one GetItem.
 *
 * Deliberate limit: a name item holds only the folded name and the site, not who took it, so a
 * name stays taken after its account is deleted or renamed (nobody can pass for a former member).
 *
 * Items written before the skeleton followed Unicode's confusables table are keyed by the former
 * skeleton (legacy-name-skeleton.ts), and cannot be re-keyed (they hold no name): a guest's name is
 * checked against both keys, in parallel, while new items carry the current skeleton only.
 */

import { AppError } from '../shared/errors.js';
import { nameSkeleton } from '../shared/text/words.js';
import { legacyNameSkeleton } from './legacy-name-skeleton.js';
import { addNameSite, nameSites } from './profile-repository.js';
import { isNameTaken, putTakenName } from './taken-name-repository.js';

// Names this instance already recorded: an account's next comments write nothing more.
const recorded = new Set<string>();

/**
 * Records `name` as taken on `site` (once per instance and name); with `userId`, also notes the
 * site on the account's profile, so a later new name is taken there too.
 */
export async function recordTakenName(
  site: string,
  name: string,
  userId?: string,
  now = new Date(),
): Promise<void> {
  const skeleton = nameSkeleton(name);
  const key = `${site}\n${skeleton}\n${userId ?? ''}`;
  if (!skeleton || recorded.has(key)) return;
  await Promise.all([
    putTakenName(site, skeleton, now.toISOString()),
    userId ? addNameSite(userId, site) : undefined,
  ]);
  recorded.add(key);
}

/** An account's new name becomes taken on every site the account posted on. */
export async function recordNewName(userId: string, name: string): Promise<void> {
  const sites = await nameSites(userId);
  await Promise.all(sites.map((site) => recordTakenName(site, name)));
}

/** 409 `name_taken` on `path` when `name` folds to the name of an account that posted on `site`. */
export async function assertNameFree(site: string, name: string, path: string): Promise<void> {
  const skeletons = [...new Set([nameSkeleton(name), legacyNameSkeleton(name)])].filter(Boolean);
  const taken = await Promise.all(skeletons.map((skeleton) => isNameTaken(site, skeleton)));
  if (!taken.includes(true)) return;
  throw new AppError(
    'name_taken',
    'This name belongs to a registered reader of this site; choose another one or log in.',
    [
      {
        path,
        code: 'name_taken',
        params: {},
        message: `${path} is the name of a registered reader of this site`,
      },
    ],
  );
}
