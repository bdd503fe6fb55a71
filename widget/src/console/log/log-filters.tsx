/**
 * Console: the log's filters (moderator, action, article, author, a period, one comment) and the
 * CSV export of the period. What the server finds wrong with a filter shows under its field.
 */
import type { LogAction, LogFilters } from '../../api/moderation.js';
import { Field } from '../../components/field.js';
import { useConsoleText } from '../../i18n/console-index.js';
import { SelectField } from '../components/select-field.js';
import { type LogChoices, sortedOptions } from './log-choices.js';

/** The form's values: the filters as typed (days as `YYYY-MM-DD`, '' for none), and a comment id. */
export interface LogDraft {
  moderator: string;
  action: string;
  page: string;
  author: string;
  from: string;
  to: string;
  comment: string;
}

export const emptyDraft: LogDraft = {
  moderator: '',
  action: '',
  page: '',
  author: '',
  from: '',
  to: '',
  comment: '',
};

/** The filters of a draft; its days are the moderator's own (local midnight to the day's last instant). */
export function filtersOf(draft: LogDraft): LogFilters {
  const local = (day: string, time: string) => (day ? new Date(`${day}T${time}`).toISOString() : undefined);
  const or = (value: string) => value || undefined;
  return {
    moderator: or(draft.moderator),
    action: or(draft.action) as LogAction | undefined,
    page: or(draft.page),
    author: or(draft.author),
    // A day the browser cannot read goes as typed: the server names the field.
    from: draft.from && Number.isNaN(Date.parse(draft.from)) ? draft.from : local(draft.from, '00:00:00.000'),
    to: draft.to && Number.isNaN(Date.parse(draft.to)) ? draft.to : local(draft.to, '23:59:59.999'),
  };
}

/** Props of LogFiltersForm. */
export interface LogFiltersProps {
  draft: LogDraft;
  choices: LogChoices;
  /** Translated problems by filter name (`from`, `to`, `action`…). */
  issues: Partial<Record<keyof LogDraft, string>>;
  actions: readonly LogAction[];
  busy: boolean;
  onChange(draft: LogDraft): void;
  onSubmit(): void;
  onExport(): void;
}

/** The filters form, applied on submit, with the export button. */
export function LogFiltersForm({
  draft,
  choices,
  issues,
  actions,
  busy,
  onChange,
  onSubmit,
  onExport,
}: LogFiltersProps) {
  const m = useConsoleText();
  const labels = m.logFilterLabels;
  const set = (key: keyof LogDraft) => (value: string) => onChange({ ...draft, [key]: value });
  const any: [string, string] = ['', labels.any];
  return (
    <form
      class="filters"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <SelectField
        label={labels.moderator}
        value={draft.moderator}
        options={[any, ['system', m.logSystem], ...sortedOptions(choices.moderators)]}
        error={issues.moderator}
        onValue={set('moderator')}
      />
      <SelectField
        label={labels.action}
        value={draft.action}
        options={[any, ...actions.map((action) => [action, m.logActions[action]] as const)]}
        error={issues.action}
        onValue={set('action')}
      />
      <SelectField
        label={labels.article}
        value={draft.page}
        options={[any, ...sortedOptions(choices.articles)]}
        error={issues.page}
        onValue={set('page')}
      />
      <SelectField
        label={labels.author}
        value={draft.author}
        options={[any, ...sortedOptions(choices.authors)]}
        error={issues.author}
        onValue={set('author')}
      />
      <Field label={labels.from} type="date" value={draft.from} error={issues.from} onValue={set('from')} />
      <Field label={labels.to} type="date" value={draft.to} error={issues.to} onValue={set('to')} />
      <Field label={m.logFilter} value={draft.comment} error={issues.comment} onValue={set('comment')} />
      <p class="actions">
        <button type="submit" disabled={busy}>
          {m.applyFilters}
        </button>{' '}
        <button type="button" disabled={busy} onClick={onExport}>
          {m.logExport}
        </button>
      </p>
    </form>
  );
}
