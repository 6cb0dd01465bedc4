import { z } from 'zod';
import { KINDS, Kind, Verdict, VERDICTS, type Project, type Segment } from './model';
import { segmentContexts, type SegmentContext } from './segments';
import { attributeValues, findAttribute, findCase, findPt, findRole, resolveRefs } from './lookup';
import { frameDimension, requireCode, subtree } from './codebook';
import type { MatrixTotals } from './matrixTotals';
import { countConfigurations, countSegments } from './matrixCount';
import { colsInto, rowsInto } from './matrixPlace';
import { segmentNumbers } from './segmentNumbers';
import { csvCell } from './csv';
import { requireCoder } from './coders';
import { say, wordsFor, type LogLang } from './logMessages';

/** `case`, `role`, `participant`, `source`, or `attr:<attribute id or label>` (e.g. `attr:sektor`) */
export const ROW_DIM = /^(case|role|participant|source|attr:.+|code:.+)$/;
/** `pt`, `kind`, `pt-kind`, `verdict`, or `code:<frame>` (the frame's child codes) */
export const COL_DIM = /^(pt|kind|pt-kind|verdict|code:.+)$/;
/** the dimensions, refused in the message table's words (Danish here; the CLI checks them first in its language) */
export const RowDim = z.string().regex(ROW_DIM, { error: () => wordsFor(say('matrixBadRows'), 'da') });
export const ColDim = z.string().regex(COL_DIM, { error: () => wordsFor(say('matrixBadCols'), 'da') });
export const MEASURES = ['segments', 'sources', 'participants', 'words', 'cmoc'] as const;
export const MatrixQuery = z.object({
  rows: RowDim.default('case'),
  cols: ColDim.default('pt'),
  measure: z.enum(MEASURES).default('segments'),
  kinds: z.array(Kind).optional(),
  verdicts: z.array(Verdict).optional(),
  pts: z.array(z.string()).optional(),
  cases: z.array(z.string()).optional(),
  roles: z.array(z.string()).optional(),
  coders: z.array(z.string()).optional(),
  codes: z.array(z.string()).optional(),
});
export type MatrixQuery = z.input<typeof MatrixQuery>;

export interface Header {
  id: string;
  label: string;
}
export interface Matrix {
  rows: Header[];
  cols: Header[];
  cells: number[][];
  /** the segments behind each cell, for drilling down */
  segmentIds: string[][][];
  measure: string;
  /**
   * Row and column totals and the grand total, in the matrix's measure, each counted over the
   * distinct things in the row/column (a segment on #4b and #5 counts once in its row; sources and
   * participants are distinct counts, never sums of the cells). Absent on a hand-built matrix.
   */
  totals?: MatrixTotals;
}
export type { MatrixTotals };

const NONE = '__none__';

export interface SegmentFilter {
  kinds?: Kind[];
  verdicts?: Verdict[];
  pts?: string[];
  cases?: string[];
  roles?: string[];
  coders?: string[];
  /** thematic codes; a code matches its whole subtree */
  codes?: string[];
}

/** The segments that pass a filter, each with its attribution. */
export function filterSegments(project: Project, f: SegmentFilter): { seg: Segment; ctx: SegmentContext }[] {
  const contexts = segmentContexts(project);
  const hits = passing(project, f, contexts);
  return hits
    ? hits.map((i) => ({ seg: project.segments[i]!, ctx: contexts[i]! }))
    : project.segments.map((seg, i) => ({ seg, ctx: contexts[i]! }));
}

/**
 * The places in `project.segments` of the segments that pass a filter (`contexts`: every segment's, in order);
 * null when the filter keeps every segment (none of its parts set), so a matrix reads them without a list.
 */
