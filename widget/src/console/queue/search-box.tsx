/**
 * Console: the search over the site's recent comments, in the queue view. Its results replace
 * the queue's list (listed as queue items, any status) until "Fermer la recherche".
 */
import { useState } from 'preact/hooks';
import { Field } from '../../components/field.js';
import { useConsoleText } from '../../i18n/console-index.js';

/** Props of SearchBox. */
export interface SearchBoxProps {
  /** The search shown, or empty. */
  q: string;
  onSearch(q: string): void;
}

/** A search field with "Rechercher" and, while results show, "Fermer la recherche". */
export function SearchBox({ q, onSearch }: SearchBoxProps) {
  const m = useConsoleText();
  const [typed, setTyped] = useState(q);
  return (
    <search aria-label={m.search}>
      <form
        class="filters search"
        onSubmit={(event) => {
          event.preventDefault();
          onSearch(typed.trim());
        }}
      >
        <Field
          label={m.searchField}
          hint={m.searchHint}
          type="search"
          minLength={2}
          maxLength={200}
          value={typed}
          onValue={setTyped}
        />
        <p class="actions">
          <button type="submit">{m.searchSubmit}</button>
          {q && (
            <button type="button" onClick={() => onSearch('')}>
              {m.closeSearch}
            </button>
          )}
        </p>
      </form>
    </search>
  );
}
