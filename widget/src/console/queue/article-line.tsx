/**
 * Console: the article a queued comment belongs to: its title linking to it (opened apart, with
 * no window handle and no referrer) with the link's domain in plain text beside it, whether it is
 * closed, and the article's own actions (filter, close or reopen, edit its title and address).
 * Closing asks for a confirmation first (a modal dialog, as a rejection does); reopening does not.
 */
import { useRef, useState } from 'preact/hooks';
import type { QueueItem } from '../../api/moderation.js';
import { useConsoleText } from '../../i18n/console-index.js';
import { useI18n } from '../../i18n/index.js';
import { ModalDialog } from '../components/modal-dialog.js';
import { hostOf } from './host-of.js';
import { PageNameForm } from './page-name-form.js';

/** Props of ArticleLine. */
export interface ArticleLineProps {
  page: QueueItem['page'];
  onFilter(page: string): void;
  onClose(page: string, closed: boolean): void;
  /** The article's title and URL were saved by this moderator. */
  onNamed(page: string, title: string | null, url: string | null): void;
}

/** "Article : <title> (<domain>)" with filter, close/reopen and edit buttons. */
export function ArticleLine({ page, onFilter, onClose, onNamed }: ArticleLineProps) {
  const m = useConsoleText();
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const title = page.title || page.id;
  // Only web links become links: a stored URL is the site's word, not proof it is safe. The
  // domain is text beside the title, so a title cannot pass for a link to somewhere else.
  const host = hostOf(page.url);
  const done = () => {
    setEditing(false);
    setTimeout(() => editButton.current?.focus());
  };
  return (
    <>
      <p class="article-line">
        <span class="muted">{m.article}</span>{' '}
        {host && page.url ? (
          <a href={page.url} target="_blank" rel="noopener noreferrer">
            {title}
          </a>
        ) : (
          <span>{title}</span>
        )}
        {host && <span class="article-host"> {m.articleHost(host)}</span>}
        {page.closed && <span class="badge closed">{m.articleClosed}</span>}{' '}
        <button type="button" class="link-button" onClick={() => onFilter(page.id)}>
          {m.filterArticle}
        </button>{' '}
        <button
          type="button"
          class="link-button"
          onClick={() => (page.closed ? onClose(page.id, false) : setConfirming(true))}
        >
          {page.closed ? m.reopenArticle : m.closeArticle}
        </button>{' '}
        <button
          ref={editButton}
          type="button"
          class="link-button"
          aria-expanded={editing}
          onClick={() => setEditing(!editing)}
        >
          {m.editArticle}
        </button>
      </p>
      {confirming && (
        <ModalDialog title={m.closeArticleTitle(title)} onClose={() => setConfirming(false)}>
          <p>{m.closeArticleText}</p>
          <p class="actions">
            <button
              type="button"
              class="danger"
              onClick={() => {
                setConfirming(false);
                onClose(page.id, true);
              }}
            >
              {m.closeArticleConfirm}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t.cancel}
            </button>
          </p>
        </ModalDialog>
      )}
      {editing && (
        <PageNameForm
          page={page}
          onCancel={done}
          onSaved={(named) => {
            onNamed(page.id, named.title, named.url);
            done();
          }}
        />
      )}
    </>
  );
}
