/** The Kodning tab: which source, a legend, and the transcript itself. */
import type { ProjectInfo, SourceDetail } from '../../../src/api/contract';
import { KINDS, KIND_LABEL } from '../shared/labels';
import { sourceRoles } from '../layout/Sidebar';
import { TranscriptView, type TranscriptProps } from './TranscriptView';

function Legend() {
  return (
    <div className="legend" aria-label="Forklaring">
      {KINDS.map((k) => <span key={k} className={`legend-item legend-${k}`}><mark className={`legend-swatch kind-${k}`}>{k}</mark> {KIND_LABEL[k]}</span>)}
      <span className="legend-item"><mark className="legend-swatch overlap">▦</mark> overlap</span>
      <span className="legend-help muted">Markér tekst for at kode · klik på en markering for at se eller rette den</span>
    </div>
  );
}

export function TranscriptPane(props: { info: ProjectInfo; sourceId: string | null; detail: SourceDetail | undefined; loading: boolean } & Omit<TranscriptProps, 'detail'>) {
  const { info, detail, sourceId } = props;
  if (!sourceId) return <p className="empty">Vælg en kilde i listen til venstre.</p>;
  const summary = info.sourceList.find((s) => s.id === sourceId);
  const caseLabel = summary?.caseId ? info.cases.find((c) => c.id === summary.caseId)?.label ?? summary.caseId : 'Uden case';
  return (
    <div className="transcript-pane">
      <div className="transcript-head">
        <h2 className="source-title">{summary?.name ?? sourceId}</h2>
        <p className="muted small">
          {caseLabel}{summary && sourceRoles(info, summary).length ? ` · ${sourceRoles(info, summary).join(', ')}` : ''}
          {summary ? ` · ${summary.words} ord · ${summary.segments} ${summary.segments === 1 ? 'kodning' : 'kodninger'}` : ''}
          {props.loading && <span className="loading"> · indlæser…</span>}
        </p>
        <Legend />
      </div>
      <div className="transcript-scroll">
        {detail && detail.source.id === sourceId
          ? <TranscriptView {...props} detail={detail} />
          : <p className="muted">Indlæser transskription…</p>}
      </div>
    </div>
  );
}
