/**
 * The matrix as a heatmap drawn with d3 scales into SVG: rows and columns in template order,
 * one sequential colour-blind-safe hue, the value written in every non-empty cell, a legend,
 * and a title with the settings — so a saved SVG or PNG explains itself in a report.
 * Cells are buttons for keyboard and screen reader: Enter opens the cell's passages.
 */
import { scaleBand, scaleLinear } from 'd3';
import { forwardRef, type KeyboardEvent } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { heatScale, inkOn } from './heat';
import { ns } from './i18n';

export interface HeatmapProps {
  rows: readonly string[];
  cols: readonly string[];
  /** for point × type: the point of each column, drawn as a group label above its C, M and O */
  groups?: readonly { label: string; span: number }[] | null;
  cells: readonly (readonly number[])[];
  /** cells with a framework summary get a corner mark */
  marked?: readonly (readonly boolean[])[];
  title: string;
  subtitle: string;
  /** `2 kodninger` */
  unit: (n: number) => string;
  chosen: { r: number; c: number } | null;
  onPick: (r: number, c: number) => void;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
const textWidth = (s: string, size: number) => s.length * size * 0.56;

export const Heatmap = forwardRef<SVGSVGElement, HeatmapProps>(function Heatmap(p, ref) {
  const { t } = useTranslation(ns);
  const max = Math.max(0, ...p.cells.flat());
  const color = heatScale(max);
  const cellW = p.cols.length > 30 ? 24 : p.cols.length > 12 ? 34 : 64;
  const cellH = 26;
  const rotate = !p.groups && p.cols.some((c) => c.length > (cellW > 40 ? 9 : 4));
  const colLabelH = p.groups
    ? 40
    : rotate
      ? Math.min(160, Math.max(...p.cols.map((c) => textWidth(c, 11))) * 0.75 + 16)
      : 24;
  const left = Math.min(260, Math.max(70, ...p.rows.map((r) => textWidth(r, 12) + 18)));
  const top = 58 + colLabelH;
  const width = left + p.cols.length * cellW + (rotate ? 40 : 16);
  const height = top + p.rows.length * cellH + 70;
  const x = scaleBand<number>()
    .domain(p.cols.map((_, i) => i))
    .range([left, left + p.cols.length * cellW])
    .paddingInner(0.06);
  const y = scaleBand<number>()
    .domain(p.rows.map((_, i) => i))
    .range([top, top + p.rows.length * cellH])
    .paddingInner(0.08);
  const legendW = Math.min(240, Math.max(140, p.cols.length * cellW * 0.5));
  const lx = scaleLinear()
    .domain([0, Math.max(1, max)])
    .range([left, left + legendW]);
  const ticks = lx.ticks(Math.min(5, Math.max(1, max))).filter((v) => Number.isInteger(v));
  const stops = Array.from({ length: 11 }, (_, i) => i / 10);
  const key = (e: KeyboardEvent, r: number, c: number) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      p.onPick(r, c);
    }
  };
  let at = 0;
  return (
    <svg
      ref={ref}
      className="heatmap"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label={p.title}
      fontFamily={FONT}
    >
      <rect x={0} y={0} width={width} height={height} fill="#ffffff" />
      <text x={12} y={22} fontSize={15} fontWeight={600} fill="#1f2328">
        {p.title}
      </text>
      <text x={12} y={40} fontSize={11} fill="#5f6670">
        {p.subtitle}
      </text>
      {/* column labels */}
      {p.groups
        ? p.groups.map((g) => {
            const x0 = x(at)!,
              x1 = x(at + g.span - 1)! + x.bandwidth();
            const out = (
              <g key={`g${at}`}>
                <text x={(x0 + x1) / 2} y={top - 22} textAnchor="middle" fontSize={11} fontWeight={600} fill="#1f2328">
                  {g.label}
                </text>
                <line x1={x0} x2={x1} y1={top - 17} y2={top - 17} stroke="#c9c7bf" />
              </g>
            );
            at += g.span;
            return out;
          })
        : null}
      {p.cols.map((c, j) =>
        p.groups ? (
          <text key={j} x={x(j)! + x.bandwidth() / 2} y={top - 5} textAnchor="middle" fontSize={10} fill="#5f6670">
            {c.slice(c.lastIndexOf(' ') + 1)}
          </text>
        ) : rotate ? (
          <text
            key={j}
            transform={`translate(${x(j)! + x.bandwidth() / 2},${top - 6}) rotate(-45)`}
            fontSize={11}
            fill="#1f2328"
          >
            {c}
          </text>
        ) : (
          <text
            key={j}
            x={x(j)! + x.bandwidth() / 2}
            y={top - 7}
            textAnchor="middle"
            fontSize={11}
            fontWeight={600}
            fill="#1f2328"
          >
            {c}
          </text>
        ),
      )}
      {/* row labels */}
      {p.rows.map((r, i) => (
        <text
          key={i}
          x={left - 8}
          y={y(i)! + y.bandwidth() / 2}
          dy="0.35em"
          textAnchor="end"
          fontSize={12}
          fill="#1f2328"
        >
          {r}
        </text>
      ))}
      {/* cells */}
      {p.rows.map((r, i) =>
        p.cols.map((c, j) => {
          const v = p.cells[i]?.[j] ?? 0;
          const fill = v > 0 ? color(v) : '#f4f3ef';
          const chosen = p.chosen?.r === i && p.chosen.c === j;
          const mark = p.marked?.[i]?.[j];
          const label =
            t('heatmap.cell', { row: r, col: c, value: p.unit(v) }) + (mark ? ` — ${t('heatmap.summaryMark')}` : '');
          return (
            <g
              key={`${i}-${j}`}
              className="hm-cell"
              role="button"
              tabIndex={0}
              aria-label={label}
              aria-pressed={chosen}
              data-row={r}
              data-col={c}
              data-value={v}
              onClick={() => p.onPick(i, j)}
              onKeyDown={(e) => key(e, i, j)}
            >
              <title>{label}</title>
              <rect
                x={x(j)}
                y={y(i)}
                width={x.bandwidth()}
                height={y.bandwidth()}
                rx={2}
                fill={fill}
                stroke={chosen ? '#1f2328' : 'none'}
                strokeWidth={chosen ? 2.5 : 0}
              />
              {v > 0 && (
                <text
                  x={x(j)! + x.bandwidth() / 2}
                  y={y(i)! + y.bandwidth() / 2}
                  dy="0.35em"
                  textAnchor="middle"
                  fontSize={cellW < 30 ? 10 : 11}
                  fontWeight={600}
                  fill={inkOn(fill)}
                  pointerEvents="none"
                >
                  {v}
                </text>
              )}
              {mark && (
                <path
                  d={`M${x(j)! + x.bandwidth() - 8},${y(i)} h8 v8 z`}
                  fill="#e69f00"
                  stroke="#1f2328"
                  strokeWidth={0.5}
                  pointerEvents="none"
                />
              )}
            </g>
          );
        }),
      )}
      {/* legend */}
      <g transform={`translate(0,${top + p.rows.length * cellH + 22})`} aria-label={t('heatmap.legend')}>
        <defs>
          <linearGradient id="hm-legend" x1="0" x2="1" y1="0" y2="0">
            {stops.map((s) => (
              <stop key={s} offset={`${s * 100}%`} stopColor={color(s * Math.max(1, max))} />
            ))}
          </linearGradient>
        </defs>
        <rect x={left} y={0} width={legendW} height={10} fill="url(#hm-legend)" stroke="#c9c7bf" strokeWidth={0.5} />
        {ticks.map((v) => (
          <g key={v}>
            <line x1={lx(v)} x2={lx(v)} y1={10} y2={14} stroke="#5f6670" />
            <text x={lx(v)} y={26} textAnchor="middle" fontSize={10} fill="#5f6670">
              {v}
            </text>
          </g>
        ))}
        <text x={left + legendW + 10} y={9} fontSize={11} fill="#5f6670">
          {p.unit(Math.max(1, max)).replace(/^\S+\s*/, '')}
        </text>
      </g>
    </svg>
  );
});
