/**
 * Quotes for the report: coded segments retrieved by any filter, ordered by PT point and case
 * (or by hand), attributed from a template, rendered as the report prints them, and — for every
 * export — pseudonymised and checked for names that would still get through.
 */
import type { Project, PtPoint, Segment } from './model';
import { filterSegments, type SegmentFilter } from './matrix';
import { findAttribute, findPt, ptOrder } from './lookup';
import { DomainError } from './errors';
import { findLeaks, pseudonymizer, pseudonymsOf, type Leak, type LeakField, type Pseudonymize } from './pseudonyms';
import { displayText, labelLength, renderQuote, renditionsOf, settingsOf } from './renditions';
import { say, type LogLang } from './logMessages';
import { attributionIndex, type Unattributed } from './attribution';
import { attributionFor } from './attributionFormat';
import { quoteFilterLine } from './quoteFilterLine';
import { sourcesWithAttributes, type SourceAttrFilter } from './sourceFilter';

export interface Quote {
  /** the segment's id */
  id: string;
  segmentId: string;
  /** the passage on one line, speaker label left out (in an export: pseudonymised) */
  text: string;
  /** the report rendition: `(…)` trims and `[bracketed]` replacements applied */
  reportText: string;
  role: string;
  roleId: string | null;
  case: string | null;
  caseLabel: string;
  caseNumber: number | null;
  /** the case's attributes by attribute id (`sektor` → `Offentlig`) */
  caseAttributes: Record<string, string>;
  participant: string;
  /** the speaker label of the passage's turn as written in the transcript (null: no turn) */
  speaker: string | null;
  /** not an interviewee's evidence: in the interviewer's speech, or with no participant (null: attributed) */
  unattributed: Unattributed | null;
  source: string;
  sourceId: string;
  start: number;
  end: number;
  /** seconds into the recording where the passage's turn starts, when the transcript has time stamps */
  time: number | null;
  kind: Segment['kind'];
  pt: string[];
  verdict: Segment['verdict'];
  memo: string;
  coder: string;
  attribution: string;
  /** a transcript edit changed this passage's text; it needs review */
  flagged: boolean;
  starred: boolean;
  picked: boolean;
  /** the rendition has edits */
  edited: boolean;
  /** the transcript changed under the rendition and some of its edits could not be placed again */
  renditionStale: boolean;
}

export const ORDERS = ['pt', 'manual'] as const;
export type QuoteOrder = (typeof ORDERS)[number];

export interface QuoteQuery extends SegmentFilter {
  /** case attributes: `{ sektor: 'Offentlig' }` or several values each (any of them) */
  attrs?: Record<string, string | string[]>;
  /** source attributes (by id or label): `{ interviewform: 'Telefon' }` or several values each (any of them) */
  sourceAttrs?: SourceAttrFilter;
  /** only segments linked in these CMO configurations (ids) */
  cmocs?: string[];
  starred?: boolean;
  picked?: boolean;
  /** `pt` (default): PT point, then case number, source and place; `manual`: the order set by hand */
  order?: QuoteOrder;
  /** attribution template; default the project's (`({role}, {case})`) */
  attribution?: string;
  /** report exports refuse quotes in interviewer speech or with no participant unless true */
  allowUnattributed?: boolean;
}

const lower = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase('da');

/**
 * Quotes that pass the query, ordered by PT point (template order), then case number, source and place — or by hand.
 */
