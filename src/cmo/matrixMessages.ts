/**
 * The matrix's words as the domain writes them — column headings of kinds and verdicts, the rows
 * for passages outside every row, "I alt", the measures, the filter line above an export, the
 * framework sheet's and Word note's words — in Danish and English: part of the one message table
 * (logMessages.ts). The window words its matrix itself (by the rows' and columns' ids); these are
 * the labels of `matrix.compute`, the CLI's CSV and JSON, and the CSV, Excel and Word exports.
 */
import { plural, type Template } from './messageFormat';

const KIND_DA: Record<string, string> = { C: 'Kontekst', M: 'Mekanisme', O: 'Outcome' };
const KIND_EN: Record<string, string> = { C: 'Context', M: 'Mechanism', O: 'Outcome' };
const VERDICT_DA: Record<string, string> = {
  supports: 'Bekræfter',
  refutes: 'Afkræfter',
  refines: 'Nuancerer',
  unclear: 'Uafklaret',
};
const VERDICT_EN: Record<string, string> = {
  supports: 'Supports',
  refutes: 'Refutes',
  refines: 'Refines',
  unclear: 'Unclear',
};
const MEASURE_DA: Record<string, string> = {
  segments: 'Kodninger',
  sources: 'Kilder',
  participants: 'Deltagere',
  words: 'Ord kodet',
  cmoc: 'CMO-konfigurationer',
};
const MEASURE_EN: Record<string, string> = {
  segments: 'Codings',
  sources: 'Sources',
  participants: 'Participants',
  words: 'Words coded',
  cmoc: 'CMO configurations',
};
const pick = (table: Record<string, string>, v: unknown) => table[String(v)] ?? String(v);
/** `overordnet` → `Overordnet`: a PT id without `#` (the overall hypothesis), capitalised */
const capitalised = (v: unknown) => String(v).charAt(0).toUpperCase() + String(v).slice(1);

export const matrixDa = {
  matrixKind: (p) => pick(KIND_DA, p.kind),
  matrixOverallPt: (p) => capitalised(p.id),
  matrixVerdict: (p) => pick(VERDICT_DA, p.verdict),
  matrixMeasure: (p) => pick(MEASURE_DA, p.measure),
  matrixBadRows: () => 'rækker: case, role, participant, source, attr:<egenskab> eller code:<ramme>',
  matrixBadCols: () => 'kolonner: pt, kind, pt-kind, verdict eller code:<ramme>',
  matrixNoCase: () => '(uden case)',
  matrixNoRole: () => '(uden rolle)',
  matrixNoValue: () => '(ingen værdi)',
  matrixNoFrameCode: () => '(uden kode i rammen)',
  matrixNoRow: () => '(ingen)',
  matrixTotal: () => 'I alt',
  matrixRowsLine: (p) => `Rækker: ${p.rows}`,
  matrixColsLine: (p) => `Kolonner: ${p.cols}`,
  matrixFilterKinds: (p) => `Type: ${p.values}`,
  matrixFilterVerdicts: (p) => `Vurdering: ${p.values}`,
  matrixFilterPts: (p) => `PT-punkter: ${p.values}`,
  matrixFilterCases: (p) => `Cases: ${p.values}`,
  matrixFilterRoles: (p) => `Roller: ${p.values}`,
  matrixFilterCoders: (p) => `Kodere: ${p.values}`,
  matrixFilterLine: (p) => `Filter: ${p.filters}`,
  matrixNoFilter: () => 'Filter: ingen',
  matrixSummariesSheet: () => 'Sammenfatninger',
  matrixSummariesTitle: (p) => `${p.project} — Sammenfatninger (rammematrix)`,
  matrixSummaryCount: (p) => `${p.count} ${Number(p.count) === 1 ? 'sammenfatning' : 'sammenfatninger'}`,
  matrixNoSummaries: () => 'Ingen sammenfatninger skrevet endnu',
  matrixOrphans: () =>
    'Sammenfatninger uden for matricen (række eller kolonne findes ikke længere, eller er filtreret fra):',
  matrixRowHeading: () => 'Række',
  matrixColHeading: () => 'Kolonne',
  matrixSummaryHeading: () => 'Sammenfatning',
  matrixTotalNote: (p) =>
    `${p.total}: hver kodning (kilde, deltager, konfiguration) tælles én gang ` +
    'pr. række og kolonne, også når den står i flere celler.',
} satisfies Record<string, Template>;

export type MatrixKey = keyof typeof matrixDa;

export const matrixEn: Record<MatrixKey, Template> = {
  matrixKind: (p) => pick(KIND_EN, p.kind),
  matrixOverallPt: (p) => (String(p.id).toLowerCase() === 'overordnet' ? 'Overall' : capitalised(p.id)),
  matrixVerdict: (p) => pick(VERDICT_EN, p.verdict),
  matrixMeasure: (p) => pick(MEASURE_EN, p.measure),
  matrixBadRows: () => 'rows: case, role, participant, source, attr:<attribute> or code:<frame>',
  matrixBadCols: () => 'columns: pt, kind, pt-kind, verdict or code:<frame>',
  matrixNoCase: () => '(no case)',
  matrixNoRole: () => '(no role)',
  matrixNoValue: () => '(no value)',
  matrixNoFrameCode: () => '(no code in the frame)',
  matrixNoRow: () => '(none)',
  matrixTotal: () => 'Total',
  matrixRowsLine: (p) => `Rows: ${p.rows}`,
  matrixColsLine: (p) => `Columns: ${p.cols}`,
  matrixFilterKinds: (p) => `Kind: ${p.values}`,
  matrixFilterVerdicts: (p) => `Verdict: ${p.values}`,
  matrixFilterPts: (p) => `PT points: ${p.values}`,
  matrixFilterCases: (p) => `Cases: ${p.values}`,
  matrixFilterRoles: (p) => `Roles: ${p.values}`,
  matrixFilterCoders: (p) => `Coders: ${p.values}`,
  matrixFilterLine: (p) => `Filter: ${p.filters}`,
  matrixNoFilter: () => 'Filter: none',
  matrixSummariesSheet: () => 'Summaries',
  matrixSummariesTitle: (p) => `${p.project} — Summaries (framework matrix)`,
  matrixSummaryCount: (p) => plural(p.count, 'summary', 'summaries'),
  matrixNoSummaries: () => 'No summaries written yet',
  matrixOrphans: () => 'Summaries outside the matrix (their row or column is gone, or filtered out):',
  matrixRowHeading: () => 'Row',
  matrixColHeading: () => 'Column',
  matrixSummaryHeading: () => 'Summary',
  matrixTotalNote: (p) =>
    `${p.total}: each coding (source, participant, configuration) is counted once ` +
    'per row and column, even when it is in several cells.',
};
