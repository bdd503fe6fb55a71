/** i18n: the shape of the site export page's texts (console-export-*.ts). */
import type { ExportStatus } from '../api/exports.js';

/** The site's export page (admins). */
export interface ExportMessages {
  title: (site: string) => string;
  intro: string;
  includePrivate: string;
  includePrivateHint: string;
  start: string;
  started: string;
  recent: string;
  none: string;
  status: Record<ExportStatus, string>;
  /** "le 4 décembre 2026 à 10:12, par Claire". */
  requested: (date: string, by: string) => string;
  withEmails: string;
  withoutEmails: string;
  /** "1 234 éléments · 2,1 Mo". */
  contents: (items: number, size: string) => string;
  download: string;
  /** The fresh link, shown once asked for: its file name and how long it works. */
  link: (filename: string) => string;
  ready: (items: number) => string;
  failed: string;
}
