/**
 * Coding sheets in: a CSV or XLSX of extracted quotes (`source, quote, kind, pt, verdict, memo,
 * coder`), each row located in its source and coded. Located tolerating whitespace and line
 * breaks, straight vs curly quotes, a word hyphenated across a line break, and `(…)` gaps (or
 * `[bracketed]` replacements) inside the quote; rows that match nowhere or more than once are
 * reported with their spreadsheet row number (header = row 1) and the reason.
 */
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { Kind, Project, QuoteEdit, Segment, Source, Verdict } from './model';
import { DomainError } from './errors';
import { findPt } from './lookup';
import { makeSegment } from './segments';
import { renditionsOf } from './renditions';
import { say } from './logMessages';
import type { RowFailure, RowPlan, SheetPlan } from '../api/contract';

// ————— reading the sheet —————

export interface SheetRow {
  row: number;
  cells: string[];
}
export interface Sheet {
  header: string[];
  rows: SheetRow[];
}

/** Decodes a text file: UTF-8 (BOM or not), UTF-16 with BOM, else Windows-1252 (Excel's "CSV (semikolonsepareret)"). */
export function decodeText(buf: Buffer): string {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.subarray(3).toString('utf8');
  if (buf[0] === 0xff && buf[1] === 0xfe) return iconv.decode(buf.subarray(2), 'utf-16le');
  if (buf[0] === 0xfe && buf[1] === 0xff) return iconv.decode(buf.subarray(2), 'utf-16be');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return iconv.decode(buf, 'windows-1252');
  }
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

/** Reads a sheet (CSV/TSV/TXT or XLSX): row 1 is the header; rows keep their spreadsheet numbers. */
export async function readSheet(fileName: string, data: Buffer): Promise<Sheet> {
  const ext = fileName.toLowerCase().replace(/^.*\./, '');
  if (ext === 'xlsx' || ext === 'xlsm') {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(data as unknown as ArrayBuffer);
    } catch (e) {
      throw new DomainError(
        say('errImportFile', {
          file: fileName,
          problem: say('errSheetNotExcel', { detail: String((e as Error).message) }),
        }),
      );
    }
    const ws = wb.worksheets.find((w) => w.actualRowCount > 0);
    if (!ws) throw new DomainError(say('errImportFile', { file: fileName, problem: say('errSheetEmpty') }));
    const rows: SheetRow[] = [];
    ws.eachRow({ includeEmpty: false }, (r, n) => {
      const cells: string[] = [];
      for (let c = 1; c <= Math.max(r.cellCount, ws.columnCount); c++) cells.push(cellText(r.getCell(c)));
      rows.push({ row: n, cells });
    });
    const head = rows.find((r) => r.row === 1);
    if (!head) throw new DomainError(say('errImportFile', { file: fileName, problem: say('errSheetNoHeader') }));
    return { header: head.cells, rows: rows.filter((r) => r.row > 1) };
  }
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt') {
    const records = parseCsv(decodeText(data));
    if (!records.length) throw new DomainError(say('errImportFile', { file: fileName, problem: say('errFileEmpty') }));
    return { header: records[0]!, rows: records.slice(1).map((cells, i) => ({ row: i + 2, cells })) };
  }
  throw new DomainError(say('errImportFile', { file: fileName, problem: say('errSheetType') }));
}

function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  try {
    return cell.text ?? String(v);
  } catch {
    return String(v);
  }
}

// ————— columns —————

const COLUMNS = {
  source: ['source', 'kilde', 'interview', 'fil', 'file', 'transskription', 'transcript', 'dokument'],
  quote: ['quote', 'citat', 'tekst', 'text', 'passage', 'uddrag'],
  kind: ['kind', 'type', 'cmo', 'c/m/o', 'kategori'],
  pt: ['pt', 'ptpunkt', 'ptpunkter', 'programteoripunkt', 'programteoripunkter', 'punkt', 'hypotese'],
  verdict: ['verdict', 'vurdering'],
  memo: ['memo', 'note', 'noter', 'kommentar', 'comment'],
  coder: ['coder', 'koder', 'kodetaf'],
} as const;
type Col = keyof typeof COLUMNS;
const REQUIRED: Col[] = ['source', 'quote', 'kind', 'pt'];

