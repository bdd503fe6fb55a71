/**
 * Components: the staff menu on each comment of the thread, for a moderator signed in on the
 * article page: approve, reject, spam, ban the author (7 days or for good), without the console.
 * A menu button (WAI-ARIA APG): Enter, Space or the arrows open it on an item, the arrows, Home and
 * End move, Escape closes it back to its button, Tab leaves it. Decisions name the status shown
 * (`seen`), so a colleague's earlier decision comes back as a conflict, said as such ("Déjà refusé
 * par Claire il y a 10 secondes"). The embed loads this file, with its texts and styles, as a
 * chunk when the session's groups say the reader is staff: other readers never download it.
 */
import { Component } from 'preact';
import type { Comment } from '../../../functions/comments/types.js';
import type { DecisionResults } from '../../../functions/moderation/types.js';
import type { AnyErrorCode } from '../api/api-error.js';
import type { Fetcher } from '../api/fetcher.js';
import type { Lang } from '../i18n/index.js';
import type { updateComment } from '../lib/thread-tree.js';
import type { ErrorText } from './error-text.js';
import css from './staff-menu.css?inline';
import { type StaffAction, staffMessages } from './staff-messages.js';

const ACTIONS: StaffAction[] = ['approve', 'reject', 'spam', 'ban7', 'ban'];
let ids = 0;

/**
 * Props of StaffMenu: the comment, how the thread shows what came of a decision, and what the kit
 * already holds (the error text, the tree update). The chunk imports nothing of the kit's modules,
 * so the bundler keeps them in the kit rather than splitting them into a chunk of their own.
 */
export interface StaffMenuProps {
  comment: Comment;
  api: Fetcher;
  site: string;
  lang: Lang;
  /** Applies the outcome to the shown thread (and the published count). */
  onChange(update: (tree: Comment[]) => Comment[], countDelta?: number): void;
  /** Says the outcome in the widget's status region. */
  say(message: string): void;
  Err: typeof ErrorText;
  update: typeof updateComment;
}

interface State {
  /** The focused item while the menu is open. */
  open: number | false;
  busy: boolean;
  error?: AnyErrorCode;
}

/** "il y a 10 secondes": a race is recent, so seconds count here. */
function ago(iso: string, lang: Lang): string {
  const seconds = Math.max(1, Math.round((Date.now() - Date.parse(iso)) / 1000));
  const [value, unit]: [number, Intl.RelativeTimeFormatUnit] =
    seconds < 60 ? [seconds, 'second'] : seconds < 3600 ? [seconds / 60, 'minute'] : [seconds / 3600, 'hour'];
  return new Intl.RelativeTimeFormat(lang).format(-Math.round(value), unit);
}

/** "Modérer" and its menu. */
export class StaffMenu extends Component<StaffMenuProps, State> {
  override state: State = { open: false, busy: false };
  id = `rsm${ids++}`;
  button?: HTMLButtonElement | null;
  menu?: HTMLDivElement | null;

  override componentDidUpdate() {
    const { open } = this.state;
    if (open !== false) this.menu?.querySelectorAll<HTMLElement>('[role=menuitem]')[open]?.focus();
  }

  /**
   * A guest has no account to ban: the menu decides on the comment only. The ban names the
   * author's internal key when the thread gives it (the stage's staff), else their pseudonym with
   * this comment, which the API checks against each other (a site team's moderator).
   */
  actions = () => {
    const { author } = this.props.comment;
    return ACTIONS.filter((action) => author.id || !action.startsWith('ban'));
  };

  close = () => {
    this.setState({ open: false });
    this.button?.focus();
  };

  /** The comment leaves the thread as it leaves the public view. */
  leave = () => {
    const { comment, onChange, update } = this.props;
    onChange((tree) => update(tree, { ...comment, status: 'deleted', threadCount: 0 }), -1);
  };

