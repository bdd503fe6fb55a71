/** Phase: a banned author's comment is refused outright (403 `banned`), stored nowhere. */
import { AppError } from '../../../shared/errors.js';
import { isBanned, type Phase } from '../types.js';

export const authorBanned: Phase = ({ author, now }) => {
  if (!isBanned(author, now)) return undefined;
  const until = author.bannedUntil === 'forever' ? '' : ` until ${author.bannedUntil}`;
  throw new AppError('banned', `You can no longer comment on this site${until}.`, undefined, undefined, {
    until: author.bannedUntil === 'forever' ? null : (author.bannedUntil ?? null),
  });
};
