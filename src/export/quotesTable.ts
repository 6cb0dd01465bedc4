/** The columns every tabular quote export carries (CSV, XLSX): the quote and all its metadata. */
import type { Project } from '../cmo/model';
import type { Quote } from '../cmo/quotes';

const KIND: Record<string, string> = { C: 'Kontekst', M: 'Mekanisme', O: 'Outcome' };
const VERDICT: Record<string, string> = {
  supports: 'Bekræfter',
  refutes: 'Afkræfter',
  refines: 'Nuancerer',
  unclear: 'Uafklaret',
};

export interface Column {
  header: string;
  width: number;
  value: (q: Quote) => string | number | null;
}

export function quoteColumns(project: Project): Column[] {
  const yes = (b: boolean) => (b ? 'ja' : '');
  return [
    { header: 'PT-punkter', width: 12, value: (q) => q.pt.join('; ') },
    { header: 'Citat', width: 80, value: (q) => q.reportText },
    { header: 'Tilskrivning', width: 30, value: (q) => q.attribution },
    { header: 'Type', width: 11, value: (q) => (q.kind ? (KIND[q.kind] ?? q.kind) : '') },
    { header: 'Vurdering', width: 11, value: (q) => VERDICT[q.verdict] ?? q.verdict },
    { header: 'Rolle', width: 22, value: (q) => q.role },
    { header: 'Case', width: 10, value: (q) => q.caseLabel },
    { header: 'Case nr.', width: 8, value: (q) => q.caseNumber },
    ...project.attributeDefs.map((a): Column => ({
      header: a.label,
      width: Math.max(10, a.label.length + 2),
      value: (q) => q.caseAttributes[a.id] ?? '',
    })),
    { header: 'Deltager', width: 20, value: (q) => q.participant },
    { header: 'Kilde', width: 30, value: (q) => q.source },
    { header: 'Start', width: 8, value: (q) => q.start },
    { header: 'Slut', width: 8, value: (q) => q.end },
    { header: 'Tid', width: 9, value: (q) => (q.time === null ? '' : clock(q.time)) },
    { header: 'Memo', width: 40, value: (q) => q.memo },
    { header: 'Koder', width: 12, value: (q) => q.coder },
    { header: 'Stjerne', width: 8, value: (q) => yes(q.starred) },
    { header: 'Valgt', width: 8, value: (q) => yes(q.picked) },
    { header: 'Forkortet', width: 9, value: (q) => yes(q.edited) },
    { header: 'Til gennemsyn', width: 9, value: (q) => yes(q.flagged || q.renditionStale) },
    { header: 'Id', width: 16, value: (q) => q.id },
  ];
}

/** `754` → `00:12:34` */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60].map((n) => String(n).padStart(2, '0')).join(':');
}