  async decide(action: 'approve' | 'reject' | 'spam') {
    const { comment, api, lang, onChange, say, update } = this.props;
    const m = staffMessages(lang);
    const { results } = await api<DecisionResults>('POST', '/v1/moderation/decisions', {
      body: { commentIds: [comment.id], seen: { [comment.id]: comment.status }, action },
    });
    const result = results[0];
    if (!result) return;
    if (result.ok) {
      if (result.status === 'approved') onChange((tree) => update(tree, { ...comment, status: 'approved' }));
      else this.leave();
      return say(m.done[action]);
    }
    const { conflict } = result;
    if (conflict) {
      const { last } = conflict;
      say(
        last
          ? m.already(last.action, last.system ? m.system : last.actorName, ago(last.at, lang))
          : m.changed,
      );
      if (conflict.status !== 'approved') this.leave();
      return;
    }
    if (result.error.code === 'action_not_allowed' && action === 'approve') return say(m.published);
    this.setState({ error: result.error.code });
  }

  async ban(action: 'ban7' | 'ban') {
    const { comment, api, site, lang, say } = this.props;
    const { key, id } = comment.author;
    await api('POST', `/v1/moderation/bans/${encodeURIComponent(key ?? id ?? '')}`, {
      query: key ? { site } : { site, comment: comment.id },
      body: { preset: action === 'ban7' ? '7d' : 'forever' },
    });
    say(staffMessages(lang).done[action]);
  }

  run = async (action: StaffAction) => {
    this.close();
    this.setState({ busy: true, error: undefined });
    this.props.say('');
    try {
      await (action === 'ban' || action === 'ban7' ? this.ban(action) : this.decide(action));
    } catch (failure) {
      this.setState({ error: (failure as { code?: AnyErrorCode }).code ?? 'unknown_error' });
    } finally {
      this.setState({ busy: false });
    }
  };

  onMenuKey = (event: KeyboardEvent) => {
    const { open } = this.state;
    if (open === false) return;
    const last = this.actions().length - 1;
    const moves: Record<string, number> = {
      ArrowDown: open === last ? 0 : open + 1,
      ArrowUp: open === 0 ? last : open - 1,
      Home: 0,
      End: last,
    };
    if (event.key in moves) {
      event.preventDefault();
      this.setState({ open: moves[event.key] ?? 0 });
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.close();
    } else if (event.key === 'Tab') this.setState({ open: false });
  };

  override render({ comment, lang, Err }: StaffMenuProps, { open, busy, error }: State) {
    const m = staffMessages(lang);
    const { id } = this;
    const actions = this.actions();
    return (
      <span
        class="sm"
        onFocusOut={(event) => {
          // Focus gone elsewhere (a click outside, Tab): the menu closes, the focus stays there.
          if (!event.currentTarget.contains(event.relatedTarget as Node | null))
            this.setState({ open: false });
        }}
      >
        <style>{css}</style>
        <button
          ref={(el) => {
            this.button = el;
          }}
          type="button"
          class="ln"
          id={`${id}b`}
          aria-haspopup="menu"
          aria-expanded={open !== false}
          aria-controls={`${id}m`}
          aria-label={m.label(comment.author.name)}
          disabled={busy}
          onClick={() => this.setState({ open: open === false ? 0 : false })}
          onKeyDown={(event) => {
            if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
            event.preventDefault();
            this.setState({ open: event.key === 'ArrowUp' ? actions.length - 1 : 0 });
          }}
        >
          {m.menu}
        </button>
        {open !== false && (
          <div
            ref={(el) => {
              this.menu = el;
            }}
            id={`${id}m`}
            role="menu"
            aria-labelledby={`${id}b`}
            tabIndex={-1}
            onKeyDown={this.onMenuKey}
          >
            {actions.map((action, i) => (
              <button
                key={action}
                type="button"
                role="menuitem"
                tabIndex={i === open ? 0 : -1}
                class={action === 'approve' || action === 'reject' ? undefined : 'dg'}
                onClick={() => this.run(action)}
              >
                {m.actions[action]}
              </button>
            ))}
          </div>
        )}
        <Err code={error} />
      </span>
    );
  }
}
