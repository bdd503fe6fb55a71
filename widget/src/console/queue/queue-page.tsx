/**
 * Console: a moderation queue. It wires the queue, the selection, the keyboard, the dialogs and
 * the author panel together; the pieces below it know nothing of one another.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import {
  type Action,
  closePage,
  decideNotice,
  type NoticeDecisionBody,
  type Queue,
  type QueueItem,
} from '../../api/moderation.js';
import { useAction } from '../../hooks/use-action.js';
import { useConsoleText } from '../../i18n/console-index.js';
import { AuthorPanel, type AuthorRef } from '../author/author-panel.js';
import { ConsoleError } from '../components/console-error.js';
import { HelpDialog } from '../components/help-dialog.js';
import { ReasonDialog } from '../components/reason-dialog.js';
import { useConsole } from '../console-context.js';
import { useShortcuts } from '../use-shortcuts.js';
import { BulkBar } from './bulk-bar.js';
import type { ItemHandlers } from './item-actions.js';
import { NoticeDialog } from './notice-dialog.js';
import { QueueFiltersForm } from './queue-filters.js';
import { QueueItemView } from './queue-item.js';
import { QueueTabs } from './queue-tabs.js';
import { SearchBox } from './search-box.js';
import { type QueueFilters, useQueue } from './use-queue.js';
import { useSelection } from './use-selection.js';

type Confirm = { action: 'reject' | 'delete'; ids: string[] };

/** The `queue` of the console's site. */
export function QueuePage({ queue }: { queue: Queue }) {
  const { api, site, announce } = useConsole();
  const m = useConsoleText();
  const [filters, setFilters] = useState<QueueFilters>({ page: '', author: '' });
  const list = useQueue(api, site, queue, filters);
  const ids = useMemo(() => list.items.map((item) => item.comment.id), [list.items]);
  const sel = useSelection(ids);
  const [confirm, setConfirm] = useState<Confirm>();
  const [help, setHelp] = useState(false);
  const [author, setAuthor] = useState<AuthorRef>();
  const [noticed, setNoticed] = useState<QueueItem>();
  const listRef = useRef<HTMLOListElement>(null);

  const items = () => [...(listRef.current?.querySelectorAll<HTMLElement>('article.queue-item') ?? [])];
  // Clamped to the items on the page now (a page loaded meanwhile counts).
  const focusItem = (index: number) => {
    const shown = items();
    shown[Math.max(0, Math.min(shown.length - 1, index))]?.focus();
  };
  // `j` past the last comment shown goes on to the next page, once it is loaded.
  const next = () => {
    const index = sel.current + 1;
    if (index < ids.length || !list.nextCursor) return focusItem(index);
    list.loadMore().then(() => setTimeout(() => focusItem(index)));
  };
  const decide = useAction(async (targets: string[], action: Action, reason?: string) => {
    const { ok, failed } = await list.decide(targets, action, reason);
    announce(m.decided(action, ok, failed));
    // Decided comments leave the list, and the focus with them: give it to the new current one.
    setTimeout(() => {
      const lost = !document.activeElement || document.activeElement === document.body;
      if (lost) listRef.current?.querySelector<HTMLElement>('article.is-current')?.focus();
    });
  });
  // A decision on notices names the status the comment is shown in, as any decision does.
  const decideNotices = useAction(async (item: QueueItem, form: Omit<NoticeDecisionBody, 'seen'>) => {
    const done = await decideNotice(api, item.comment.id, { ...form, seen: item.comment.status });
    list.noticesDecided(done.id, done.status);
    announce(m.noticeTexts.decided(form.decision));
  });
  const close = useAction(async (page: string, closed: boolean) => {
    await closePage(api, site, page, closed);
    list.markClosed(page, closed);
    announce(m.pageClosed(closed));
  });

  // A rejection or a deletion asks for a reason (and a confirmation) first.
  const act = (action: Action, targets: string[]) => {
    if (!targets.length) return;
    if (action === 'reject' || action === 'delete') setConfirm({ action, ids: targets });
    else decide.run(targets, action);
  };
  // Keys act on the selection when there is one, else on the current comment.
  const targets = () => (sel.selected.length ? sel.selected : sel.currentId ? [sel.currentId] : []);

  useShortcuts({
    j: next,
    k: () => focusItem(sel.current - 1),
    x: () => sel.currentId && sel.toggle(sel.currentId),
    a: () => act('approve', targets()),
    r: () => act('reject', targets()),
    s: () => act('spam', targets()),
    '?': () => setHelp(true),
  });

  const handlers: ItemHandlers = {
    onAction: (action, id) => act(action, [id]),
    onAuthor: (item: QueueItem, ban) =>
      setAuthor({ key: item.authorKey, name: item.comment.author.name, ban }),
    onFilterPage: (page) => setFilters((f) => ({ ...f, page, q: '' })),
    onClosePage: close.run,
    onNamedPage: list.markNamed,
    onNotice: setNoticed,
  };
  const empty = !list.busy && !list.error && !list.items.length && !list.nextCursor;
  const searching = Boolean(filters.q);
  const filtered = Boolean(filters.page || filters.author);

  return (
    <div class={author ? 'queue-page has-author' : 'queue-page'}>
      <section class="queue-page__list" aria-labelledby="queue-title">
        <h1 id="queue-title">{m.queues[queue]}</h1>
        <QueueTabs queue={queue} counts={list.counts} />
        <SearchBox
          key={filters.q ?? ''}
          q={filters.q ?? ''}
          onSearch={(q) => setFilters((f) => ({ ...f, q }))}
        />
        {!searching && (
          <QueueFiltersForm
            key={`${filters.page}\n${filters.author}`}
            filters={filters}
            onFilters={(next) => setFilters({ ...next, q: '' })}
          />
        )}
        {searching && <h2 class="search-results">{m.searchResults(filters.q ?? '')}</h2>}
        <BulkBar
          total={ids.length}
          selected={sel.selected.length}
          busy={decide.busy}
          onSelectAll={sel.all}
          onAction={(action) => act(action, sel.selected)}
          onHelp={() => setHelp(true)}
        />
        <ConsoleError code={list.error ?? decide.error ?? close.error ?? decideNotices.error} />
        <p class="queue-incoming" role="status">
          {list.incoming.length > 0 && (
            <button type="button" onClick={list.showIncoming}>
              {m.newComments(list.incoming.length)}
            </button>
          )}
        </p>
        {list.busy && !list.items.length && <p class="muted">{m.loading}</p>}
        {empty && (
          <p class="muted empty">
            {searching ? m.searchEmpty(filters.q ?? '') : filtered ? m.emptyFiltered : m.emptyQueue}
          </p>
        )}
        {searching && list.more && <p class="muted">{m.searchMore}</p>}
        <ol
          ref={listRef}
          class="queue-items"
          aria-label={
            searching
              ? m.searchResults(filters.q ?? '')
              : m.listLabel(m.queues[queue], queue === 'unreviewed')
          }
        >
          {list.items.map((item, index) => (
            <li key={item.comment.id}>
              <QueueItemView
                item={item}
                current={index === sel.current}
                selected={sel.isSelected(item.comment.id)}
                failure={list.failures[item.comment.id]}
                conflict={list.conflicts[item.comment.id]}
                handlers={handlers}
                onToggle={() => sel.toggle(item.comment.id)}
                onFocus={() => sel.setCurrent(index)}
              />
            </li>
          ))}
        </ol>
        {list.nextCursor && (
          <button type="button" class="more" disabled={list.busy} onClick={list.loadMore}>
            {m.more}
          </button>
        )}
      </section>
      {author && (
        <AuthorPanel
          key={author.key}
          author={author}
          onClose={() => setAuthor(undefined)}
          onFilter={(key) => setFilters((f) => ({ ...f, author: key, q: '' }))}
        />
      )}
      {confirm && (
        <ReasonDialog
          action={confirm.action}
          count={confirm.ids.length}
          onClose={() => setConfirm(undefined)}
          onConfirm={(reason) => {
            setConfirm(undefined);
            decide.run(confirm.ids, confirm.action, reason);
          }}
        />
      )}
      {noticed && (
        <NoticeDialog
          onClose={() => setNoticed(undefined)}
          onConfirm={(form) => {
            setNoticed(undefined);
            decideNotices.run(noticed, form);
          }}
        />
      )}
      {help && <HelpDialog onClose={() => setHelp(false)} />}
    </div>
  );
}
