/**
 * Console: the signed-in frame: the header (sections, site, language, account), the section of
 * the current route, and the status region where every result is read out.
 */
import type { ComponentChild } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { User } from '../api/auth.js';
import type { Fetcher } from '../api/fetcher.js';
import type { SessionStore } from '../api/session-store.js';
import { useConsoleText } from '../i18n/console-index.js';
import { AlertsPage } from './alerts/alerts-page.js';
import { ConsoleContext, type ConsoleEnv } from './console-context.js';
import { ExportPage } from './export/export-page.js';
import { HeaderBar } from './header-bar.js';
import { LogPage } from './log/log-page.js';
import { loadSite, saveSite } from './preferences.js';
import { QueuePage } from './queue/queue-page.js';
import { SecurityPage } from './security/security-page.js';
import { SettingsPage } from './settings/settings-page.js';
import { StatsPage } from './stats/stats-page.js';
import { TeamPage } from './team/team-page.js';
import { useRoute } from './use-route.js';
import { WebhooksPage } from './webhooks/webhooks-page.js';

/** Props of Shell. */
export interface ShellProps {
  api: Fetcher;
  /** The console's session (the Security page passes its access token on). */
  sessions: SessionStore;
  user: User;
  onLogout(): void;
  langSwitch: ComponentChild;
}

/** The console once signed in. */
export function Shell({ api, sessions, user, onLogout, langSwitch }: ShellProps) {
  const m = useConsoleText();
  const route = useRoute();
  const [site, setSite] = useState(loadSite);
  const [status, setStatus] = useState('');
  // The operator administers every site; a site's administrator, theirs.
  const operator = user.roles.includes('admin');
  const admin = operator || user.sites?.[site] === 'admin';
  const env = useMemo<ConsoleEnv>(() => {
    // Emptied first, so that the same words twice ("1 commentaire approuvé.") are read out twice.
    const announce = (message: string) => {
      setStatus('');
      setTimeout(() => setStatus(message), 50);
    };
    return { api, site, admin, operator, announce };
  }, [api, site, admin, operator]);
  // The message has been read out at once; on screen it fades after a while, out of the way.
  useEffect(() => {
    const timer = setTimeout(() => setStatus(''), 8000);
    return () => clearTimeout(timer);
  }, [status]);
  const openSite = (next: string) => {
    saveSite(next);
    // An alert email's `?site=` has done its work: a reload opens the site chosen now.
    if (location.search) history.replaceState(null, '', location.pathname + location.hash);
    setSite(next);
    setStatus('');
  };
  // Each section is keyed by the site: another site starts from a clean state.
  const sections = {
    queue: <QueuePage key={`${site}/${route.queue}`} queue={route.queue} />,
    log: <LogPage key={site} />,
    stats: <StatsPage key={site} />,
    alerts: <AlertsPage key={site} />,
    settings: admin ? <SettingsPage key={site} /> : <p class="er">{m.adminOnly}</p>,
    team: admin ? <TeamPage key={site} /> : <p class="er">{m.adminOnly}</p>,
    webhooks: admin ? <WebhooksPage key={site} /> : <p class="er">{m.adminOnly}</p>,
    export: admin ? <ExportPage key={site} /> : <p class="er">{m.adminOnly}</p>,
    security: <SecurityPage sessions={sessions} />,
  };
  return (
    <ConsoleContext.Provider value={env}>
      <HeaderBar
        route={route}
        site={site}
        onSite={openSite}
        name={user.name}
        onLogout={onLogout}
        langSwitch={langSwitch}
      />
      <main class="main">{sections[route.view]}</main>
      <p class="status-line" role="status">
        {status}
      </p>
    </ConsoleContext.Provider>
  );
}
