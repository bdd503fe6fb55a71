/**
 * Console: the article a queued comment belongs to: its title linking to it (opened apart, with
 * no window handle and no referrer), whether it is closed, and the article's own actions.
 */
import type { QueueItem } from '../../api/moderation.js';
import { useConsoleText } from '../../i18n/console-index.js';

/** Props of ArticleLine. */
export interface ArticleLineProps {
  page: QueueItem['page'];
  onFilter(page: string): void;
  onClose(page: string, closed: boolean): void;
}

// Only web links become links: a stored URL is the site's word, not proof it is safe.
const isWebUrl = (url: string | null): url is string => !!url && /^https?:\/\//i.test(url);

/** "Article : <title>" with filter and close/reopen buttons. */
export function ArticleLine({ page, onFilter, onClose }: ArticleLineProps) {
  const m = useConsoleText();
  const title = page.title || page.id;
  return (
    <p class="article-line">
      <span class="muted">{m.article}</span>{' '}
      {isWebUrl(page.url) ? (
        <a href={page.url} target="_blank" rel="noopener noreferrer">
          {title}
        </a>
      ) : (
        <span>{title}</span>
      )}
      {page.closed && <span class="badge closed">{m.articleClosed}</span>}{' '}
      <button type="button" class="link-button" onClick={() => onFilter(page.id)}>
        {m.filterArticle}
      </button>{' '}
      <button type="button" class="link-button" onClick={() => onClose(page.id, !page.closed)}>
        {page.closed ? m.reopenArticle : m.closeArticle}
      </button>
    </p>
  );
}
