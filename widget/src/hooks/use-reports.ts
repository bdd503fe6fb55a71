/**
 * Hooks: what every comment's "Signaler" action shares: who reports (the account, a guest, or
 * someone the site asks to log in), the comments that are not theirs to report (a guest's own,
 * known by their receipts) and those already reported from this browser.
 */
import { useMemo, useState } from 'preact/hooks';
import type { User } from '../api/auth.js';
import type { Fetcher } from '../api/fetcher.js';
import { receiptsParam } from '../lib/receipts.js';
import { loadReported, saveReported } from '../lib/reported.js';

/** The report action's context (the panel itself is a chunk: components/report-panel.tsx). */
export interface ReportContext {
  api: Fetcher;
  /** The signed-in reader: their name and email fill in a notice of illegal content. */
  account?: Pick<User, 'name' | 'email'>;
  /** Signed out: whether the site takes guests' reports (a notice of illegal content needs no account). */
  guests: boolean;
  /** A guest's own comments on this article (they hold a receipt): not theirs to report. */
  own: ReadonlySet<string>;
  /** Comments reported from this browser on this site. */
  done: ReadonlySet<string>;
  /** Remembers that `id` is reported: sent now, or the server already had it. */
  mark(id: string): void;
  /** Invites a signed-out reader to log in, saying why. */
  invite(message: string): void;
}

/** The report context of an article; `shown` changes when the thread does (a guest may have posted). */
export function useReports(
  api: Fetcher,
  article: { site: string; page: string },
  account: User | undefined,
  guests: boolean,
  invite: (message: string) => void,
  shown: unknown,
): ReportContext {
  const { site, page } = article;
  const [done, setDone] = useState(() => new Set(loadReported(site)));
  const own = useMemo(
    () => new Set((receiptsParam(site, page) ?? '').split(',').map((pair) => pair.split('.')[0] ?? '')),
    [site, page, shown],
  );
  return {
    api,
    account,
    guests,
    own,
    done,
    mark(id) {
      saveReported(site, id);
      setDone((before) => new Set(before).add(id));
    },
    invite,
  };
}
