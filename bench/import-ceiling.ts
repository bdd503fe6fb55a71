/**
 * Bench: what DynamoDB Local accepts at most on this machine for the items an import writes,
 * measured beside the import in the same run (absolute rates move by 2× between runs here): the
 * same comment and pointer items, built beforehand, written by the same BatchWriter (32 batches
 * in flight) with nothing else to do. The import's rate is read against this ceiling.
 */
import { BatchWriter } from '../functions/archive/batch-writer.js';
import { importedItems, importedRecord } from '../functions/archive/import-items.js';
import { config } from '../functions/shared/config.js';

const BODY =
  "Je ne partage pas l'avis de l'auteur sur la réforme : les communes rurales n'ont pas les moyens d'appliquer ces mesures sans aide de l'État, et les délais annoncés sont intenables pour les petites équipes.";

/** Comments a second DynamoDB Local takes of prebuilt import items (a comment and its pointer each). */
export async function importCeiling(site: string, comments: number): Promise<number> {
  const pairs = Array.from({ length: comments }, (_, i) => {
    const id = `01J${String(i).padStart(23, '0')}`;
    const email = `lecteur${i % 3000}@example.fr`;
    const record = importedRecord(
      site,
      {
        id,
        page: `/article-${i % 100}`,
        parentId: null,
        path: id,
        depth: 0,
        status: 'approved',
        createdAt: new Date(1.6e12 + i * 1000).toISOString(),
        replyCount: 0,
        threadCount: 0,
      },
      {
        kind: 'post',
        sourceId: String(i),
        threadId: '1',
        html: '',
        dateText: '',
        authorName: 'Jeanne Dupont',
        authorEmail: email,
        state: 'approved',
        at: { line: 1, column: 1 },
      },
      BODY,
      { kind: 'guest', email },
    );
    return importedItems(record);
  });
  const writer = new BatchWriter(config.commentsTable, 32);
  const started = performance.now();
  for (const { comment, pointer } of pairs) {
    await writer.put(comment);
    await writer.put(pointer);
  }
  await writer.flush();
  return comments / ((performance.now() - started) / 1000);
}