const headKey = (s: string) =>
  s
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/[\s_#.-]+/g, '');

export function mapColumns(header: string[]): Record<Col, number> {
  const at = {} as Record<Col, number>;
  for (const [col, names] of Object.entries(COLUMNS) as [Col, readonly string[]][]) {
    at[col] = header.findIndex((h) => names.some((n) => headKey(n) === headKey(h)));
  }
  const missing = REQUIRED.filter((c) => at[c] < 0);
  if (missing.length) {
    throw new DomainError(
      say('errSheetMissingColumns', { columns: missing.join(', '), found: header.filter(Boolean).join(', ') }),
    );
  }
  return at;
}

// ————— locating a quote in its source —————

const FOLD: Record<string, string> = {
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2033': '"',
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u00b4': "'",
  '`': "'",
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u2010': '-',
  '\u2011': '-',
  '\u2026': '...',
};
const LETTER = /[\p{L}\p{N}]/u;

export interface Folded {
  text: string;
  map: number[];
}

/**
 * Folds text for tolerant matching, with a map back to the original offsets: lower case,
 * whitespace runs → one space, curly quotes straight, dashes `-`, `…` → `...`, soft hyphens
 * dropped, and a hyphen between letters at a line break (`tilsyns-\nførende`) or inside a word
 * (`MSB-indsats`) dropped, so the two spellings meet.
 */
export function foldForMatch(s: string): Folded {
  let text = '';
  const map: number[] = [];
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '\u00ad') continue;
    if (/\s/.test(ch)) {
      if (text) space = true;
      continue;
    }
    const f = FOLD[ch] ?? ch;
    if (f === '-' && text && LETTER.test(text[text.length - 1]!) && !space) {
      // a hyphen right after a letter: dropped when a letter follows directly or after a line break
      let j = i + 1;
      let nl = false;
      while (j < s.length && /\s/.test(s[j]!)) {
        if (s[j] === '\n' || s[j] === '\r') nl = true;
        j++;
      }
      if (j < s.length && LETTER.test(s[j]!) && (j === i + 1 || nl)) {
        i = j - 1;
        continue;
      }
    }
    if (space) {
      text += ' ';
      map.push(i - 1);
      space = false;
    }
    for (const c of f.toLowerCase()) {
      text += c;
      map.push(i);
    }
  }
  map.push(s.length);
  return { text, map };
}

/** `(…)`, `(...)`, `[…]`, `[...]`: text left out; `[kunden]`: text replaced. */
const GAP = /\s*(\(\s*(?:…|\.{2,})\s*\)|\[\s*(?:…|\.{2,})\s*\]|\[[^\[\]\n]{1,80}\])\s*/u;
const BARE_GAP = /\s*(…|\.{3,})\s*/u;
const MAX_GAP = 5000;

export interface Located {
  start: number;
  end: number;
  edits: { start: number; end: number; with: string }[];
}
export type Location = { ok: true; at: Located } | { ok: false; reason: string };

function occurrences(hay: string, needle: string, from = 0, to = hay.length): number[] {
  const out: number[] = [];
  for (let i = hay.indexOf(needle, from); i >= 0 && i <= to; i = hay.indexOf(needle, i + 1)) out.push(i);
  return out;
}

const excerpt = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

