import type { Corpus } from '../corpus/index';

/** One figure in the JSON output: milliseconds unless the metric's name says otherwise (…MB, …MBps). */
export interface Metric {
  p50: number | null;
  p95: number | null;
  baseline: number | null;
  ratio: number | null;
  budget: number | null;
  ok: boolean;
}

/** A measured figure before it becomes a Metric: samples, baseline samples and its budget. */
export interface Figure {
  samples: number[];
  baseline?: number[];
  /**
   * the budget in the figure's unit, checked against `budgetOn` (p50 for throughput-like figures, p95 for latencies)
   */
  budget?: number;
  budgetOn?: 'p50' | 'p95';
  /** the highest allowed p50 / baseline p50 */
  maxRatio?: number;
  /** higher is better (MB/s): the budget is a floor */
  higherIsBetter?: boolean;
  /** not measured: the code under test is not there yet (p50 and p95 null) */
  pending?: string;
  /** a line for the human table: what was measured, baseline's kind, unit */
  note?: string;
  unit?: string;
}

export interface BenchContext {
  corpus: Corpus;
  /** repetitions of every whole-run measurement (≥ 5 for the real bench) */
  runs: number;
  /** a scratch folder for copies of the project files, removed afterwards */
  work: string;
  log(message: string): void;
}

export interface MetricGroup {
  name: string;
  /** needs Chromium */
  browser?: boolean;
  run(ctx: BenchContext): Promise<Record<string, Figure>>;
}

export interface BenchResult {
  corpus: string;
  node: string;
  metrics: Record<string, Metric>;
}
