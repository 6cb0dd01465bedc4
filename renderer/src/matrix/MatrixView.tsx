/**
 * The matrix (case × PT point, or another cut): a table or a d3 heatmap of the same numbers,
 * framework mode with a summary per cell, exports (CSV, XLSX, SVG, PNG), and drill-down to a
 * cell's passages — each one click from the transcript and pickable for a CMO configuration.
 */
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { Params, ProjectInfo } from '../../../src/api/contract';
import type { ConfigurationView } from '../../../src/cmo/configurations';
import { KINDS } from '../../../src/cmo/model';
import { CmocEditor, type EditorTarget } from '../cmoc/CmocEditor';
import { ns as cmocNs } from '../cmoc/i18n';
import { useSelection } from '../cmoc/selection';
import { SelectionTray } from '../cmoc/SelectionTray';
import { downloadFile } from '../shared/download';
import { useApi } from '../shared/useApi';
import { useQuery } from '../shared/useQuery';
import { CellPanel } from './CellPanel';
import { Heatmap } from './Heatmap';
import { matrixLabels, NONE } from './labels';
import { MatrixTable } from './MatrixTable';
import { ns } from './i18n';
import { knownAttributes } from '../shared/knownAttributes';
import { MatrixControls, attrsOf, baseQuery, gridQuery, sourceAttrsOf, type MatrixSettings } from './MatrixControls';
import { savePng, saveSvg } from './saveFile';
import { SummaryEditor } from './SummaryEditor';
import './matrix.css';

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
  const { info } = props;
  // a filter or rows of an attribute removed since they were set: left out (the next change keeps them out)
  const s = useMemo(() => knownAttributes(props.settings, info), [props.settings, info]);
  const view = s.view ?? 'table';
  const framework = !!s.framework;
  // the finished grid (rows the filters ask about, cells, totals, summaries): this view only draws it
  const { data: result, loading } = useQuery('matrix.compute', gridQuery(s));
  const empty = !!result?.empty;
  const m = result && !result.empty ? result : undefined;
  const query = m?.query ?? baseQuery(s);
  const queryKey = JSON.stringify(query);
  const hidden = m?.hiddenRows ?? 0;
  const { data: codes } = useQuery('codes.list', {});
  const frames = useMemo(
    () => (codes ?? []).filter((c) => c.parent === null).map((c) => ({ id: c.id, name: c.name })),
    [codes],
  );
  const { data: coders } = useQuery('matrix.coders', {});
  const { data: configs } = useQuery('cmoc.list', {});
  const [cell, setCell] = useState<{ r: string; c: string } | null>(null);
  const selection = useSelection();
  const [editor, setEditor] = useState<EditorTarget | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);

  const ri = m && cell ? m.rows.findIndex((r) => r.id === cell.r) : -1;
  const ci = m && cell ? m.cols.findIndex((c) => c.id === cell.c) : -1;
  const ids = m && ri >= 0 && ci >= 0 ? (m.segmentIds[ri]?.[ci] ?? []) : [];
  const grid = m?.summaries;

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

  const labels = matrixLabels(s, info, frames, t, tc);
  const { caseLabel, dimLabel, ptText, colText, rowText, unit } = labels;
  const groups =
    m && s.cols === 'pt-kind' ? groupCols(m.cols.map((c) => c.id)).map((g) => ({ ...g, label: ptText(g.pt) })) : null;

  const title = `${t(`measures.${s.measure}`)}: ${dimLabel(s.rows, 'row')} × ${dimLabel(s.cols, 'col').toLowerCase()}`;
  const subtitle = [info.name, labels.filterWords()].filter(Boolean).join(' — ');

  const change = (next: MatrixSettings) => {
    if (next.rows !== s.rows || next.cols !== s.cols) setCell(null);
    props.onSettings(next);
  };
  const exportAs = async (format: 'csv' | 'xlsx' | 'docx') => {
    const attrs = attrsOf(s),
      sourceAttrs = sourceAttrsOf(s);
    const f = await tools.attempt('matrix.export', {
      query: baseQuery(s),
      format,
      ...(attrs ? { attrs } : {}),
      ...(sourceAttrs ? { sourceAttrs } : {}),
    });
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
        <MatrixTable
          m={m}
          framework={framework}
          groups={groups}
          corner={dimLabel(s.rows, 'row')}
          labels={labels}
          chosen={cell}
          onPick={pick}
        />
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
