/**
 * Console: a moderator's title and address for an article. Once saved they are the article's, and
 * comments no longer change them; the server refuses an address off the site's domains. Escape
 * cancels; the caller gives the focus back to the button that opened the form.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { namePage, type PageNamed, type QueueItem } from '../../api/moderation.js';
import { useAction } from '../../hooks/use-action.js';
import { useConsoleText } from '../../i18n/console-index.js';
import { ConsoleError } from '../components/console-error.js';
import { useConsole } from '../console-context.js';

/** Props of PageNameForm. */
export interface PageNameFormProps {
  page: QueueItem['page'];
  onSaved(named: PageNamed): void;
  onCancel(): void;
}

/** Two fields and "Enregistrer l'article" / "Annuler". */
export function PageNameForm({ page, onSaved, onCancel }: PageNameFormProps) {
  const { api, site, announce } = useConsole();
  const m = useConsoleText();
  const id = useId();
  const first = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState(page.title ?? '');
  const [url, setUrl] = useState(page.url ?? '');
  useEffect(() => first.current?.focus(), []);
  const save = useAction(async () => {
    const named = await namePage(api, site, page.id, {
      title: title.trim() || null,
      url: url.trim() || null,
    });
    announce(m.pageNamed);
    onSaved(named);
  });
  return (
    <form
      class="page-name-form"
      aria-label={m.editArticle}
      onSubmit={(event) => {
        event.preventDefault();
        save.run();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <label for={`${id}-title`}>{m.articleTitle}</label>
      <input
        ref={first}
        id={`${id}-title`}
        type="text"
        maxLength={300}
        value={title}
        onInput={(event) => setTitle(event.currentTarget.value)}
      />
      <label for={`${id}-url`}>{m.articleUrl}</label>
      <input
        id={`${id}-url`}
        type="url"
        maxLength={2048}
        aria-describedby={`${id}-hint`}
        value={url}
        onInput={(event) => setUrl(event.currentTarget.value)}
      />
      <p id={`${id}-hint`} class="muted">
        {m.articleUrlHint}
      </p>
      <ConsoleError code={save.error} />
      <p class="actions">
        <button type="submit" class="primary" disabled={save.busy}>
          {m.saveArticle}
        </button>{' '}
        <button type="button" onClick={onCancel}>
          {m.cancel}
        </button>
      </p>
    </form>
  );
}
