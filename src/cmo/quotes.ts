import type { Kind, Project, Verdict } from './model';
import { filterSegments, type SegmentFilter } from './matrix';
import { caseShortLabel, ptOrder } from './lookup';
import { oneLine } from './text';
import type { SpeakerTurn } from './model';

/** A passage coded from the very start of a turn carries `Leder: `; a quote does not. */
function withoutSpeakerLabel(text: string, start: number, turns: readonly SpeakerTurn[]): string {
  const t = turns.find((x) => x.start === start);
  if (!t) return text;
  const m = new RegExp(`^${t.speaker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:\\s*`).exec(text);
  return m ? text.slice(m[0].length) : text;
}

export interface Quote {
  /** the segment's id */
  id: string;
  segmentId: string;
  text: string;
  role: string;
  roleId: string | null;
  case: string | null;
  caseLabel: string;
  caseNumber: number | null;
  participant: string;
  source: string;
  sourceId: string;
  start: number;
  end: number;
  kind: Kind;
  pt: string[];
  verdict: Verdict;
  memo: string;
  coder: string;
  attribution: string;
  /** a transcript edit changed this passage's text; it needs review */
  flagged: boolean;
}

/** Segments as quotes, ordered by PT point (template order), then case number, source and position. */
export function listQuotes(project: Project, filter: SegmentFilter): Quote[] {
  const order = ptOrder(project);
  const cases = new Map(project.cases.map((c) => [c.id, c]));
  const roles = new Map(project.roles.map((r) => [r.id, r]));
  const participants = new Map(project.participants.map((p) => [p.id, p]));
  const sources = new Map(project.sources.map((s) => [s.id, s]));
  const quotes = filterSegments(project, filter).map(({ seg, ctx }): Quote => {
    const c = ctx.caseId ? cases.get(ctx.caseId) : undefined;
    const role = ctx.roleId ? roles.get(ctx.roleId)?.label ?? '' : '';
    return {
      id: seg.id,
      segmentId: seg.id,
      text: withoutSpeakerLabel(oneLine(seg.text), seg.start, sources.get(seg.sourceId)?.turns ?? []),
      role,
      roleId: ctx.roleId,
      case: c?.id ?? null,
      caseLabel: c?.label ?? '',
      caseNumber: c?.number ?? null,
      participant: ctx.participantId ? participants.get(ctx.participantId)?.label ?? '' : '',
      source: sources.get(seg.sourceId)?.name ?? '',
      sourceId: seg.sourceId,
      start: seg.start,
      end: seg.end,
      kind: seg.kind,
      pt: seg.pt,
      verdict: seg.verdict,
      memo: seg.memo,
      coder: seg.coder,
      attribution: attribution(role, caseShortLabel(c)),
      flagged: seg.needsReview,
    };
  });
  const firstPt = (q: Quote) => Math.min(...q.pt.map((p) => order.get(p) ?? 1e9));
  return quotes.sort((a, b) => firstPt(a) - firstPt(b) || byCaseThenPlace(a, b));
}

const byCaseThenPlace = (a: Quote, b: Quote) =>
  (a.caseNumber ?? 1e9) - (b.caseNumber ?? 1e9) || a.source.localeCompare(b.source, 'da') || a.start - b.start;

/** The report's attribution: `(Leder, case 1)`; parts that are unknown are left out. */
export function attribution(role: string, caseLabel: string): string {
  const parts = [role, caseLabel].filter(Boolean);
  return parts.length ? `(${parts.join(', ')})` : '';
}

/** Markdown in the report's own style: a heading per PT point, `”…”` then the attribution on its own line. */
export function quotesToMarkdown(project: Project, quotes: Quote[], onlyPts?: Set<string>): string {
  const out: string[] = [];
  const points = project.programmeTheory.points;
  for (const p of points) {
    if (onlyPts && !onlyPts.has(p.id)) continue;
    const here = quotes.filter((q) => q.pt.includes(p.id)).sort(byCaseThenPlace);
    if (!here.length) continue;
    out.push(`## ${p.id.startsWith('#') ? `${p.id} ` : ''}${p.title}`, '');
    const hyp = [p.context && `K: ${p.context}`, p.mechanism && `M: ${p.mechanism}`, p.outcome && `O: ${p.outcome}`].filter(Boolean).join(' · ');
    if (hyp) out.push(`*${hyp}*`, '');
    for (const q of here) {
      out.push(`> ”${q.text}”  `, `> ${q.attribution}`, '');
    }
  }
  return out.join('\n');
}
