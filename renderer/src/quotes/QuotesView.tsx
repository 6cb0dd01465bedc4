/** Quotes for a PT point in the report's style, filterable by case, role and kind; copy as Markdown. */
import { useState } from 'react';
import type { ProjectInfo } from '../../../src/api/contract';
import type { SegmentFilter } from '../../../src/cmo/matrix';
import { KINDS, KIND_LABEL, ptShort, type Kind } from '../shared/labels';
import { useApi } from '../shared/useApi';
import { useQuery } from '../shared/useQuery';
import { copyText } from './clipboard';
import { QuoteItem } from './QuoteItem';

export interface QuoteFilter { pt: string; caseId: string; roleId: string; kind: Kind | '' }

export function toFilter(f: QuoteFilter): SegmentFilter {
  return {
    ...(f.pt ? { pts: [f.pt] } : {}),
    ...(f.caseId ? { cases: [f.caseId] } : {}),
    ...(f.roleId ? { roles: [f.roleId] } : {}),
    ...(f.kind ? { kinds: [f.kind] } : {}),
  };
}

export function QuotesView(props: {
  info: ProjectInfo; revision: number; filter: QuoteFilter; onFilter: (f: QuoteFilter) => void;
  onJump: (sourceId: string, segmentId: string) => void;
}) {
  const { info, filter, onFilter } = props;
  const { attempt, report } = useApi();
  const { data: quotes, loading } = useQuery('quotes.list', toFilter(filter), props.revision);
  const [copied, setCopied] = useState<string | null>(null);
  const point = info.ptPoints.find((p) => p.id === filter.pt);

  const copy = async () => {
    setCopied(null);
    const md = await attempt('quotes.markdown', toFilter(filter));
    if (!md) return;
    try {
      await copyText(md.markdown);
      setCopied(`${md.count} ${md.count === 1 ? 'citat' : 'citater'} kopieret som Markdown`);
    } catch (e) { report(e); }
  };

  return (
    <div className="quotes-view">
      <div className="controls" role="group" aria-label="Filtrér citater">
        <div className="control">
          <label className="field-label" htmlFor="q-pt">Programteoripunkt</label>
          <select id="q-pt" value={filter.pt} onChange={(e) => onFilter({ ...filter, pt: e.target.value })}>
            <option value="">Alle punkter</option>
            {info.ptPoints.map((p) => (
              <option key={p.id} value={p.id}>{ptShort(p)} {p.title} ({info.segmentCountByPt[p.id] ?? 0})</option>
            ))}
          </select>
        </div>
        <div className="control">
          <label className="field-label" htmlFor="q-case">Case</label>
          <select id="q-case" value={filter.caseId} onChange={(e) => onFilter({ ...filter, caseId: e.target.value })}>
            <option value="">Alle cases</option>
            {info.cases.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
          </select>
        </div>
        <div className="control">
          <label className="field-label" htmlFor="q-role">Rolle</label>
          <select id="q-role" value={filter.roleId} onChange={(e) => onFilter({ ...filter, roleId: e.target.value })}>
            <option value="">Alle roller</option>
            {info.roles.map((r) => <option key={r.id} value={r.id}>{r.label}</option>)}
          </select>
        </div>
        <div className="control">
          <label className="field-label" htmlFor="q-kind">Type</label>
          <select id="q-kind" value={filter.kind} onChange={(e) => onFilter({ ...filter, kind: KINDS.find((k) => k === e.target.value) ?? '' })}>
            <option value="">Alle typer</option>
            {KINDS.map((k) => <option key={k} value={k}>{KIND_LABEL[k]}</option>)}
          </select>
        </div>
        <div className="control copy-control">
          <button type="button" onClick={() => void copy()} disabled={!quotes?.length}>Kopiér som Markdown</button>
          {copied && <span className="copied" role="status">{copied}</span>}
        </div>
      </div>
      {point && (
        <header className="quotes-head">
          <h2>{point.id.startsWith('#') ? `${point.id} ` : ''}{point.title}</h2>
          <p className="hypothesis">
            <span><b>K:</b> {point.context}</span> <span><b>M:</b> {point.mechanism}</span> <span><b>O:</b> {point.outcome}</span>
          </p>
        </header>
      )}
      {loading && !quotes && <p className="muted">Henter citater…</p>}
      {quotes && quotes.length === 0 && <p className="empty">Ingen citater med dette filter endnu. Kod passager i fanen Kodning.</p>}
      {quotes && quotes.length > 0 && (
        <>
          <p className="muted small">{quotes.length} {quotes.length === 1 ? 'citat' : 'citater'}{loading ? ' · opdaterer…' : ''}</p>
          {filter.pt ? (
            <ol className="quote-list">{quotes.map((q) => <QuoteItem key={q.segmentId} quote={q} onJump={props.onJump} />)}</ol>
          ) : info.ptPoints.map((p) => {
            const here = quotes.filter((q) => q.pt.includes(p.id));
            return here.length === 0 ? null : (
              <section key={p.id} className="quote-group">
                <h3>{p.id.startsWith('#') ? `${p.id} ` : ''}{p.title}</h3>
                <ol className="quote-list">{here.map((q) => <QuoteItem key={q.segmentId} quote={q} onJump={props.onJump} />)}</ol>
              </section>
            );
          })}
        </>
      )}
    </div>
  );
}
