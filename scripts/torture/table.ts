/** One row of the torture table per section, and the table itself. */
export interface Row {
  section: string;
  runs: number;
  /** times the project did not load afterwards */
  unreadable: number;
  /** actions confirmed to the user (exit 0, ok reply) that are not on disk afterwards */
  lost: number;
  /** writers told no (a clear message); not a failure, but counted */
  refused: number;
  /** temp files or locks left beside the project after the next save */
  stray: number;
  /** damaged project files that were changed by an attempt to open them */
  altered: number;
  /** crashes: a stack trace, "Intern fejl", a refusal not naming the file, a dead worker */
  crashes: number;
  /** inputs over the time limit */
  hangs: number;
  slowestMs: number;
  slowest: string;
  notes?: string[];
}

export const emptyRow = (section: string): Row => ({
  section,
  runs: 0,
  unreadable: 0,
  lost: 0,
  refused: 0,
  stray: 0,
  altered: 0,
  crashes: 0,
  hangs: 0,
  slowestMs: 0,
  slowest: '',
});

/** Notes the time of one case; keeps the slowest. */
export function timed(row: Row, ms: number, what: string): void {
  if (ms > row.slowestMs) {
    row.slowestMs = ms;
    row.slowest = what;
  }
}

export const failing = (r: Row) => r.unreadable + r.lost + r.stray + r.altered + r.crashes + r.hangs > 0;

const fmtMs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);

/** A Markdown table (it goes into the README as it is printed). */
export function formatTable(rows: Row[]): string {
  const head = [
    'section',
    'runs',
    'unreadable projects',
    'lost confirmed actions',
    'refused',
    'stray files',
    'damaged files altered',
    'crashes',
    'hangs',
    'slowest input',
  ];
  const lines = [
    `| ${head.join(' | ')} |`,
    `|${head.map((_, i) => (i === 0 || i === head.length - 1 ? '---' : '---:')).join('|')}|`,
  ];
  for (const r of rows) {
    const slow = r.slowestMs ? `${fmtMs(r.slowestMs)}: ${r.slowest.replace(/\|/g, '\\|').slice(0, 70)}` : '—';
    lines.push(
      `| ${[r.section, r.runs, r.unreadable, r.lost, r.refused, r.stray, r.altered, r.crashes, r.hangs, slow].join(
        ' | ',
      )} |`,
    );
  }
  return lines.join('\n');
}
