/** The evidence view of one PT point: its hypothesis beside the passages and configurations, by verdict and case. */
import { VERDICTS, type Project, type PtPoint, type Verdict } from './model';
import { DomainError } from './errors';
import { findPt } from './lookup';
import { configurationCoder, requireCoder } from './coders';
import { listQuotes, type Quote } from './quotes';
import { listConfigurations, type ConfigurationView } from './configurations';
import { say } from './logMessages';

export interface CaseEvidence {
  case: string | null;
  caseLabel: string;
  segments: string[];
  cmoc: string[];
  verdicts: Record<Verdict, number>;
}

export interface Evidence {
  pt: string;
  title: string;
  hypothesis: Pick<PtPoint, 'context' | 'mechanism' | 'outcome'>;
  questions: string[];
  /** the quotes of the segments, split by their verdict */
  verdicts: Record<Verdict, Quote[]>;
  /** configurations split by their verdict */
  cmocVerdicts: Record<Verdict, ConfigurationView[]>;
  byCase: CaseEvidence[];
  quotes: Quote[];
  configurations: ConfigurationView[];
}

const emptyCounts = (): Record<Verdict, number> => ({ supports: 0, refutes: 0, refines: 0, unclear: 0 });

/** `coders`: only these coders' passages and configurations (all when absent or empty). */
export function evidenceFor(project: Project, ptRef: string, coders?: readonly string[]): Evidence {
  const pt = findPt(project, ptRef);
  if (!pt) throw new DomainError(say('errUnknownPt', { id: ptRef }));
  const only = coders?.length ? new Set(coders.map((c) => requireCoder(project, c))) : null;
  const quotes = listQuotes(project, { pts: [pt.id], ...(only ? { coders: [...only] } : {}) });
  const byId = only ? new Map(project.segments.map((s) => [s.id, s])) : undefined;
  const configurations = listConfigurations(project, pt.id).filter(
    (c) => !only || only.has(configurationCoder(project, c, byId) ?? ''),
  );
  const verdicts = Object.fromEntries(VERDICTS.map((v) => [v, quotes.filter((q) => q.verdict === v)])) as Record<
    Verdict,
    Quote[]
  >;
  const cmocVerdicts = Object.fromEntries(
    VERDICTS.map((v) => [v, configurations.filter((c) => c.verdict === v)]),
  ) as Record<Verdict, ConfigurationView[]>;
  const byCase = new Map<string, CaseEvidence>();
  const row = (caseId: string | null) => {
    const key = caseId ?? '';
    let r = byCase.get(key);
    if (!r)
      byCase.set(
        key,
        (r = {
          case: caseId,
          caseLabel: project.cases.find((c) => c.id === caseId)?.label ?? '(uden case)',
          segments: [],
          cmoc: [],
          verdicts: emptyCounts(),
        }),
      );
    return r;
  };
  for (const q of quotes) {
    const r = row(q.case);
    r.segments.push(q.id);
    r.verdicts[q.verdict]++;
  }
  for (const c of configurations) for (const caseId of c.cases.length ? c.cases : [null]) row(caseId).cmoc.push(c.id);
  const order = new Map(project.cases.map((c, i) => [c.id, i]));
  return {
    pt: pt.id,
    title: pt.title,
    hypothesis: { context: pt.context, mechanism: pt.mechanism, outcome: pt.outcome },
    questions: pt.questions,
    verdicts,
    cmocVerdicts,
    byCase: [...byCase.values()].sort((a, b) => (order.get(a.case ?? '') ?? 1e9) - (order.get(b.case ?? '') ?? 1e9)),
    quotes,
    configurations,
  };
}
