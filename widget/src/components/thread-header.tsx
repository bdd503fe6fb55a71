/** Components: the thread's heading, "Commentaires (N)" ("Commentaires" while loading), and the sort order. */
import type { CommentSort } from '../../../functions/comments/types.js';
import { formatNumber } from '../i18n/format.js';
import { useI18n } from '../i18n/index.js';

/** Props of ThreadHeader. */
export interface ThreadHeaderProps {
  headingId: string;
  /** Undefined until the first page is known: the heading then shows no count. */
  count?: number;
  sort: CommentSort;
  onSort(sort: CommentSort): void;
}

/** The heading (which names the widget's region) and the sort selector. */
export function ThreadHeader({ headingId, count, sort, onSort }: ThreadHeaderProps) {
  const { t, lang } = useI18n();
  return (
    <header class="hd">
      <h2 id={headingId}>{t.count(count === undefined ? '' : formatNumber(count, lang))}</h2>
      <label class="so">
        {t.sort}{' '}
        <select value={sort} onChange={(event) => onSort(event.currentTarget.value as CommentSort)}>
          <option value="newest">{t.newest}</option>
          <option value="oldest">{t.oldest}</option>
          <option value="top">{t.top}</option>
        </select>
      </label>
    </header>
  );
}
