/**
 * Coding sheets in: the rows of a CSV or XLSX of extracted quotes (`source, quote, kind, pt, verdict,
 * memo, coder`; the file is read by src/import/sheet.ts), each row located in its source
 * (sheetMatch.ts) and coded. Rows that match nowhere or more than once are reported with their
 * spreadsheet row number (header = row 1) and the reason. Pure.
 */
import type { Kind, Project, QuoteEdit, Segment, Source, Verdict } from './model';
import { DomainError } from './errors';
import { findPt } from './lookup';
import { makeSegment } from './segments';
import { renditionsOf } from './renditions';
import { say } from './logMessages';
import { notice, noticeSaid, type Notice } from './notice';
import { foldForMatch, locate, type Folded } from './sheetMatch';

// ————— the sheet's rows (read from a file by src/import/sheet.ts) —————

export interface SheetRow {
  row: number;
  cells: string[];
}
export interface Sheet {
  header: string[];
  rows: SheetRow[];
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

/** A coding sheet read and every row located: what the preview shows and `applySheet` carries out. */
export interface RowFailure {
  row: number;
  /** why, as a code and data (sheetMessages.ts), worded by the reader */
  reason: Notice;
}
export interface RowPlan {
  row: number;
  status: 'ok' | 'skipped' | 'failed';
  reason: Notice | null;
  source: string;
  sourceId: string | null;
  quote: string;
  start: number | null;
  end: number | null;
  /** the located passage on one line, for a preview */
  located: string | null;
  kind: Kind | null;
  pt: string[];
  verdict: Verdict;
  memo: string;
  coder: string;
  /** `(…)` and `[…]` of the sheet's quote, kept as the quote's report rendition */
  edits: QuoteEdit[];
}
export interface SheetPlan {
  rows: RowPlan[];
  ok: number;
  failed: RowFailure[];
  skipped: RowFailure[];
}

const nameKey = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
const noExt = (s: string) => s.replace(/\.[a-z0-9]{1,5}$/i, '');

function sourceFinder(project: Project) {
  return (ref: string): { source: Source } | { reason: Notice } => {
    const want = nameKey(ref);
    if (!want) return { reason: notice('sheetNoSource') };
    const tests: ((s: Source) => boolean)[] = [
      (s) => s.id === ref.trim(),
      (s) => nameKey(s.name) === want || nameKey(s.provenance.fileName) === want,
      (s) =>
        nameKey(noExt(s.name)) === nameKey(noExt(ref)) || nameKey(noExt(s.provenance.fileName)) === nameKey(noExt(ref)),
    ];
    for (const t of tests) {
      const hits = project.sources.filter(t);
      if (hits.length === 1) return { source: hits[0]! };
      if (hits.length > 1)
        return { reason: notice('sheetAmbiguousSource', { source: ref, names: hits.map((h) => h.name).join(', ') }) };
    }
    return { reason: notice('sheetUnknownSource', { source: ref }) };
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
    const fail = (reason: Notice) => {
      plan.reason = reason;
    };
    const kindRaw = get(r, 'kind');
    const kind = KIND_WORDS[kindRaw.toLowerCase()];
    if (!kind) {
      fail(kindRaw ? notice('sheetUnknownKind', { kind: kindRaw }) : notice('sheetNoKind'));
      continue;
    }
    plan.kind = kind;
    const verdictRaw = get(r, 'verdict');
    const verdict = verdictRaw ? VERDICT_WORDS[verdictRaw.toLowerCase()] : 'unclear';
    if (!verdict) {
      fail(notice('sheetUnknownVerdict', { verdict: verdictRaw }));
      continue;
    }
    plan.verdict = verdict;
    const ptRaw = get(r, 'pt');
    if (!ptRaw) {
      fail(notice('sheetNoPt'));
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
      fail(notice('sheetUnknownPt', { pts: unknown.join(', ') }));
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
      fail(notice('sheetEmptyQuote'));
      continue;
    }
    let f = folded.get(src.id);
    if (!f) folded.set(src.id, (f = foldForMatch(src.text)));
    const loc = locate(f, plan.quote);
    if (!loc.ok) {
      fail(notice('sheetNotPlaced', { reason: noticeSaid(loc.reason), source: src.name }));
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
      plan.reason = notice('sheetAlreadyCoded');
      continue;
    }
    existing.add(key);
    plan.status = 'ok';
  }
  return {
    rows,
    ok: rows.filter((r) => r.status === 'ok').length,
    failed: failures(rows, 'failed'),
    skipped: failures(rows, 'skipped'),
  };
}

const failures = (rows: RowPlan[], status: RowPlan['status']): RowFailure[] =>
  rows.flatMap((r) => (r.status === status && r.reason ? [{ row: r.row, reason: r.reason }] : []));

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
    // the first five rows, each with its reason (worded in the reader's language)
    const rows = Object.fromEntries(
      plan.failed.slice(0, 5).flatMap((f, i) => [
        [`row${i + 1}`, f.row],
        [`reason${i + 1}`, noticeSaid(f.reason)],
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
