/**
 * The matrix (case × PT point, or another cut): a table or a d3 heatmap of the same numbers,
 * framework mode with a summary per cell, exports (CSV, XLSX, SVG, PNG), and drill-down to a
 * cell's passages — each one click from the transcript and pickable for a CMO configuration.
 */
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { Params, ProjectInfo } from '../../../src/api/contract';
import type { ConfigurationView } from '../../../src/cmo/configurations';
import { keepFilteredRows, pickRows, summaryGrid } from '../../../src/cmo/framework';
import type { Header } from '../../../src/cmo/matrix';
import { KINDS, VERDICTS } from '../../../src/cmo/model';
import { CmocEditor, type EditorTarget } from '../cmoc/CmocEditor';
import { ns as cmocNs } from '../cmoc/i18n';
import { useSelection } from '../cmoc/selection';
import { SelectionTray } from '../cmoc/SelectionTray';
import { downloadFile } from '../shared/download';
import { useApi } from '../shared/useApi';
import { useQuery } from '../shared/useQuery';
import { CellPanel } from './CellPanel';
import { heatStyle } from './heat';
import { Heatmap } from './Heatmap';
import { ns } from './i18n';
import { MatrixControls, attrsOf, baseQuery, toQuery, type MatrixSettings } from './MatrixControls';
import { savePng, saveSvg } from './saveFile';
import { SummaryEditor } from './SummaryEditor';
import './matrix.css';

const NONE = '__none__';

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

type QuoteQuery = Params<'quotes.list'>;