export function listQuotes(project: Project, query: QuoteQuery): Quote[] {
  const order = ptOrder(project);
  const settings = settingsOf(project);
  const cases = new Map(project.cases.map((c) => [c.id, c]));
  const roles = new Map(project.roles.map((r) => [r.id, r]));
  const participants = new Map(project.participants.map((p) => [p.id, p]));
  const sources = new Map(project.sources.map((s) => [s.id, s]));
  const renditions = new Map(renditionsOf(project).map((r) => [r.segmentId, r]));
  const attribute = attributionFor(project, query.attribution ?? settings.attribution);
  const who = attributionIndex(project);

  const attrFilter = Object.entries(query.attrs ?? {}).map(([name, v]) => {
    const def = findAttribute(project, name);
    return { id: def.id, values: new Set((Array.isArray(v) ? v : [v]).map(lower)) };
  });
  const inSources = sourcesWithAttributes(project, query.sourceAttrs).keep;
  let inCmocs: Set<string> | null = null;
  if (query.cmocs?.length) {
    inCmocs = new Set();
    for (const ref of query.cmocs) {
      const cfg = project.configurations.find((c) => c.id === ref);
      if (!cfg) throw new DomainError(say('errUnknownConfiguration', { id: ref }));
      for (const id of [...cfg.contextIds, ...cfg.mechanismIds, ...cfg.outcomeIds]) inCmocs.add(id);
    }
  }

  const out: Quote[] = [];
  for (const { seg, ctx } of filterSegments(project, query)) {
    if (inCmocs && !inCmocs.has(seg.id)) continue;
    if (inSources && !inSources.has(seg.sourceId)) continue;
    const r = renditions.get(seg.id);
    if (query.starred !== undefined && (r?.starred ?? false) !== query.starred) continue;
    if (query.picked !== undefined && (r?.picked ?? false) !== query.picked) continue;
    const c = ctx.caseId ? cases.get(ctx.caseId) : undefined;
    if (attrFilter.length && !(c && attrFilter.every((f) => f.values.has(lower(c.attributes[f.id] ?? ''))))) continue;
    const src = sources.get(seg.sourceId);
    const turns = src?.turns ?? [];
    const rendered = renderQuote(seg, turns, r);
    const turn = turns.find((t) => t.start <= seg.start && seg.start < t.end);
    const spoken = who(seg);
    const q: Omit<Quote, 'attribution'> = {
      id: seg.id,
      segmentId: seg.id,
      text: displayText(seg.text, labelLength(seg.text, seg.start, turns)),
      reportText: rendered.text,
      role: ctx.roleId ? (roles.get(ctx.roleId)?.label ?? '') : '',
      roleId: ctx.roleId,
      case: c?.id ?? null,
      caseLabel: c?.label ?? '',
      caseNumber: c?.number ?? null,
      caseAttributes: { ...(c?.attributes ?? {}) },
      participant: ctx.participantId ? (participants.get(ctx.participantId)?.label ?? '') : '',
      speaker: spoken.speaker,
      unattributed: spoken.problem,
      source: src?.name ?? '',
      sourceId: seg.sourceId,
      start: seg.start,
      end: seg.end,
      time: turn?.time ?? null,
      kind: seg.kind,
      pt: seg.pt,
      verdict: seg.verdict,
      memo: seg.memo,
      coder: seg.coder,
      flagged: seg.needsReview,
      starred: r?.starred ?? false,
      picked: r?.picked ?? false,
      edited: rendered.edited,
      renditionStale: rendered.stale,
    };
    out.push({ ...q, attribution: attribute(q) });
  }
  // under a PT filter, a quote sorts by the first of the asked-for points it carries (a #6+#10 quote filtered to #10
  // sorts as #10)
  const asked = query.pts?.length
    ? new Set(query.pts.map((r) => findPt(project, r)?.id).filter((x): x is string => !!x))
    : null;
  // each quote's key worked out once, not in every comparison (the sort makes n·log n of them)
  const first = new Map<Quote, number>();
  for (const q of out) {
    const pts = asked ? q.pt.filter((p) => asked.has(p)) : q.pt;
    first.set(q, pts.length ? Math.min(...pts.map((p) => order.get(p) ?? 1e9)) : 2e9);
  }
  const byPt = (a: Quote, b: Quote) => first.get(a)! - first.get(b)! || byCaseThenPlace(a, b);
  if (query.order === 'manual') {
    const at = new Map(settings.order.map((id, i) => [id, i]));
    return out.sort((a, b) => (at.get(a.id) ?? 1e9) - (at.get(b.id) ?? 1e9) || byPt(a, b));
  }
  return out.sort(byPt);
}

