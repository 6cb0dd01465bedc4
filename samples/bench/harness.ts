/**
 * The benchmark harness: generates (or finds) the corpus, runs the metric groups one after the
 * other, and turns each figure's samples into `{p50, p95, baseline, ratio, budget, ok}`.
 * Baselines are measured in the same run as the figure they sit beside.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ensureCorpus, type CorpusName } from './corpus/index';
import { median, p95, round } from './lib/stats';
import type { BenchResult, Figure, Metric, MetricGroup } from './lib/types';
import { load } from './metrics/load';
import { save } from './metrics/save';
import { matrix } from './metrics/matrix';
import { quotesDocx } from './metrics/quotes';
import { importDocx } from './metrics/import';
import { search } from './metrics/search';
import { memory } from './metrics/memory';
import { browser } from './metrics/browser';
import { team } from './metrics/team';
import { qdpx } from './metrics/qdpx';

export const GROUPS: MetricGroup[] = [load, save, matrix, quotesDocx, importDocx, search, memory, team, qdpx, browser];
export const NODE_GROUPS = GROUPS.filter((g) => !g.browser).map((g) => g.name);

export interface BenchOptions {
  corpus: CorpusName;
  runs?: number;
  /** group names (`load`, `search`, `browser` …) or metric names/prefixes (`save.durable`) */
  only?: string[];
  seed?: number;
  /** where corpora are generated and cached (default `.bench/`) */
  root?: string;
  log?: (message: string) => void;
}

export interface BenchReport extends BenchResult {
  figures: Record<string, Figure>;
  errors: Record<string, string>;
}

export function toMetric(f: Figure): Metric {
  if (f.pending || f.samples.length === 0)
    return {
      p50: null,
      p95: null,
      baseline: f.baseline?.length ? round(median(f.baseline)) : null,
      ratio: null,
      budget: f.budget ?? null,
      ok: true,
    };
  const p50 = median(f.samples),
    p = p95(f.samples);
  const base = f.baseline?.length ? median(f.baseline) : null;
  const ratio = base ? p50 / base : null;
  let ok = true;
  if (f.budget !== undefined) {
    const v = f.budgetOn === 'p95' ? p : p50;
    ok = f.higherIsBetter ? v >= f.budget : v <= f.budget;
  }
  if (f.maxRatio !== undefined && ratio !== null && ratio > f.maxRatio) ok = false;
  return {
    p50: round(p50),
    p95: round(p),
    baseline: base === null ? null : round(base),
    ratio: ratio === null ? null : round(ratio),
    budget: f.budget ?? null,
    ok,
  };
}

const wanted = (only: string[] | undefined, group: string) =>
  !only?.length || only.some((o) => o === group || o.startsWith(`${group}.`));

export async function runBench(o: BenchOptions): Promise<BenchReport> {
  const log = o.log ?? (() => {});
  const runs = o.runs ?? 5;
  const corpus = await ensureCorpus(o.corpus, { seed: o.seed, root: o.root, log });
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'cmo-bench-'));
  const figures: Record<string, Figure> = {};
  const errors: Record<string, string> = {};
  try {
    for (const g of GROUPS) {
      if (!wanted(o.only, g.name)) continue;
      log(`${g.name} …`);
      const t0 = performance.now();
      try {
        const got = await g.run({ corpus, runs, work, log });
        for (const [name, f] of Object.entries(got)) {
          if (o.only?.length && !o.only.some((x) => x === g.name || name === x || name.startsWith(`${x}.`))) continue;
          figures[name] = f;
        }
      } catch (e) {
        errors[g.name] = (e as Error).stack ?? String(e);
        log(`${g.name} FAILED: ${(e as Error).message}`);
      }
      log(`${g.name} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
  const metrics: Record<string, Metric> = {};
  for (const [name, f] of Object.entries(figures)) metrics[name] = toMetric(f);
  for (const g of Object.keys(errors))
    metrics[`${g}.error`] = { p50: null, p95: null, baseline: null, ratio: null, budget: null, ok: false };
  return { corpus: o.corpus, node: process.version, metrics, figures, errors };
}

/** The JSON the issue asks for: exactly corpus, node and metrics. */
export const toJson = (r: BenchReport): BenchResult => ({ corpus: r.corpus, node: r.node, metrics: r.metrics });

export function toTable(r: BenchReport): string {
  const fmt = (x: number | null, unit = 'ms') =>
    x === null
      ? '—'
      : `${x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0)}${unit === 'ms' ? ' ms' : ` ${unit}`}`;
  const rows = [['metric', 'p50', 'p95', 'baseline', 'ratio', 'budget', 'ok']];
  const notes: string[] = [];
  for (const [name, m] of Object.entries(r.metrics)) {
    const f = r.figures[name];
    const unit = f?.unit ?? 'ms';
    const budget =
      m.budget === null
        ? '—'
        : (
            `${f?.budgetOn === 'p95' ? 'p95' : f?.higherIsBetter ? '≥' : ''} ` +
            `${f?.higherIsBetter ? '' : '≤ '}${fmt(m.budget, unit)}${f?.maxRatio ? `, ≤ ${f.maxRatio}×` : ''}`
          ).trim();
    const status = f?.pending ? 'PENDING' : m.ok ? 'ok' : 'OVER';
    rows.push([
      name,
      fmt(m.p50, unit),
      fmt(m.p95, unit),
      fmt(m.baseline, unit),
      m.ratio === null ? '—' : `${m.ratio.toFixed(2)}×`,
      budget,
      status,
    ]);
    if (f?.pending) notes.push(`${name}: pending — ${f.pending}`);
    else if (f?.note) notes.push(`${name}: ${f.note}`);
  }
  for (const [g, e] of Object.entries(r.errors)) notes.push(`${g}: ERROR ${e.split('\n')[0]}`);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [
    `corpus ${r.corpus} · node ${r.node}`,
    line(rows[0]!),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.slice(1).map(line),
    '',
    ...notes,
  ].join('\n');
}
