/**
 * A PT point's CMO configurations as a figure (d3 scales and links, drawn as SVG): one band per
 * configuration with its verdict and if–then–because, the cases it comes from, and its context,
 * mechanism and outcome passages linked C → M → O. Kinds are told by colour (Okabe–Ito) and by
 * outline (solid, dashed, dotted), so the figure also reads in greyscale.
 */
import { linkHorizontal, scaleBand } from 'd3';
import { forwardRef } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { ConfigurationView } from '../../../src/cmo/configurations';
import type { Kind } from '../../../src/cmo/model';
import type { Quote } from '../../../src/cmo/quotes';
import { ns } from './i18n';
import { quoted } from '../i18n/quote';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
const KIND_FILL: Record<Kind, string> = { C: '0,114,178', M: '230,159,0', O: '0,158,115' };
const DASH: Record<Kind, string | undefined> = { C: undefined, M: '6 3', O: '1.5 2.5' };
const VERDICT_INK: Record<string, string> = {
  supports: '#00694d',
  refutes: '#a33b00',
  refines: '#005a8c',
  unclear: '#5f6670',
};

/** Words into lines of at most `chars` characters; at most `max` lines, the last one cut with …. */
export function wrap(text: string, chars: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + ' ' + w).length > chars) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
    if (lines.length === max) break;
  }
  if (line && lines.length < max) lines.push(line);
  const used = lines.join(' ').length;
  if (used < text.trim().length && lines.length)
    lines[lines.length - 1] = `${lines
      .at(-1)!
      .replace(/[\s,.;:]*$/, '')
      .slice(0, chars - 1)}…`;
  return lines;
}

interface Box {
  id: string;
  kind: Kind;
  x: number;
  y: number;
  w: number;
  h: number;
  lines: string[];
  who: string;
}

export const CmocGraph = forwardRef<
  SVGSVGElement,
  {
    pt: string;
    configs: readonly ConfigurationView[];
    quotes: ReadonlyMap<string, Quote>;
    caseLabel: (id: string) => string;
    width?: number;
  }