// one collator: `localeCompare(x, 'da')` sets up Danish collation again on every call
const danish = new Intl.Collator('da');
const byCaseThenPlace = (a: Quote, b: Quote) =>
  (a.caseNumber ?? 1e9) - (b.caseNumber ?? 1e9) || danish.compare(a.source, b.source) || a.start - b.start;

export interface Section {
  /** null: quotes without a PT point */
  point: PtPoint | null;
  heading: string;
  /** the hypothesis in one short line: `K: … · M: … · O: …` */
  hypothesis: string;
  quotes: Quote[];
}

export const ptHeading = (p: PtPoint) => `${p.id.startsWith('#') ? `${p.id} ` : ''}${p.title}`;
export const hypothesisLine = (p: PtPoint) =>
  [p.context && `K: ${p.context}`, p.mechanism && `M: ${p.mechanism}`, p.outcome && `O: ${p.outcome}`]
    .filter(Boolean)
    .join(' · ');

/**
 * A section per PT point (template order) with its quotes; a quote with several points is under
 * each. Within a point by case number — or, when `keepOrder`, in the order given (by hand).
 */
export function sectionsOf(project: Project, quotes: Quote[], onlyPts?: Set<string>, keepOrder = false): Section[] {
  const out: Section[] = [];
  for (const p of project.programmeTheory.points) {
    if (onlyPts && !onlyPts.has(p.id)) continue;
    const here = quotes.filter((q) => q.pt.includes(p.id));
    if (!keepOrder) here.sort(byCaseThenPlace);
    if (here.length) out.push({ point: p, heading: ptHeading(p), hypothesis: hypothesisLine(p), quotes: here });
  }
  const known = new Set(project.programmeTheory.points.map((p) => p.id));
  const rest = onlyPts ? [] : quotes.filter((q) => !q.pt.some((p) => known.has(p)));
  if (rest.length) out.push({ point: null, heading: 'Uden programteoripunkt', hypothesis: '', quotes: rest });
  return out;
}

export type QuoteMarks = readonly [string, string];
export const MARKS: Record<'da' | 'en', QuoteMarks> = { da: ['\u201d', '\u201d'], en: ['\u201c', '\u201d'] };

/** Markdown in the report's own style: a heading per PT point, `”…”` then the attribution on its own line. */
export function quotesToMarkdown(
  project: Project,
  quotes: Quote[],
  onlyPts?: Set<string>,
  opts: { keepOrder?: boolean; marks?: QuoteMarks; sections?: Section[] } = {},
): string {
  const [open, close] = opts.marks ?? MARKS.da;
  const out: string[] = [];
  for (const s of opts.sections ?? sectionsOf(project, quotes, onlyPts, opts.keepOrder)) {
    out.push(`## ${s.heading}`, '');
    if (s.hypothesis) out.push(`*${s.hypothesis}*`, '');
    for (const q of s.quotes) {
      out.push(`> ${open}${q.reportText}${close}  `, `> ${q.attribution}`, '');
    }
  }
  return out.join('\n');
}

/** Everything an export writes, pseudonymised; `reportText` is what the report prints. */
export interface PreparedQuotes {
  title: string;
  quotes: Quote[];
  sections: Section[];
  marks: QuoteMarks;
  /** where a listed name (or a variant, or part of it) would still appear */
  leaks: Leak[];
  /** the query's filters in words (`Filter: …`), the project's language unless asked; null: nothing filtered */
  filterLine: string | null;
}

function pseudonymizeQuote(q: Quote, ps: Pseudonymize): Quote {
  const attrs: Record<string, string> = {};
  for (const [k, v] of Object.entries(q.caseAttributes)) attrs[k] = ps(v);
  return {
    ...q,
    text: ps(q.text),
    reportText: ps(q.reportText),
    role: ps(q.role),
    caseLabel: ps(q.caseLabel),
    caseAttributes: attrs,
    participant: ps(q.participant),
    source: ps(q.source),
    memo: ps(q.memo),
    coder: ps(q.coder),
    attribution: ps(q.attribution),
  };
}