function passing(
  project: Project,
  f: SegmentFilter,
  contexts: readonly SegmentContext[],
  sources: ReadonlySet<string> | null = null,
): number[] | null {
  const set = (ids: string[] | undefined) => (ids ? new Set(ids) : null);
  const pts = set(resolveRefs(f.pts, (r) => findPt(project, r), 'errUnknownPt'));
  const cases = set(resolveRefs(f.cases, (r) => findCase(project, r), 'errUnknownCase'));
  const roles = set(resolveRefs(f.roles, (r) => findRole(project, r), 'errUnknownRoleId'));
  const kinds = f.kinds?.length ? new Set(f.kinds) : null;
  const verdicts = f.verdicts?.length ? new Set(f.verdicts) : null;
  // a coder as the project spells them (any case, or initials); an unknown one refused by name
  const coders = f.coders?.length ? new Set(f.coders.map((c) => requireCoder(project, c))) : null;
  const codes = f.codes?.length
    ? new Set(f.codes.flatMap((r) => [...subtree(project, requireCode(project, r).id)]))
    : null;
  if (!pts && !cases && !roles && !kinds && !verdicts && !coders && !codes && !sources) return null;
  const out: number[] = [];
  const segments = project.segments;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    if (sources && !sources.has(seg.sourceId)) continue;
    if (kinds && !(seg.kind && kinds.has(seg.kind))) continue;
    if (codes && !seg.codes.some((c) => codes.has(c))) continue;
    if (verdicts && !verdicts.has(seg.verdict)) continue;
    if (coders && !coders.has(seg.coder)) continue;
    if (pts && !seg.pt.some((p) => pts.has(p))) continue;
    const ctx = contexts[i]!;
    if (cases && !(ctx.caseId && cases.has(ctx.caseId))) continue;
    if (roles && !(ctx.roleId && roles.has(ctx.roleId))) continue;
    out.push(i);
  }
  return out;
}

/**
 * The matrix of one query; its headings (kinds, verdicts, the row of passages outside every row)
 * in `lang`, by default the project's (matrixMessages.ts). `sources`: only the codings in these sources (a
 * source attribute filter), counted as if the others were not in the project.
 */
