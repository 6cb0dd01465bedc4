/**
 * CSV for spreadsheets: cells quoted where needed, formula-looking text defused, UTF-8 with a BOM
 * so Excel reads æøå; and CSV text read back into records (RFC 4180, the delimiter sniffed).
 */

export type Cell = string | number | null;

/**
 * One cell: quoted when it holds the separator, a quote, `;` or a line break; a text Excel would
 * read as a formula (=, +, -, @ first) gets a leading apostrophe (OWASP CSV injection).
 */
export function csvCell(v: Cell, sep = ','): string {
  let s = v === null ? '' : String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s) && !/^-?\d+([.,]\d+)?$/.test(s)) s = `'${s}`;
  return s.includes(sep) || /[",;\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows as CSV text with a BOM and `\r\n` line ends. */
export function csvText(rows: readonly (readonly Cell[])[], sep = ','): string {
  return '\uFEFF' + rows.map((r) => r.map((c) => csvCell(c, sep)).join(sep)).join('\r\n') + '\r\n';
}

/** The delimiter of a CSV: the most frequent of `,` `;` tab in the first record (outside quotes). */
function sniffDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let q = false;
  for (const ch of text) {
    if (ch === '"') q = !q;
    else if (!q && (ch === '\n' || ch === '\r')) break;
    else if (!q && ch in counts) counts[ch]!++;
  }
  return Object.entries(counts).sort((a, b) => b[1] - a[1])[0]![1] > 0
    ? Object.entries(counts).sort((a, b) => b[1] - a[1])[0]![0]
    : ',';
}

/**
 * RFC 4180 CSV: quoted fields with `""`, line breaks inside quotes, CRLF/LF/CR; each record is
 * one spreadsheet row, so row numbers match what Excel shows even when a quote spans lines.
 */
export function parseCsv(text: string, delimiter = sniffDelimiter(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let any = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
    any = false;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      any = true;
      i++;
      continue;
    }
    if (ch === delimiter) {
      endField();
      any = true;
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += ch;
    any = true;
    i++;
  }
  if (any || field || row.length) endRow();
  return rows;
}