const FIELD_LABEL: [keyof Quote, string][] = [
  ['reportText', 'citat'],
  ['text', 'transskription'],
  ['attribution', 'tilskrivning'],
  ['memo', 'memo'],
  ['source', 'kilde'],
  ['participant', 'deltager'],
  ['role', 'rolle'],
  ['caseLabel', 'case'],
  ['coder', 'koder'],
];

/** The leak check over prepared (already pseudonymised) quotes and section headings. */
export function leaksIn(
  project: Project,
  quotes: readonly Quote[],
  sections: readonly Section[] = [],
  transcript = false,
): Leak[] {
  const fields: LeakField[] = [];
  for (const q of quotes) {
    for (const [k, label] of FIELD_LABEL)
      if (transcript || k !== 'text') fields.push({ field: label, quoteId: q.id, text: String(q[k] ?? '') });
    for (const [k, v] of Object.entries(q.caseAttributes))
      fields.push({ field: `egenskab ${k}`, quoteId: q.id, text: v });
  }
  for (const s of sections)
    fields.push({
      field: `overskrift ${s.point?.id ?? ''}`.trim(),
      quoteId: null,
      text: `${s.heading}\n${s.hypothesis}`,
    });
  return findLeaks(pseudonymsOf(project), fields);
}

/**
 * The quotes of a query ready for any export: report renditions, the attribution template, the
 * pseudonym list applied to every field (headings too), and the leak check run on the result
 * (over the transcript text too when the export carries it, as JSON does).
 */
export function prepareQuotes(
  project: Project,
  query: QuoteQuery,
  onlyPts?: Set<string>,
  opts: { transcript?: boolean; lang?: LogLang } = {},
): PreparedQuotes {
  const ps = pseudonymizer(pseudonymsOf(project));
  const quotes = listQuotes(project, query).map((q) => pseudonymizeQuote(q, ps));
  const sections = sectionsOf(project, quotes, onlyPts, query.order === 'manual').map((s) => ({
    ...s,
    heading: ps(s.heading),
    hypothesis: ps(s.hypothesis),
  }));
  const marks = MARKS[settingsOf(project).quoteMarks];
  const filterLine = quoteFilterLine(project, query, opts.lang ?? project.language ?? 'da');
  return {
    title: ps(project.name),
    quotes,
    sections,
    marks,
    leaks: leaksIn(project, quotes, sections, opts.transcript),
    filterLine: filterLine === null ? null : ps(filterLine),
  };
}

/** Plain text for the clipboard: heading, then each quote in marks with the attribution on its own line. */
export function quotesToPlainText(pq: PreparedQuotes): string {
  const [open, close] = pq.marks;
  const out: string[] = [];
  for (const s of pq.sections) {
    out.push(s.heading, '');
    for (const q of s.quotes) out.push(`${open}${q.reportText}${close}`, q.attribution, '');
  }
  return out.join('\n');
}

export const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Rich text (HTML) for the clipboard: Word keeps the headings, the indent and the italics. */
export function quotesToHtml(pq: PreparedQuotes): string {
  const [open, close] = pq.marks;
  const out: string[] = [];
  for (const s of pq.sections) {
    out.push(`<h2>${escapeHtml(s.heading)}</h2>`);
    if (s.hypothesis) out.push(`<p><em>${escapeHtml(s.hypothesis)}</em></p>`);
    for (const q of s.quotes) {
      out.push(`<p style="margin-left:1cm">${escapeHtml(open + q.reportText + close)}</p>`);
      if (q.attribution) out.push(`<p style="margin-left:1cm">${escapeHtml(q.attribution)}</p>`);
    }
  }
  return out.join('\n');
}