function locateParts(src: Folded, parts: { text: string; gap: string }[]): Location {
  const first = parts[0]!;
  const starts = occurrences(src.text, first.text);
  if (!starts.length)
    return {
      ok: false,
      reason:
        parts.length > 1 ? `begyndelsen "${excerpt(first.text)}" findes ikke i kilden` : 'citatet findes ikke i kilden',
    };
  const found: { starts: number[]; ends: number[] }[] = [];
  let lastFail = '';
  for (const s of starts) {
    const st = [s];
    let end = s + first.text.length;
    let ok = true;
    for (let k = 1; k < parts.length; k++) {
      const p = parts[k]!;
      const next = occurrences(src.text, p.text, end, end + MAX_GAP)[0];
      if (next === undefined) {
        ok = false;
        lastFail = `delen "${excerpt(p.text)}" efter ${parts[k - 1]!.gap || '(…)'} findes ikke efter "${excerpt(parts[k - 1]!.text)}"`;
        break;
      }
      st.push(next);
      end = next + p.text.length;
    }
    if (ok) found.push({ starts: st, ends: st.map((x, k) => x + parts[k]!.text.length) });
  }
  if (!found.length) return { ok: false, reason: lastFail || 'citatet findes ikke i kilden' };
  // the tightest match per end (a short first part may occur earlier too)
  const byEnd = new Map<number, (typeof found)[number]>();
  for (const f of found) {
    const e = f.ends.at(-1)!;
    const had = byEnd.get(e);
    if (!had || had.starts[0]! < f.starts[0]!) byEnd.set(e, f);
  }
  const hits = [...byEnd.values()];
  const orig = (i: number) => src.map[i]!;
  const origEnd = (i: number) => src.map[i - 1]! + 1;
  if (hits.length > 1) {
    return {
      ok: false,
      reason: `citatet forekommer ${hits.length} gange i kilden (ved tegn ${hits.map((h) => orig(h.starts[0]!)).join(', ')}) — gør det længere`,
    };
  }
  const h = hits[0]!;
  const edits: Located['edits'] = [];
  for (let k = 1; k < parts.length; k++) {
    const gapStart = origEnd(h.ends[k - 1]!),
      gapEnd = orig(h.starts[k]!);
    const mark = parts[k - 1]!.gap;
    edits.push({ start: gapStart, end: gapEnd, with: ` ${mark} ` });
  }
  return { ok: true, at: { start: orig(h.starts[0]!), end: origEnd(h.ends.at(-1)!), edits } };
}

function split(quote: string, gap: RegExp): { text: string; gap: string }[] {
  const g = new RegExp(gap.source, 'gu');
  const out: { text: string; gap: string }[] = [];
  let at = 0;
  for (const m of quote.matchAll(g)) {
    const mark = (m[1] ?? m[2] ?? '').trim();
    out.push({
      text: quote.slice(at, m.index),
      gap: /^[([]\s*(?:…|\.{2,})\s*[)\]]$|^…$|^\.{3,}$/.test(mark) ? '(…)' : mark,
    });
    at = m.index + m[0].length;
  }
  out.push({ text: quote.slice(at), gap: '' });
  const parts = out.map((p) => ({ text: foldForMatch(p.text).text.trim(), gap: p.gap }));
  // a gap at either end only marks that the quote starts or ends mid-sentence
  return parts.filter((p) => p.text);
}

/**
 * Where a quote is in a source's folded text: one place, or the reason it is not (nowhere, a
 * part not found after a gap, more than once). The match spans from the first part to the last.
 */
