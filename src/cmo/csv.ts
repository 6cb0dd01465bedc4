/**
 * CSV for spreadsheets: cells quoted where needed, formula-looking text defused, UTF-8 with a BOM so Excel reads æøå.
 */

export type Cell = string | number | null;

/**
 * One cell: quoted when it holds the separator, a quote, `;` or a line break; a text Excel would read as a formula (=,
 * +, -, @ first) gets a leading apostrophe (OWASP CSV injection).
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
