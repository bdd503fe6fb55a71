/** i18n: the site export page of the console, in English. */
import type { ExportMessages } from './console-export-messages.js';

const n = (value: number) => value.toLocaleString('en');

export const exportEn: ExportMessages = {
  title: (site) => `Export of the site ${site}`,
  intro:
    'One NDJSON file of the whole site: its settings, articles, comments (every status), moderation, logs and counts; it is restored with “npm run import -- reagir”. The file is kept 24 hours, and each download link works 5 minutes.',
  includePrivate: 'Include email addresses (personal data)',
  includePrivateHint:
    'The addresses of guests and of the people who report, and the names of the latter. Without this box, the file holds none. Every export is written in the site’s log.',
  start: 'Export the site',
  started: 'Export started: it will be ready in a moment.',
  recent: 'Recent exports',
  none: 'No export yet.',
  status: {
    running: 'running',
    done: 'ready',
    failed: 'failed',
    expired: 'expired (file deleted after 24 h)',
  },
  requested: (date, by) => `on ${date}, by ${by}`,
  withEmails: 'with email addresses',
  withoutEmails: 'without email addresses',
  contents: (items, size) => `${n(items)} item${items === 1 ? '' : 's'} · ${size}`,
  download: 'Download',
  link: (filename) => `${filename} (link valid 5 minutes)`,
  ready: (items) => `Export ready: ${n(items)} item${items === 1 ? '' : 's'}.`,
  failed: 'The export failed: start it again; if it keeps failing, tell the operator.',
};
