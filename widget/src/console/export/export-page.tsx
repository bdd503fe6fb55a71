/**
 * Console: the site's export, for its administrators (issue 17): "Exporter le site", with or
 * without the email addresses (personal data: the checkbox says so), then the recent exports with
 * their status, asked again every 2 s while one runs. "Télécharger" asks the server for a fresh
 * link at each click (a link works 5 minutes), starts the download and shows the link beside.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { type ExportAnswer, type ExportJob, getExport, listExports, startExport } from '../../api/exports.js';
import { useAction } from '../../hooks/use-action.js';
import { useConsoleText } from '../../i18n/console-index.js';
import { fullDate } from '../../i18n/format.js';
import { useI18n } from '../../i18n/index.js';
import type { Lang } from '../../i18n/messages.js';
import { ConsoleError } from '../components/console-error.js';
import { useConsole } from '../console-context.js';
import { useVisibleInterval } from '../use-visible-interval.js';

type Download = NonNullable<ExportAnswer['download']>;

/** "12 ko", "2,1 Mo" (decimal units, as file managers show them). */
export function fileSize(bytes: number, lang: Lang): string {
  const [unit, value, digits] =
    bytes < 1_000_000 ? ['kilobyte', Math.max(1, bytes / 1000), 0] : ['megabyte', bytes / 1_000_000, 1];
  return new Intl.NumberFormat(lang, { style: 'unit', unit, maximumFractionDigits: digits }).format(value);
}

/** Starts the browser's download of `link` (the server names the file: an attachment). */
function saveFile(link: Download): void {
  const anchor = document.createElement('a');
  anchor.href = link.url;
  anchor.download = link.filename;
  anchor.rel = 'noreferrer';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
}

/** The export page of the console's site. */
export function ExportPage() {
  const { api, site, announce } = useConsole();
  const m = useConsoleText().exports;
  const { lang } = useI18n();
  const hintId = useId();
  const [jobs, setJobs] = useState<ExportJob[]>();
  const [includePrivate, setIncludePrivate] = useState(false);
  const [links, setLinks] = useState<Record<string, Download>>({});
  // The statuses last shown: an export that was running and is now done (or failed) is read out.
  const seen = useRef(new Map<string, ExportJob['status']>());

  const load = useAction(async () => {
    const { exports } = await listExports(api, site);
    for (const job of exports) {
      if (seen.current.get(job.id) !== 'running') continue;
      if (job.status === 'done') announce(m.ready(job.itemCount ?? 0));
      else if (job.status !== 'running') announce(m.failed);
    }
    seen.current = new Map(exports.map((job) => [job.id, job.status]));
    setJobs(exports);
  });
  useEffect(() => void load.run(), []);
  const running = jobs?.some((job) => job.status === 'running') ?? false;
  useVisibleInterval(() => running && void load.run(), 2000, [running]);

  const start = useAction(async (event: Event) => {
    event.preventDefault();
    await startExport(api, site, includePrivate);
    announce(m.started);
    await load.run();
  });
  const download = useAction(async (job: ExportJob) => {
    // Asked at each click: the link of a minute ago may have expired.
    const answer = await getExport(api, site, job.id);
    if (!answer.download) return load.run();
    const link = answer.download;
    setLinks((known) => ({ ...known, [job.id]: link }));
    saveFile(link);
  });

  return (
    <section aria-labelledby="export-title" class="exports">
      <h1 id="export-title">{m.title(site)}</h1>
      <p>{m.intro}</p>
      <form onSubmit={start.run}>
        <p class="f check">
          <label>
            <input
              type="checkbox"
              checked={includePrivate}
              aria-describedby={hintId}
              onChange={(event) => setIncludePrivate(event.currentTarget.checked)}
            />{' '}
            {m.includePrivate}
          </label>
          <small id={hintId}>{m.includePrivateHint}</small>
        </p>
        <ConsoleError code={start.error} />
        <button type="submit" disabled={start.busy || running}>
          {m.start}
        </button>
      </form>
      <h2 id="export-recent">{m.recent}</h2>
      <ConsoleError code={load.error ?? download.error} />
      {jobs?.length === 0 && <p>{m.none}</p>}
      <ul class="webhook-list" aria-labelledby="export-recent">
        {jobs?.map((job) => (
          <li key={job.id} class="webhook-list__item">
            <p>
              <strong>{m.status[job.status]}</strong> ·{' '}
              {m.requested(fullDate(job.createdAt, lang), job.requestedByName)} ·{' '}
              {job.includePrivate ? m.withEmails : m.withoutEmails}
            </p>
            {job.status === 'done' && (
              <p>
                {m.contents(job.itemCount ?? 0, fileSize(job.bytes ?? 0, lang))}{' '}
                <button type="button" disabled={download.busy} onClick={() => download.run(job)}>
                  {m.download}
                </button>{' '}
                {links[job.id] && (
                  <a href={links[job.id]?.url} download={links[job.id]?.filename} rel="noreferrer">
                    {m.link(links[job.id]?.filename ?? '')}
                  </a>
                )}
              </p>
            )}
            {job.status === 'failed' && <p class="muted">{m.failed}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
