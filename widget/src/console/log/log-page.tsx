/**
 * Console: the audit log of the site, newest first, 50 entries a page: who decided what, on which
 * comment of which article, when and why. Filters narrow it (moderator, action, article, author,
 * a period, one comment); a filter the server refuses says why under its field; the period
 * exports as a CSV file.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { type AnyErrorCode, ApiError, errorCode } from '../../api/api-error.js';
import { type LogRow as Entry, exportLog, type LogAction, searchLog } from '../../api/moderation.js';
import { useConsoleText } from '../../i18n/console-index.js';
import { useI18n } from '../../i18n/index.js';
import { issueText, issueTexts } from '../../i18n/issue-messages.js';
import { ConsoleError } from '../components/console-error.js';
import { useConsole } from '../console-context.js';
import { learnChoices, noChoices } from './log-choices.js';
import { emptyDraft, filtersOf, type LogDraft, LogFiltersForm } from './log-filters.js';
import { LogRow } from './log-row.js';

interface State {
  entries: Entry[];
  next: string | null;
  busy: boolean;
  error?: AnyErrorCode;
  issues: Partial<Record<keyof LogDraft, string>>;
}

/** The log, with its filters, its CSV export and "older entries". */
export function LogPage() {
  const { api, site } = useConsole();
  const m = useConsoleText();
  const { lang } = useI18n();
  const [draft, setDraft] = useState<LogDraft>(emptyDraft);
  const [applied, setApplied] = useState<LogDraft>(emptyDraft);
  const [choices, setChoices] = useState(noChoices);
  const [state, setState] = useState<State>({ entries: [], next: null, busy: true, issues: {} });
  const actions = Object.keys(m.logActions) as LogAction[];

  // Answers to superseded requests (other filters) are dropped.
  const latest = useRef(0);

  /** A failure as the page shows it: the server's field issues under their fields, else a message. */
  const failed = (failure: unknown) => {
    const issues: State['issues'] = {};
    if (failure instanceof ApiError) {
      for (const issue of failure.issues) {
        const field = issue.path.replace(/^query\./, '') as keyof LogDraft;
        if (field in emptyDraft) issues[field] = issueText(issueTexts[lang], issue);
      }
    }
    const error = Object.keys(issues).length ? undefined : errorCode(failure);
    setState((s) => ({ ...s, busy: false, error, issues }));
  };

  const load = async (cursor?: string) => {
    const request = ++latest.current;
    setState((s) => ({ ...s, busy: true, error: undefined, issues: {} }));
    try {
      const filters = { ...filtersOf(applied), comment: applied.comment || undefined };
      const page = await searchLog(api, site, filters, cursor);
      if (request !== latest.current) return;
      setChoices((known) => learnChoices(known, page.entries));
      setState((s) => ({
        entries: cursor ? [...s.entries, ...page.entries] : page.entries,
        next: page.nextCursor,
        busy: false,
        issues: {},
      }));
    } catch (failure) {
      if (request === latest.current) failed(failure);
    }
  };
  useEffect(() => {
    load();
  }, [applied]);

  /** Downloads the period's entries, with the filters of the form, as a CSV file. */
  const download = async () => {
    if (!draft.from || !draft.to) {
      const need = m.logExportNeedsRange;
      setState((s) => ({
        ...s,
        issues: { from: draft.from ? undefined : need, to: draft.to ? undefined : need },
      }));
      return;
    }
    setState((s) => ({ ...s, busy: true, error: undefined, issues: {} }));
    try {
      const csv = await exportLog(api, site, { ...filtersOf(draft), comment: draft.comment || undefined });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      link.download = `journal-${site}-${draft.from}-${draft.to}.csv`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      setState((s) => ({ ...s, busy: false }));
    } catch (failure) {
      failed(failure);
    }
  };

  const columns = m.logColumns;
  return (
    <section aria-labelledby="log-title">
      <h1 id="log-title">{m.logTitle}</h1>
      <LogFiltersForm
        draft={draft}
        choices={choices}
        issues={state.issues}
        actions={actions}
        busy={state.busy}
        onChange={setDraft}
        onSubmit={() => setApplied({ ...draft, comment: draft.comment.trim() })}
        onExport={download}
      />
      <ConsoleError code={state.error} />
      {!state.busy && !state.error && !state.entries.length && <p class="muted">{m.logEmpty}</p>}
      {state.entries.length > 0 && (
        // On a narrow screen the table scrolls sideways rather than squeezing its columns.
        <div class="table-scroll">
          <table class="data-table log-table">
            <thead>
              <tr>
                <th scope="col">{columns.when}</th>
                <th scope="col">{columns.who}</th>
                <th scope="col">{columns.what}</th>
                <th scope="col">{columns.comment}</th>
                <th scope="col">{columns.article}</th>
              </tr>
            </thead>
            <tbody>
              {state.entries.map((entry) => (
                <LogRow
                  key={`${entry.at}/${entry.action}/${entry.commentId}/${entry.userId}`}
                  entry={entry}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {state.busy && <p class="muted">{m.loading}</p>}
      {state.next && (
        <button
          type="button"
          class="more"
          disabled={state.busy}
          onClick={() => load(state.next ?? undefined)}
        >
          {m.older}
        </button>
      )}
    </section>
  );
}