export function locate(src: Folded, rawQuote: string): Location {
  const quote = rawQuote
    .normalize('NFC')
    .trim()
    .replace(/^["”“„]\s*/, '')
    .replace(/\s*["”“]$/, '');
  if (!quote) return { ok: false, reason: 'citatet er tomt' };
  const parts = split(quote, GAP);
  if (!parts.length) return { ok: false, reason: 'citatet er tomt' };
  const first = locateParts(src, parts);
  if (first.ok || !BARE_GAP.test(quote)) return first;
  // a bare … may be a gap too, when the quote is not found with it read as text
  const again = split(quote, new RegExp(`${GAP.source}|${BARE_GAP.source}`, 'u'));
  const second = again.length
    ? locateParts(
        src,
        again.map((p) => ({ text: p.text, gap: p.gap || '(…)' })),
      )
    : first;
  return second.ok ? second : first;
}

// ————— planning and applying —————

const KIND_WORDS: Record<string, Kind> = {
  c: 'C',
  m: 'M',
  o: 'O',
  kontekst: 'C',
  context: 'C',
  mekanisme: 'M',
  mechanism: 'M',
  outcome: 'O',
  udfald: 'O',
  resultat: 'O',
};
const VERDICT_WORDS: Record<string, Verdict> = {
  supports: 'supports',
  refutes: 'refutes',
  refines: 'refines',
  unclear: 'unclear',
  bekræfter: 'supports',
  afkræfter: 'refutes',
  nuancerer: 'refines',
  uafklaret: 'unclear',
  '+': 'supports',
  '-': 'refutes',
  '?': 'unclear',
};

export type { RowFailure, RowPlan, SheetPlan };

const nameKey = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
const noExt = (s: string) => s.replace(/\.[a-z0-9]{1,5}$/i, '');

function sourceFinder(project: Project) {
  return (ref: string): { source: Source } | { reason: string } => {
    const want = nameKey(ref);
    if (!want) return { reason: 'kilden er ikke angivet' };
    const tests: ((s: Source) => boolean)[] = [
      (s) => s.id === ref.trim(),
      (s) => nameKey(s.name) === want || nameKey(s.provenance.fileName) === want,
      (s) =>
        nameKey(noExt(s.name)) === nameKey(noExt(ref)) || nameKey(noExt(s.provenance.fileName)) === nameKey(noExt(ref)),
    ];
    for (const t of tests) {
      const hits = project.sources.filter(t);
      if (hits.length === 1) return { source: hits[0]! };
      if (hits.length > 1) return { reason: `kilden "${ref}" er tvetydig (${hits.map((h) => h.name).join(', ')})` };
    }
    return { reason: `ukendt kilde "${ref}"` };
  };
}

/** Each row located and checked, nothing changed: the preview, and what `applySheet` carries out. */
export function planSheet(project: Project, sheet: Sheet, defaultCoder: string): SheetPlan {
  const col = mapColumns(sheet.header);
  const get = (r: SheetRow, c: Col) => (col[c] >= 0 ? (r.cells[col[c]] ?? '').trim() : '');
  const findSource = sourceFinder(project);
  const folded = new Map<string, Folded>();
  const existing = new Set(project.segments.map((s) => segKey(s.sourceId, s.start, s.end, s.kind, s.pt)));
  const rows: RowPlan[] = [];
  for (const r of sheet.rows) {
    if (r.cells.every((c) => !c.trim())) continue;
    const plan: RowPlan = {
      row: r.row,
      status: 'failed',
      reason: null,
      source: get(r, 'source'),
      sourceId: null,
      quote: r.cells[col.quote] ?? '',
      start: null,
      end: null,
      located: null,
      kind: null,
      pt: [],
      verdict: 'unclear',
      memo: get(r, 'memo'),
      coder: get(r, 'coder') || defaultCoder,
      edits: [],
    };
    rows.push(plan);
    const fail = (reason: string) => {
      plan.reason = reason;
    };
    const kindRaw = get(r, 'kind');
    const kind = KIND_WORDS[kindRaw.toLowerCase()];
    if (!kind) {
      fail(kindRaw ? `ukendt type "${kindRaw}" (C, M eller O)` : 'typen (C/M/O) mangler');
      continue;
    }
    plan.kind = kind;
    const verdictRaw = get(r, 'verdict');
    const verdict = verdictRaw ? VERDICT_WORDS[verdictRaw.toLowerCase()] : 'unclear';
    if (!verdict) {
      fail(`ukendt vurdering "${verdictRaw}" (supports, refutes, refines, unclear)`);
      continue;
    }
    plan.verdict = verdict;
    const ptRaw = get(r, 'pt');
    if (!ptRaw) {
      fail('programteoripunkt mangler');
      continue;
    }
    const pts: string[] = [];
    const unknown: string[] = [];
    for (const piece of ptRaw
      .split(/[;,]/)
      .map((x) => x.trim())
      .filter(Boolean)) {
      const whole = findPt(project, piece);
      if (whole) {
        pts.push(whole.id);
        continue;
      }
      for (const w of piece.split(/\s+/)) {
        const p = findPt(project, w);
        if (p) pts.push(p.id);
        else unknown.push(w);
      }
    }
    if (unknown.length) {
      fail(`ukendt programteoripunkt ${unknown.map((u) => `"${u}"`).join(', ')}`);
      continue;
    }
    plan.pt = [...new Set(pts)];
    const found = findSource(plan.source);
    if ('reason' in found) {
      fail(found.reason);
      continue;
    }
    const src = found.source;
    plan.sourceId = src.id;
    if (!plan.quote.trim()) {
      fail('citatet er tomt');
      continue;
    }
    let f = folded.get(src.id);
    if (!f) folded.set(src.id, (f = foldForMatch(src.text)));
    const loc = locate(f, plan.quote);
    if (!loc.ok) {
      fail(`${loc.reason} ("${src.name}")`);
      continue;
    }
    const { start, end } = loc.at;
    plan.start = start;
    plan.end = end;
    plan.located = src.text.slice(start, end).replace(/\s+/g, ' ').trim();
    plan.edits = loc.at.edits
      .filter((e) => e.with.trim() !== '(…)' || src.text.slice(e.start, e.end).trim())
      .map((e) => ({ start: e.start - start, end: e.end - start, with: e.with }));
    const key = segKey(src.id, start, end, kind, plan.pt);
    if (existing.has(key)) {
      plan.status = 'skipped';
      plan.reason = 'allerede kodet sådan';
      continue;
    }
    existing.add(key);
    plan.status = 'ok';
  }
  return {
    rows,
    ok: rows.filter((r) => r.status === 'ok').length,
    failed: rows.filter((r) => r.status === 'failed').map((r) => ({ row: r.row, reason: r.reason ?? '' })),
    skipped: rows.filter((r) => r.status === 'skipped').map((r) => ({ row: r.row, reason: r.reason ?? '' })),
  };
}

function segKey(sourceId: string, start: number, end: number, kind: Kind | null, pt: string[]): string {
  return `${sourceId}\u0000${start}\u0000${end}\u0000${kind}\u0000${[...pt].sort().join(',')}`;
}

/**
 * Codes the plan's rows as one change: every `ok` row, or — unless `partial` — nothing at all
 * when any row failed. The sheet's `(…)` and `[…]` become the new quotes' report renditions.
 */
export function applySheet(
  project: Project,
  plan: SheetPlan,
  partial: boolean,
  newId: () => string,
  now: string,
): { project: Project; created: Segment[] } {
  if (plan.failed.length && !partial) {
    // the first five rows, each with its reason (the plan's words)
    const rows = Object.fromEntries(
      plan.failed.slice(0, 5).flatMap((f, i) => [
        [`row${i + 1}`, f.row],
        [`reason${i + 1}`, f.reason],
      ]),
    );
    throw new DomainError(say('errSheetRowsFailed', { count: plan.failed.length, ...rows }));
  }
  const created: Segment[] = [];
  const renditions = renditionsOf(project).slice();
  const coders = project.coders.slice();
  for (const r of plan.rows) {
    if (r.status !== 'ok') continue;
    const seg = makeSegment(
      project,
      {
        sourceId: r.sourceId!,
        start: r.start!,
        end: r.end!,
        kind: r.kind!,
        pt: r.pt,
        verdict: r.verdict,
        memo: r.memo,
        coder: r.coder,
      },
      newId(),
      now,
    );
    created.push(seg);
    if (r.edits.length)
      renditions.push({
        segmentId: seg.id,
        base: seg.text,
        edits: r.edits,
        starred: false,
        picked: false,
        updatedAt: now,
      });
    if (r.coder && !coders.some((c) => c.name === r.coder)) coders.push({ id: r.coder, name: r.coder });
  }
  const next: Project = { ...project, segments: [...project.segments, ...created], coders };
  if (renditions.length !== renditionsOf(project).length) next.quoteRenditions = renditions;
  return { project: next, created };
}