>(function CmocGraph({ pt, configs, quotes, caseLabel, width = 980 }, ref) {
  const { t } = useTranslation(ns);
  const caseW = 120;
  const x = scaleBand<Kind>()
    .domain(['C', 'M', 'O'])
    .range([caseW + 16, width - 12])
    .paddingInner(0.16);
  const bw = x.bandwidth();
  const chars = Math.max(20, Math.floor((bw - 16) / 6.5));
  const link = linkHorizontal<{ source: [number, number]; target: [number, number] }, [number, number]>();
  const headH = 44;
  let y = headH;
  const bands = configs.map((c, i) => {
    const statement = wrap(c.statement || t('list.noStatement'), Math.floor((width - 40) / 6.4), 2);
    const top = y;
    const inner = top + 20 + statement.length * 15 + 6;
    const byKind: Record<Kind, string[]> = { C: c.contextIds, M: c.mechanismIds, O: c.outcomeIds };
    const boxes: Box[] = [];
    let bottom = inner;
    for (const k of ['C', 'M', 'O'] as const) {
      let by = inner;
      for (const id of byKind[k]) {
        const q = quotes.get(id);
        const lines = wrap(q ? quoted(q.text) : id, chars, 3);
        const h = 10 + lines.length * 14 + 16;
        boxes.push({ id, kind: k, x: x(k)!, y: by, w: bw, h, lines, who: q?.attribution ?? '' });
        by += h + 8;
      }
      if (!byKind[k].length) by += 30;
      bottom = Math.max(bottom, by);
    }
    y = bottom + 14;
    return { c, i, top, statement, boxes, bottom };
  });
  const height = Math.max(y, headH + 30);
  const label = t('graph.label', { pt: pt.startsWith('#') ? pt : t('overall') });
  return (
    <svg
      ref={ref}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
      fontFamily={FONT}
    >
      <title>{label}</title>
      <rect width={width} height={height} fill="#ffffff" />
      <text x={12} y={26} fontSize={12} fontWeight={700} fill="#5f6670">
        {t('graph.caseCol')}
      </text>
      {(['C', 'M', 'O'] as const).map((k) => (
        <g key={k}>
          <rect x={x(k)} y={12} width={bw} height={22} rx={3} fill={`rgba(${KIND_FILL[k]},0.18)`} />
          <text x={x(k)! + bw / 2} y={27} textAnchor="middle" fontSize={12} fontWeight={700} fill="#1f2328">
            {t(`kind.${k}`)}
          </text>
        </g>
      ))}
      {bands.map(({ c, i, top, statement, boxes, bottom }) => {
        const byKind = (k: Kind) => boxes.filter((b) => b.kind === k);
        const pairs: [Box, Box][] = [];
        const cs = byKind('C'),
          ms = byKind('M'),
          os = byKind('O');
        if (ms.length) {
          for (const a of cs) for (const b of ms) pairs.push([a, b]);
          for (const a of ms) for (const b of os) pairs.push([a, b]);
        } else for (const a of cs) for (const b of os) pairs.push([a, b]);
        return (
          <g key={c.id} className="cmoc-band" data-config={c.id}>
            {i > 0 && <line x1={8} x2={width - 8} y1={top - 7} y2={top - 7} stroke="#e4e3dc" />}
            <text x={12} y={top + 13} fontSize={12} fontWeight={700} fill={VERDICT_INK[c.verdict]}>
              {t('graph.config', { n: i + 1 })} · {t(`verdict.${c.verdict}`)}
            </text>
            {statement.map((l, j) => (
              <text
                key={j}
                x={12}
                y={top + 30 + j * 15}
                fontSize={12.5}
                fontStyle={c.statement ? 'normal' : 'italic'}
                fill="#1f2328"
              >
                {l}
              </text>
            ))}
            {c.cases.length ? (
              c.cases.map((id, j) => (
                <g key={id}>
                  <rect
                    x={12}
                    y={top + 20 + statement.length * 15 + 6 + j * 24}
                    width={caseW - 8}
                    height={19}
                    rx={9}
                    fill="#eceaf7"
                  />
                  <text
                    x={12 + (caseW - 8) / 2}
                    y={top + 20 + statement.length * 15 + 6 + j * 24 + 13}
                    textAnchor="middle"
                    fontSize={11}
                    fontWeight={600}
                    fill="#3b3486"
                  >
                    {caseLabel(id)}
                  </text>
                </g>
              ))
            ) : (
              <text x={14} y={top + 20 + statement.length * 15 + 20} fontSize={11} fill="#5f6670">
                {t('noCase')}
              </text>
            )}
            {pairs.map(([a, b], j) => (
              <path
                key={j}
                d={link({ source: [a.x + a.w, a.y + a.h / 2], target: [b.x, b.y + b.h / 2] }) ?? ''}
                fill="none"
                stroke="#8a86b5"
                strokeWidth={1.4}
              />
            ))}
            {boxes.map((b) => (
              <g
                key={`${b.kind}-${b.id}`}
                aria-label={t('graph.item', { kind: t(`kind.${b.kind}`), case: b.who, text: b.lines.join(' ') })}
              >
                <rect
                  x={b.x}
                  y={b.y}
                  width={b.w}
                  height={b.h}
                  rx={4}
                  fill={`rgba(${KIND_FILL[b.kind]},0.10)`}
                  stroke={`rgb(${KIND_FILL[b.kind]})`}
                  strokeWidth={1.6}
                  strokeDasharray={DASH[b.kind]}
                />
                {b.lines.map((l, j) => (
                  <text
                    key={j}
                    x={b.x + 8}
                    y={b.y + 16 + j * 14}
                    fontSize={11}
                    fontStyle="italic"
                    fontFamily={'Charter, Georgia, serif'}
                    fill="#1f2328"
                  >
                    {l}
                  </text>
                ))}
                <text x={b.x + 8} y={b.y + b.h - 6} fontSize={10} fill="#5f6670">
                  {b.who}
                </text>
              </g>
            ))}
            {(['C', 'M', 'O'] as const)
              .filter((k) => !byKind(k).length)
              .map((k) => (
                <text
                  key={k}
                  x={x(k)! + bw / 2}
                  y={top + 20 + statement.length * 15 + 24}
                  textAnchor="middle"
                  fontSize={11}
                  fill="#9a9890"
                >
                  — {t('graph.missing')} —
                </text>
              ))}
            <rect x={0} y={bottom} width={0} height={0} />
          </g>
        );
      })}
    </svg>
  );
});