export function computeMatrix(
  project: Project,
  input: MatrixQuery,
  lang: LogLang = project.language ?? 'da',
  sources: ReadonlySet<string> | null = null,
): Matrix {
  const q = MatrixQuery.parse(input);
  const label = (key: Parameters<typeof say>[0], params?: Record<string, string>) => wordsFor(say(key, params), lang);
  /** a PT point's column: its id (`#4a`); an id without `#` (the overall hypothesis) in words (matrixMessages.ts) */
  const ptLabel = (id: string) => (id.startsWith('#') ? id : label('matrixOverallPt', { id }));
  const segments = project.segments;
  const hits = passing(project, q, segmentContexts(project), sources);
  const ptFilter = q.pts?.length ? new Set(q.pts.map((r) => findPt(project, r)?.id)) : null;

  const attr = q.rows.startsWith('attr:') ? findAttribute(project, q.rows.slice(5)) : null;
  const rowFrame = q.rows.startsWith('code:') ? frameDimension(project, q.rows.slice(5)) : null;
  const colFrame = q.cols.startsWith('code:') ? frameDimension(project, q.cols.slice(5)) : null;
  const caseAttr = attr ? new Map(project.cases.map((c) => [c.id, c.attributes[attr.id] ?? null])) : null;
  const rows: Header[] = (() => {
    switch (q.rows) {
      case 'case':
        return project.cases.map((c) => ({ id: c.id, label: c.label }));
      case 'role':
        return project.roles.map((r) => ({ id: r.id, label: r.label }));
      case 'participant':
        return project.participants.map((p) => ({ id: p.id, label: p.label }));
      case 'source':
        return project.sources.map((s) => ({ id: s.id, label: s.name }));
      default: {
        if (rowFrame) return rowFrame.map((d) => ({ id: d.id, label: d.label }));
        return attributeValues(attr!, project.cases).map((v) => ({ id: v, label: v }));
      }
    }
  })();
  const points = project.programmeTheory.points;
  const cols: Header[] = (() => {
    switch (q.cols) {
      case 'pt':
        return points.map((p) => ({ id: p.id, label: ptLabel(p.id) }));
      case 'kind':
        return KINDS.map((k) => ({ id: k, label: label('matrixKind', { kind: k }) }));
      case 'pt-kind':
        return points.flatMap((p) => KINDS.map((k) => ({ id: `${p.id}|${k}`, label: `${ptLabel(p.id)} ${k}` })));
      case 'verdict':
        return VERDICTS.map((v) => ({ id: v, label: label('matrixVerdict', { verdict: v }) }));
      default:
        return colFrame!.map((d) => ({ id: d.id, label: d.label }));
    }
  })();

  // cells by integer index (row × cols + col); the last row is "(none)", kept only when used
  const nc = cols.length;
  const noneRow = rows.length;
  const rowIndex = new Map(rows.map((r, i) => [r.id, i]));
  const colIndex = new Map(cols.map((c, i) => [c.id, i]));
  const ptIndex = new Map(points.map((p, i) => [p.id, i]));
  const numbers = segmentNumbers(project);
  const place = {
    rowsInto: rowsInto({ dim: q.rows, index: rowIndex, none: noneRow, frame: rowFrame, caseAttr, project, numbers }),
    colsInto: colsInto({ dim: q.cols, index: colIndex, ptFilter, frame: colFrame, project, numbers }),
  };
  const base = { segments, hits, rowCount: rows.length + 1, colCount: nc, ...place };
  const counted =
    q.measure === 'cmoc'
      ? countConfigurations({
          ...base,
          numbers,
          configurations: project.configurations,
          ptFilter,
          verdicts: q.verdicts,
          cols: q.cols,
          ptIndex,
        })
      : countSegments({ ...base, numbers, measure: q.measure });
  const idBuckets = counted.ids;
  let usedNone = false;
  for (let c = 0; c < nc; c++)
    if (idBuckets[noneRow * nc + c]) {
      usedNone = true;
      break;
    }
  if (usedNone)
    rows.push({
      id: NONE,
      label: label(
        q.rows === 'case'
          ? 'matrixNoCase'
          : q.rows === 'role'
            ? 'matrixNoRole'
            : q.rows.startsWith('attr:')
              ? 'matrixNoValue'
              : q.rows.startsWith('code:')
                ? 'matrixNoFrameCode'
                : 'matrixNoRow',
      ),
    });
  // a segment lands twice in one cell only through configurations or several codes of one frame column
  const dedupe = q.measure === 'cmoc' || !!rowFrame || !!colFrame;
  const cells: number[][] = new Array(rows.length);
  const segmentIds: string[][][] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const cellRow: number[] = [];
    const idRow: string[][] = [];
    for (let c = 0; c < nc; c++) {
      const k = r * nc + c;
      const ids = idBuckets[k];
      cellRow.push(ids ? counted.cells[k]! : 0);
      idRow.push(ids ? (dedupe ? [...new Set(ids)] : ids) : []);
    }
    cells[r] = cellRow;
    segmentIds[r] = idRow;
  }
  const totals =
    'totals' in counted
      ? counted.totals.totals(rows.length)
      : { rows: Array.from(counted.rows.subarray(0, rows.length)), cols: Array.from(counted.cols), all: counted.all };
  return { rows, cols, cells, segmentIds, measure: q.measure, totals };
}

/** The heading of the totals row and column ("I alt"). */
export const totalLabel = (lang: LogLang): string => wordsFor(say('matrixTotal'), lang);

/**
 * The matrix as rows of cells: the heading row, then each row with its label — totals last when
 * the matrix has them, headed in `lang`.
 */
export function matrixGrid(m: Matrix, lang: LogLang = 'da'): (string | number)[][] {
  const t = m.totals;
  const TOTAL_LABEL = totalLabel(lang);
  const out: (string | number)[][] = [['', ...m.cols.map((c) => c.label), ...(t ? [TOTAL_LABEL] : [])]];
  m.rows.forEach((r, i) => out.push([r.label, ...m.cells[i]!, ...(t ? [t.rows[i]!] : [])]));
  if (t) out.push([TOTAL_LABEL, ...t.cols, t.all]);
  return out;
}

/**
 * Labels quoted and defused as in every CSV the app writes (`csvCell`); plain `\n` lines, no BOM
 * (the CLI prints it).
 */
export function matrixToCsv(m: Matrix, sep = ',', lang: LogLang = 'da'): string {
  return (
    matrixGrid(m, lang)
      .map((row) => row.map((v) => (typeof v === 'number' ? String(v) : csvCell(v, sep))).join(sep))
      .join('\n') + '\n'
  );
}
