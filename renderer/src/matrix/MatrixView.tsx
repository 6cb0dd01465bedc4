/** The case × PT matrix (or another cut): counts, heat shading, and drill-down to passages. */
import { useState } from 'react';
import type { PtPoint } from '../../../src/cmo/model';
import { useQuery } from '../shared/useQuery';
import { CellSegments } from './CellSegments';
import { heatStyle } from './heat';
import { COLS, MEASURES, MatrixControls, ROWS, toQuery, type MatrixSettings } from './MatrixControls';

/** Consecutive `pt|kind` column ids grouped by their point. */
export function groupCols(ids: readonly string[]): { pt: string; span: number }[] {
  const out: { pt: string; span: number }[] = [];
  for (const id of ids) {
    const pt = id.split('|')[0] ?? id;
    const last = out.at(-1);
    if (last?.pt === pt) last.span++;
    else out.push({ pt, span: 1 });
  }
  return out;
}

export function MatrixView(props: {
  revision: number; points: readonly PtPoint[]; settings: MatrixSettings; onSettings: (s: MatrixSettings) => void;
  onJump: (sourceId: string, segmentId: string) => void;
}) {
  const { settings } = props;
  const query = toQuery(settings);
  const { data: m, loading } = useQuery('matrix.compute', query, props.revision);
  const [cell, setCell] = useState<{ r: string; c: string } | null>(null);
  const ri = m && cell ? m.rows.findIndex((r) => r.id === cell.r) : -1;
  const ci = m && cell ? m.cols.findIndex((c) => c.id === cell.c) : -1;
  const ids = m && ri >= 0 && ci >= 0 ? m.segmentIds[ri]?.[ci] ?? [] : [];
  const quotes = useQuery('quotes.list', ids.length ? (query.kinds ? { kinds: query.kinds } : {}) : null, props.revision);
  const max = m ? Math.max(0, ...m.cells.flat()) : 0;
  const ptTitle = new Map(props.points.map((p) => [p.id, p.title]));
  const colTitle = (id: string) => ptTitle.get(id.split('|')[0] ?? '') ?? '';
  /** the overall hypothesis comes back under its long title; a column needs a short name */
  const colLabel = (id: string, label: string) => {
    const [pt, kind] = id.split('|');
    return settings.cols.startsWith('pt') && pt && !pt.startsWith('#') ? `Overordnet${kind ? ` ${kind}` : ''}` : label;
  };
  // point × kind: one header cell per point over its C, M and O columns
  const groups = m && settings.cols === 'pt-kind' ? groupCols(m.cols.map((c) => c.id)).map((g) => ({ ...g, label: colLabel(g.pt, g.pt) })) : null;
  const groupStart = new Set<number>();
  for (let at = 0, i = 0; groups && i < groups.length; at += groups[i]!.span, i++) groupStart.add(at);

  return (
    <div className="matrix-view">
      <MatrixControls value={settings} onChange={(s) => { setCell(null); props.onSettings(s); }} />
      <p className="muted small">
        {ROWS[settings.rows]} × {COLS[settings.cols].toLowerCase()} · {MEASURES[settings.measure].toLowerCase()}. Klik på et tal for at se passagerne.
        {settings.cols === 'pt' || settings.cols === 'pt-kind' ? ' En kodning med flere punkter tælles under hvert af dem.' : ''}
        {loading && <span className="loading"> Opdaterer…</span>}
      </p>
      {!m && loading && <p className="muted">Beregner matrix…</p>}
      {m && (
        <div className="matrix-scroll">
          <table className="matrix" aria-label="Matrix">
            <thead>
              {groups ? (
                <>
                  <tr>
                    <th scope="col" className="corner" rowSpan={2}>{ROWS[settings.rows]}</th>
                    {groups.map((g) => (
                      <th key={g.pt} scope="colgroup" colSpan={g.span} className="group" title={ptTitle.get(g.pt) ?? g.pt}>
                        <span className={`col-label${g.label.length > 4 ? ' long' : ''}`}>{g.label}</span>
                      </th>
                    ))}
                  </tr>
                  <tr className="sub">
                    {m.cols.map((c, j) => <th key={c.id} scope="col" className={`kind-col${groupStart.has(j) ? ' group-start' : ''}`} title={`${colTitle(c.id)} — ${c.id.split('|')[1] ?? ''}`}>{c.id.split('|')[1]}</th>)}
                  </tr>
                </>
              ) : (
                <tr>
                  <th scope="col" className="corner">{ROWS[settings.rows]}</th>
                  {m.cols.map((c) => <th key={c.id} scope="col" title={colTitle(c.id) || c.label}><span className={`col-label${colLabel(c.id, c.label).length > 4 ? ' long' : ''}`}>{colLabel(c.id, c.label)}</span></th>)}
                </tr>
              )}
            </thead>
            <tbody>
              {m.rows.map((r, i) => (
                <tr key={r.id}>
                  <th scope="row">{r.label}</th>
                  {m.cols.map((c, j) => {
                    const v = m.cells[i]?.[j] ?? 0;
                    const chosen = cell?.r === r.id && cell.c === c.id;
                    const edge = groupStart.has(j) ? ' group-start' : '';
                    return v === 0 ? (
                      <td key={c.id} className={`zero${edge}`} data-row={r.label} data-col={c.label}>0</td>
                    ) : (
                      <td key={c.id} className={`hit${chosen ? ' chosen' : ''}${edge}`} style={heatStyle(v, max)} data-row={r.label} data-col={c.label}>
                        <button type="button" aria-pressed={chosen} title={`${r.label} × ${c.label}: ${v}`} onClick={() => setCell(chosen ? null : { r: r.id, c: c.id })}>{v}</button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {m && ri >= 0 && ci >= 0 && ids.length > 0 && (
        <CellSegments title={`${m.rows[ri]!.label} × ${colLabel(m.cols[ci]!.id, m.cols[ci]!.label)}`} ids={ids} quotes={quotes.data} loading={quotes.loading}
          onJump={props.onJump} onClose={() => setCell(null)} />
      )}
    </div>
  );
}