export function MatrixView(props: {
  info: ProjectInfo;
  settings: MatrixSettings;
  onSettings: (s: MatrixSettings) => void;
  onJump: (sourceId: string, segmentId: string) => void;
}) {
  const { t } = useTranslation(ns);
  const { t: tc } = useTranslation(cmocNs);
  const tools = useApi();
  const { info, settings: s } = props;
  const view = s.view ?? 'table';
  const framework = !!s.framework;
  const { query, empty } = toQuery(s, info);
  const queryKey = JSON.stringify(query);
  const { data: full, loading } = useQuery('matrix.compute', empty ? null : query);
  const m = useMemo(
    () => (full ? pickRows(full, keepFilteredRows(full, query, info.cases)) : undefined),
    [full, queryKey, info.cases],
  );
  const hidden = full && m ? full.rows.length - m.rows.length : 0;
  const { data: codes } = useQuery('codes.list', {});
  const frames = useMemo(
    () => (codes ?? []).filter((c) => c.parent === null).map((c) => ({ id: c.id, name: c.name })),
    [codes],
  );
  const { data: coders } = useQuery('matrix.coders', {});
  const { data: summaries } = useQuery('framework.list', { rows: s.rows, cols: s.cols });
  const { data: configs } = useQuery('cmoc.list', {});
  const [cell, setCell] = useState<{ r: string; c: string } | null>(null);
  const selection = useSelection();
  const [editor, setEditor] = useState<EditorTarget | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);

  const ri = m && cell ? m.rows.findIndex((r) => r.id === cell.r) : -1;
  const ci = m && cell ? m.cols.findIndex((c) => c.id === cell.c) : -1;
  const ids = m && ri >= 0 && ci >= 0 ? (m.segmentIds[ri]?.[ci] ?? []) : [];
  const grid = useMemo(() => (m && summaries ? summaryGrid(m, summaries) : null), [m, summaries]);

  // the cell's passages: the matrix's filters narrowed to the cell where that is simple, then its ids
  const cellQuery = useMemo((): QuoteQuery | null => {
    if (!cell || !ids.length) return null;
    const q: QuoteQuery = {
      ...(query.kinds ? { kinds: query.kinds } : {}),
      ...(query.verdicts ? { verdicts: query.verdicts } : {}),
      ...(query.roles ? { roles: query.roles } : {}),
      ...(query.cases ? { cases: query.cases } : {}),
      ...(query.coders ? { coders: query.coders } : {}),
      ...(query.pts ? { pts: query.pts } : {}),
    };
    if (cell.r !== NONE && s.rows === 'case') q.cases = [cell.r];
    if (cell.r !== NONE && s.rows === 'role') q.roles = [cell.r];
    const [pt, kind] = cell.c.split('|');
    if (s.measure !== 'cmoc' && (s.cols === 'pt' || s.cols === 'pt-kind') && pt) q.pts = [pt];
    if (s.cols === 'pt-kind' && kind) q.kinds = KINDS.filter((k) => k === kind);
    if (s.cols === 'kind') q.kinds = KINDS.filter((k) => k === cell.c);
    return q;
  }, [cell, ids.length, queryKey, s.rows, s.cols, s.measure]);
  const quotes = useQuery('quotes.list', cellQuery);

  const caseLabel = (id: string) => info.cases.find((c) => c.id === id)?.label ?? id;
  const dimLabel = (d: string, which: 'row' | 'col'): string => {
    if (d.startsWith('attr:')) return info.attributeDefs.find((a) => a.id === d.slice(5))?.label ?? d.slice(5);
    if (d.startsWith('code:')) return frames.find((f) => f.id === d.slice(5))?.name ?? d.slice(5);
    return t(`${which}.${d}`);
  };
  const ptText = (pt: string) => (pt.startsWith('#') ? pt : tc('overall'));
  const colText = (c: Header): string => {
    if (s.cols === 'kind') return tc(`kind.${c.id}`);
    if (s.cols === 'verdict') return tc(`verdict.${c.id}`);
    if (s.cols === 'pt') return ptText(c.id);
    if (s.cols === 'pt-kind') {
      const [pt, k] = c.id.split('|');
      return `${ptText(pt ?? '')} ${tc(`kindShort.${k}`)}`;
    }
    return c.label;
  };
  const rowText = (r: Header): string => {
    if (r.id !== NONE) return r.label;
    const d = s.rows.startsWith('attr:')
      ? 'attr'
      : s.rows.startsWith('code:')
        ? 'code'
        : s.rows === 'case' || s.rows === 'role'
          ? s.rows
          : 'other';
    return t(`none.${d}`);
  };
  const ptTitle = new Map(info.ptPoints.map((p) => [p.id, p.title]));
  const colTitle = (c: Header) => ptTitle.get(c.id.split('|')[0] ?? '') ?? colText(c);
  const unit = (n: number) => t(`unit.${s.measure}`, { count: n });
  const groups =
    m && s.cols === 'pt-kind' ? groupCols(m.cols.map((c) => c.id)).map((g) => ({ ...g, label: ptText(g.pt) })) : null;
  const groupStart = new Set<number>();
  for (let at = 0, i = 0; groups && i < groups.length; at += groups[i]!.span, i++) groupStart.add(at);
  const max = m ? Math.max(0, ...m.cells.flat()) : 0;

  const filterWords = (): string => {
    const parts: string[] = [];
    if (s.kinds.length < KINDS.length) parts.push(`${t('kinds')}: ${s.kinds.map((k) => tc(`kind.${k}`)).join(', ')}`);
    if (s.verdicts?.length && s.verdicts.length < VERDICTS.length)
      parts.push(`${t('filters.verdicts')}: ${s.verdicts.map((v) => tc(`verdict.${v}`)).join(', ')}`);
    const attrs = attrsOf(s);
    for (const [k, v] of Object.entries(attrs ?? {}))
      parts.push(`${info.attributeDefs.find((a) => a.id === k)?.label ?? k}: ${v.join(', ')}`);
    if (s.caseId) parts.push(caseLabel(s.caseId));
    if (s.role) parts.push(info.roles.find((r) => r.id === s.role)?.label ?? s.role);
    if (s.pt) parts.push(ptText(s.pt));
    if (s.coder) parts.push(`${t('filters.coder')}: ${s.coder}`);
    return parts.join(' · ');
  };
  const title = `${t(`measures.${s.measure}`)}: ${dimLabel(s.rows, 'row')} × ${dimLabel(s.cols, 'col').toLowerCase()}`;
  const subtitle = [info.name, filterWords()].filter(Boolean).join(' — ');

  const change = (next: MatrixSettings) => {
    if (next.rows !== s.rows || next.cols !== s.cols) setCell(null);
    props.onSettings(next);
  };
  const exportAs = async (format: 'csv' | 'xlsx' | 'docx') => {
    const attrs = attrsOf(s);
    const f = await tools.attempt('matrix.export', { query: baseQuery(s), format, ...(attrs ? { attrs } : {}) });
    if (f) downloadFile(f);
  };
  const figureName = `heatmap-${s.rows}-${s.cols}`.replace(/[^\w.-]+/g, '_');
  const png = async () => {
    if (!svgRef.current) return;
    try {
      await savePng(svgRef.current, `${figureName}.png`);
    } catch {
      tools.report(new Error(t('export.pngFailed')));
    }
  };
  const pick = (r: string, c: string) => setCell(cell?.r === r && cell.c === c ? null : { r, c });

  const cellConfigs: ConfigurationView[] = useMemo(() => {
    if (!cell || !configs) return [];
    const inCell = new Set(ids);
    const [pt] = cell.c.split('|');
    return configs.filter(
      (c) =>
        c.segments.some((id) => inCell.has(id)) &&
        (s.cols === 'pt' || s.cols === 'pt-kind' ? c.pt === pt : s.cols === 'verdict' ? c.verdict === cell.c : true),
    );
  }, [cell, configs, ids, s.cols]);

  const openEditorForSelection = () => {
    const pts = new Map<string, number>();
    for (const q of selection.quotes) for (const p of q.pt) pts.set(p, (pts.get(p) ?? 0) + 1);
    const common = [...pts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    const fromCell = cell && (s.cols === 'pt' || s.cols === 'pt-kind') ? cell.c.split('|')[0] : undefined;
    setEditor({ quotes: selection.quotes, pt: s.pt ?? common ?? fromCell ?? info.ptPoints[0]?.id ?? '' });
  };
  const editConfig = async (c: ConfigurationView) => {
    const qs = await tools.attempt('quotes.list', { cmocs: [c.id] });
    if (qs) setEditor({ config: c, quotes: qs, pt: c.pt });
  };

  const cellButtonTitle = (r: Header, c: Header, v: number) =>
    t('cell.cellTitle', { row: rowText(r), col: colTitle(c), value: unit(v) });

  return (
    <div className={`matrix-view${cell ? ' has-cell' : ''}`}>
      <MatrixControls value={s} onChange={change} info={info} frames={frames} coders={coders ?? []} />
      <div className="matrix-toolbar">
        <div className="segmented" role="group" aria-label={t('view.label')}>
          {(['table', 'heatmap'] as const).map((v) => (
            <button
              key={v}
              type="button"
              aria-pressed={view === v}
              className={view === v ? 'on' : ''}
              onClick={() => props.onSettings({ ...s, view: v })}
            >
              {t(`view.${v}`)}
            </button>
          ))}
        </div>
        <label className="check framework-toggle">
          <input
            type="checkbox"
            checked={framework}
            onChange={(e) => props.onSettings({ ...s, framework: e.target.checked })}
          />{' '}
          {t('view.framework')}
        </label>
        <div className="export-buttons" role="group" aria-label={t('export.label')}>
          <span className="field-label">{t('export.label')}:</span>
          <button type="button" disabled={empty} onClick={() => void exportAs('csv')}>
            {t('export.csv')}
          </button>
          <button type="button" disabled={empty} onClick={() => void exportAs('xlsx')}>
            {t('export.xlsx')}
          </button>
          <button type="button" disabled={empty} onClick={() => void exportAs('docx')}>
            {t('export.docx')}
          </button>
          {view === 'heatmap' && (
            <>
              <button
                type="button"
                disabled={!m}
                onClick={() => svgRef.current && saveSvg(svgRef.current, `${figureName}.svg`)}
              >
                {t('export.svg')}
              </button>
              <button type="button" disabled={!m} onClick={() => void png()}>
                {t('export.png')}
              </button>
            </>
          )}
        </div>
      </div>
      <p className="muted small matrix-caption">
        {t('caption', {
          rows: dimLabel(s.rows, 'row'),
          cols: dimLabel(s.cols, 'col').toLowerCase(),
          measure: t(`measures.${s.measure}`).toLowerCase(),
        })}{' '}
        {t('clickHint')}
        {(s.cols === 'pt' || s.cols === 'pt-kind') && s.measure !== 'cmoc' ? ` ${t('multiPt')}` : ''}
        {hidden > 0 && ` ${t('filters.hiddenCases', { count: hidden })}`}
        {loading && <span className="loading"> {t('updating')}</span>}
      </p>
      {framework && <p className="framework-hint">{t('view.frameworkHint')}</p>}
      {empty && <p className="empty">{t('filters.noCases')}</p>}
      {!m && loading && <p className="muted">{t('computing')}</p>}
      {m && view === 'heatmap' && (
        <div className="heatmap-scroll">
          <Heatmap
            ref={svgRef}
            rows={m.rows.map(rowText)}
            cols={m.cols.map(colText)}
            cells={m.cells}
            groups={groups ? groups.map((g) => ({ label: g.label, span: g.span })) : null}
            marked={framework && grid ? grid.map((r) => r.map(Boolean)) : undefined}
            title={title}
            subtitle={subtitle}
            unit={unit}
            chosen={ri >= 0 && ci >= 0 ? { r: ri, c: ci } : null}
            onPick={(r, c) => pick(m.rows[r]!.id, m.cols[c]!.id)}
          />
        </div>
      )}
      {m && view === 'table' && (
        <div className={`matrix-scroll${framework ? ' framework' : ''}`}>
          <table className={`matrix${framework ? ' framework' : ''}`} aria-label={t('table')}>
            <thead>
              {groups ? (
                <>
                  <tr>
                    <th scope="col" className="corner" rowSpan={2}>
                      {dimLabel(s.rows, 'row')}
                    </th>
                    {groups.map((g) => (
                      <th
                        key={g.pt}
                        scope="colgroup"
                        colSpan={g.span}
                        className="group"
                        title={ptTitle.get(g.pt) ?? g.pt}
                      >
                        <span className={`col-label${g.label.length > 4 ? ' long' : ''}`}>{g.label}</span>
                      </th>
                    ))}
                    {m.totals && (
                      <th scope="col" className="total-col" rowSpan={2} title={t('totalTitle')}>
                        {t('total')}
                      </th>
                    )}
                  </tr>
                  <tr className="sub">
                    {m.cols.map((c, j) => (
                      <th
                        key={c.id}
                        scope="col"
                        className={`kind-col${groupStart.has(j) ? ' group-start' : ''}`}
                        title={colText(c)}
                      >
                        {tc(`kindShort.${c.id.split('|')[1] ?? ''}`)}
                      </th>
                    ))}
                  </tr>
                </>
              ) : (
                <tr>
                  <th scope="col" className="corner">
                    {dimLabel(s.rows, 'row')}
                  </th>
                  {m.cols.map((c) => (
                    <th key={c.id} scope="col" title={colTitle(c)}>
                      <span className={`col-label${colText(c).length > 4 ? ' long' : ''}`}>{colText(c)}</span>
                    </th>
                  ))}
                  {m.totals && (
                    <th scope="col" className="total-col" title={t('totalTitle')}>
                      {t('total')}
                    </th>
                  )}
                </tr>
              )}
            </thead>
            <tbody>
              {m.rows.map((r, i) => (
                <tr key={r.id}>
                  <th scope="row">{rowText(r)}</th>
                  {m.cols.map((c, j) => {
                    const v = m.cells[i]?.[j] ?? 0;
                    const chosen = cell?.r === r.id && cell.c === c.id;
                    const edge = groupStart.has(j) ? ' group-start' : '';
                    const text = grid?.[i]?.[j] ?? '';
                    if (framework) {
                      return (
                        <td
                          key={c.id}
                          className={`fw${chosen ? ' chosen' : ''}${edge}${text ? ' has-summary' : ''}`}
                          data-row={r.label}
                          data-col={c.label}
                        >
                          <button
                            type="button"
                            aria-pressed={chosen}
                            title={cellButtonTitle(r, c, v)}
                            onClick={() => pick(r.id, c.id)}
                          >
                            {v > 0 ? (
                              <span className="fw-count" style={heatStyle(v, max)}>
                                {v}
                              </span>
                            ) : (
                              <span className="fw-zero" aria-hidden="true">
                                ·
                              </span>
                            )}
                            {text && <span className="fw-text">{text}</span>}
                          </button>
                        </td>
                      );
                    }
                    return v === 0 ? (
                      <td key={c.id} className={`cell-zero${edge}`} data-row={r.label} data-col={c.label}>
                        0
                      </td>
                    ) : (
                      <td
                        key={c.id}
                        className={`cell-hit${chosen ? ' chosen' : ''}${edge}`}
                        style={heatStyle(v, max)}
                        data-row={r.label}
                        data-col={c.label}
                      >
                        <button
                          type="button"
                          aria-pressed={chosen}
                          title={cellButtonTitle(r, c, v)}
                          onClick={() => pick(r.id, c.id)}
                        >
                          {v}
                        </button>
                      </td>
                    );
                  })}
                  {m.totals && (
                    <td className="total-col" data-row={r.label}>
                      {m.totals.rows[i]}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
            {m.totals && (
              <tfoot>
                <tr className="total-row">
                  <th scope="row" title={t('totalTitle')}>
                    {t('total')}
                  </th>
                  {m.cols.map((c, j) => (
                    <td key={c.id} className={groupStart.has(j) ? 'group-start' : undefined} data-col={c.label}>
                      {m.totals!.cols[j]}
                    </td>
                  ))}
                  <td className="total-col">{m.totals.all}</td>
                </tr>
              </tfoot>
            )}
          </table>
        </div>
      )}
      <SelectionTray selection={selection} onCreate={openEditorForSelection} />
      {m && ri >= 0 && ci >= 0 && (framework || ids.length > 0) && (
        <CellPanel
          title={t('cell.title', { row: rowText(m.rows[ri]!), col: colText(m.cols[ci]!) })}
          countLabel={unit(m.cells[ri]?.[ci] ?? 0)}
          ids={ids}
          quotes={quotes.data}
          loading={quotes.loading}
          configs={cellConfigs}
          caseLabel={caseLabel}
          selection={selection}
          summary={
            framework ? (
              <SummaryEditor
                rows={s.rows}
                cols={s.cols}
                rowId={m.rows[ri]!.id}
                colId={m.cols[ci]!.id}
                saved={grid?.[ri]?.[ci] ?? ''}
                dimsLabel={{ rows: dimLabel(s.rows, 'row'), cols: dimLabel(s.cols, 'col').toLowerCase() }}
              />
            ) : null
          }
          onJump={props.onJump}
          onClose={() => setCell(null)}
          onEditConfig={(c) => void editConfig(c)}
        />
      )}
      {editor && (
        <CmocEditor
          target={editor}
          points={info.ptPoints}
          onClose={() => setEditor(null)}
          onSaved={() => {
            if (!editor.config) selection.clear();
          }}
        />
      )}
    </div>
  );
}
