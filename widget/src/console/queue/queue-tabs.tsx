/** Console: the queues as tabs-like links (each a URL, so back and bookmarks work), with their counts. */
import type { Queue, QueueCounts } from '../../api/moderation.js';
import { useConsoleText } from '../../i18n/console-index.js';
import { QUEUE_ORDER, routeHash } from '../use-route.js';

/** Links to every queue, the shown one marked current, each with its count once known. */
export function QueueTabs({ queue, counts }: { queue: Queue; counts?: QueueCounts }) {
  const m = useConsoleText();
  return (
    <nav class="queue-tabs nav" aria-label={m.queueNav}>
      <ul>
        {QUEUE_ORDER.map((q) => (
          <li key={q}>
            <a
              href={routeHash('queue', q)}
              aria-current={q === queue ? 'page' : undefined}
              aria-label={counts ? m.queueWithCount(m.queues[q], counts[q]) : undefined}
            >
              {m.queues[q]}
              {counts && <span class="queue-tabs__count">{counts[q]}</span>}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
