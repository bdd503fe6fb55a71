/**
 * Console: the audit log of the site, newest first, 50 entries a page: who decided what, when,
 * and why. It can be narrowed to one comment's history.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { type AnyErrorCode, errorCode } from '../../api/api-error.js';
import { type LogEntry, readLog } from '../../api/moderation.js';
import { Field } from '../../components/field.js';
import { useConsoleText } from '../../i18n/console-index.js';
import { ConsoleError } from '../components/console-error.js';
import { useConsole } from '../console-context.js';
import { LogRow } from './log-row.js';

interface State {
  entries: LogEntry[];
  next: string | null;
  busy: boolean;
  error?: AnyErrorCode;
}

/** The log, with its comment filter and "older entries". */
export function LogPage() {
  const { api, site } = useConsole();
  const m = useConsoleText();
  const [typed, setTyped] = useState('');
  const [comment, setComment] = useState('');
  const [state, setState] = useState<State>({ entries: [], next: null, busy: true });

  // Answers to superseded requests (another filter) are dropped.
  const latest = useRef(0);

  const load = async (cursor?: string) => {
    const request = ++latest.current;
    setState((s) => ({ ...s, busy: true, error: undefined }));
    try {
      const page = await readLog(api, site, comment || undefined, cursor);
      if (request !== latest.current) return;
      setState((s) => ({
        entries: cursor ? [...s.entries, ...page.entries] : page.entries,
        next: page.nextCursor,
        busy: false,
      }));
    } catch (failure) {
      if (request === latest.current) setState((s) => ({ ...s, busy: false, error: errorCode(failure) }));
    }
  };
  useEffect(() => {
    load();
  }, [comment]);

  const columns = m.logColumns;
  return (
    <section aria-labelledby="log-title">
      <h1 id="log-title">{m.logTitle}</h1>
      <form
        class="filters"
        onSubmit={(event) => {
          event.preventDefault();
          setComment(typed.trim());
        }}
      >
        <Field label={m.logFilter} value={typed} onValue={setTyped} />
        <p class="actions">
          <button type="submit">{m.applyFilters}</button>
        </p>
      </form>
      <ConsoleError code={state.error} />
      {!state.busy && !state.error && !state.entries.length && <p class="muted">{m.logEmpty}</p>}
      {state.entries.length > 0 && (
        // On a narrow screen the table scrolls sideways rather than squeezing its columns (ids
        // wrap anywhere, so at 768 px it fits).
        <div class="table-scroll">
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">{columns.when}</th>
                <th scope="col">{columns.who}</th>
                <th scope="col">{columns.what}</th>
                <th scope="col">{columns.about}</th>
                <th scope="col">{columns.why}</th>
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
