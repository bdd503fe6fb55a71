/**
 * Archive: the import's report file, one CSV line per record of the source that was skipped or
 * imported with a change worth knowing (a reply put under another parent, a thread without a
 * URL), with its source id, its line in the file and the reason, so that a site owner can look
 * each one up. Written even when empty (its header alone says nothing was left out).
 */
import { writeFileSync } from 'node:fs';
import type { Note, Skip } from './import-plan.js';

const cell = (value: string | number | undefined) => {
  const text = String(value ?? '');
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

export function writeImportReport(
  file: string,
  skips: Skip[],
  notes: Note[],
  syntaxError?: { line: number; column: number; found: string },
): void {
  const lines = ['source_id,line,outcome,reason,detail'];
  for (const skip of skips)
    lines.push([skip.sourceId, skip.line, 'skipped', skip.reason, skip.detail].map(cell).join(','));
  for (const note of notes)
    lines.push([note.sourceId, note.line, 'imported', note.note, note.detail].map(cell).join(','));
  if (syntaxError)
    lines.push(
      [
        '',
        syntaxError.line,
        'stopped',
        'malformed_file',
        `column ${syntaxError.column}: ${syntaxError.found}`,
      ]
        .map(cell)
        .join(','),
    );
  writeFileSync(file, `${lines.join('\n')}\n`);
}
