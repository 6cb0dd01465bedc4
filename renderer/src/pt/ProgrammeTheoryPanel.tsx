/** The programme theory: its points in template order; the chosen one with its hypothesis. */
import type { PtPoint } from '../../../src/cmo/model';
import { KIND_LABEL } from '../shared/labels';

export function ProgrammeTheoryPanel(props: {
  name: string; points: PtPoint[]; counts: Record<string, number>;
  selected: string | null; onSelect: (id: string | null) => void; onShowQuotes: (id: string) => void;
}) {
  const { points, counts, selected } = props;
  const point = points.find((p) => p.id === selected) ?? null;
  return (
    <section className="pt-panel" aria-label="Programteori">
      <h2 className="panel-title">Programteori</h2>
      {props.name && <p className="muted pt-name">{props.name}</p>}
      <ul className="pt-list">
        {points.map((p) => (
          <li key={p.id} className={p.parent ? 'child' : undefined}>
            <button type="button" className={`pt-item${p.id === selected ? ' selected' : ''}`} aria-expanded={p.id === selected}
              onClick={() => props.onSelect(p.id === selected ? null : p.id)}>
              <span className="pt-id">{p.id.startsWith('#') ? p.id : '★'}</span>
              <span className="pt-title">{p.title}</span>
              <span className={`pt-count${counts[p.id] ? '' : ' zero'}`} title={`${counts[p.id] ?? 0} kodninger`}>{counts[p.id] ?? 0}</span>
            </button>
            {point?.id === p.id && <PtDetails point={point} onShowQuotes={props.onShowQuotes} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

function PtDetails({ point, onShowQuotes }: { point: PtPoint; onShowQuotes: (id: string) => void }) {
  const rows = [
    ['C', point.context], ['M', point.mechanism], ['O', point.outcome],
  ] as const;
  return (
    <div className="pt-details">
      <dl>
        {rows.map(([k, text]) => (
          <div key={k} className={`hyp hyp-${k}`}>
            <dt>{KIND_LABEL[k]}</dt>
            <dd>{text || <span className="muted">—</span>}</dd>
          </div>
        ))}
      </dl>
      {point.questions.length > 0 && (
        <>
          <h4>Undersøgelsesspørgsmål</h4>
          <ul className="questions">{point.questions.map((q) => <li key={q}>{q}</li>)}</ul>
        </>
      )}
      {point.dataSources.length > 0 && <p className="muted small">Datakilder: {point.dataSources.join(' ')}</p>}
      <button type="button" className="link-button" onClick={() => onShowQuotes(point.id)}>Vis citater for {point.id.startsWith('#') ? point.id : 'punktet'} →</button>
    </div>
  );
}
