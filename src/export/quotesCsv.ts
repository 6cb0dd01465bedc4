import type { Project } from '../cmo/model';
import type { PreparedQuotes } from '../cmo/quotes';
import { quoteColumns } from './quotesTable';

const esc = (v: string | number | null, sep: string) => {
  let s = v === null ? '' : String(v);
  // a text cell Excel would read as a formula (=, +, -, @ first) gets a leading apostrophe (OWASP CSV injection)
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s) && !/^-?\d+([.,]\d+)?$/.test(s)) s = `'${s}`;
  return s.includes(sep) || /[",;\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The quotes with all their metadata as CSV: UTF-8 with a BOM so Excel reads æøå; fields with `,` `;` `"` or line breaks quoted. */
export function quotesToCsv(project: Project, pq: PreparedQuotes, sep = ','): Buffer {
  const cols = quoteColumns(project);
  const lines = [cols.map((c) => esc(c.header, sep)).join(sep)];
  for (const q of pq.quotes) lines.push(cols.map((c) => esc(c.value(q), sep)).join(sep));
  return Buffer.from('\uFEFF' + lines.join('\r\n') + '\r\n', 'utf8');
}
