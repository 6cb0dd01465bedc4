import type { Project } from '../cmo/model';
import type { PreparedQuotes } from '../cmo/quotes';
import { quoteColumns } from './quotesTable';
import { csvText } from '../cmo/csv';

/**
 * The quotes with all their metadata as CSV: UTF-8 with a BOM so Excel reads æøå; fields with `,` `;` `"` or line
 * breaks quoted.
 */
export function quotesToCsv(project: Project, pq: PreparedQuotes, sep = ','): Buffer {
  const cols = quoteColumns(project);
  return Buffer.from(
    csvText([cols.map((c) => c.header), ...pq.quotes.map((q) => cols.map((c) => c.value(q)))], sep),
    'utf8',
  );
}
