/**
 * Console: filtering a queue by article and by author. The typed values apply on submit, so
 * each keystroke does not cost a request; buttons elsewhere (an item's article, the author
 * panel) set the filters directly, and this form is re-created with them.
 */
import { useState } from 'preact/hooks';
import { Field } from '../../components/field.js';
import { useConsoleText } from '../../i18n/console-index.js';
import type { QueueFilters } from './use-queue.js';

/** Props of QueueFiltersForm. */
export interface QueueFiltersProps {
  filters: QueueFilters;
  onFilters(filters: QueueFilters): void;
}

/** Two fields, "Filtrer" and, when a filter is on, "Effacer les filtres". */
export function QueueFiltersForm({ filters, onFilters }: QueueFiltersProps) {
  const m = useConsoleText();
  const [page, setPage] = useState(filters.page);
  const [author, setAuthor] = useState(filters.author);
  return (
    <form
      class="filters"
      aria-label={m.filters}
      onSubmit={(event) => {
        event.preventDefault();
        onFilters({ page: page.trim(), author: author.trim() });
      }}
    >
      <Field label={m.filterPage} value={page} onValue={setPage} />
      <Field label={m.filterAuthor} hint={m.filterAuthorHint} value={author} onValue={setAuthor} />
      <p class="actions">
        <button type="submit">{m.applyFilters}</button>
        {(filters.page || filters.author) && (
          <button type="button" onClick={() => onFilters({ page: '', author: '' })}>
            {m.clearFilters}
          </button>
        )}
      </p>
    </form>
  );
}
