/** Console: the header: the sections, the site being moderated, the language and the account. */
import type { ComponentChild } from 'preact';
import { useId, useState } from 'preact/hooks';
import { useConsoleText } from '../i18n/console-index.js';
import type { ConsoleView } from '../i18n/console-messages.js';
import { useI18n } from '../i18n/index.js';
import { useConsole } from './console-context.js';
import { type Route, routeHash } from './use-route.js';

/** Props of HeaderBar. */
export interface HeaderBarProps {
  route: Route;
  site: string;
  onSite(site: string): void;
  name: string;
  onLogout(): void;
  langSwitch: ComponentChild;
}

/** One bar that wraps onto two lines on a tablet. */
export function HeaderBar({ route, site, onSite, name, onLogout, langSwitch }: HeaderBarProps) {
  const { t } = useI18n();
  const m = useConsoleText();
  const { admin } = useConsole();
  const id = useId();
  const [typed, setTyped] = useState(site);
  // "Sécurité" is the account's own, for everyone: last.
  const views: ConsoleView[] = admin
    ? ['queue', 'log', 'stats', 'alerts', 'settings', 'team', 'webhooks', 'export', 'security']
    : ['queue', 'log', 'stats', 'alerts', 'security'];
  return (
    <header class="header-bar">
      <p class="header-bar__brand">{m.appTitle}</p>
      <nav class="nav" aria-label={m.sections}>
        <ul>
          {views.map((view) => (
            <li key={view}>
              <a href={routeHash(view, route.queue)} aria-current={route.view === view ? 'page' : undefined}>
                {m.views[view]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <form
        class="site-picker"
        onSubmit={(event) => {
          event.preventDefault();
          const next = typed.trim().toLowerCase();
          if (next) onSite(next);
        }}
      >
        <label for={id}>{m.site}</label>
        <input id={id} value={typed} size={12} onInput={(event) => setTyped(event.currentTarget.value)} />
        <button type="submit">{m.openSite}</button>
      </form>
      <p class="header-bar__account">
        <span>{t.signedInAs(name)}</span> {langSwitch}{' '}
        <button type="button" onClick={onLogout}>
          {t.logout}
        </button>
      </p>
    </header>
  );
}
