/**
 * The case × (PT point × C/M/O) matrix (20 × 21 × 3) through the service, vs a hand-written counting loop over the same
 * segments, run alternately; in wall time and in this process's CPU time (on a shared machine the wall time also
 * counts the waits for a core). Also the first matrix on a new project state, which works out the state's tables
 * (who speaks at each segment, the segments' numbers: src/cmo/segmentNumbers.ts) before counting: after one segment
 * changed (as after a coding action) and with every segment and source new (as after opening).
 */
import { openService } from '../../../src/service/service';
import { computeGrid } from '../../../src/cmo/matrixGrid';
import type { Project } from '../../../src/cmo/model';
import { copyProject } from '../lib/files';
import type { MetricGroup } from '../lib/types';

export const matrix: MetricGroup = {
  name: 'matrix',
  async run(ctx) {
    const svc = await openService(await copyProject(ctx));
    const p = svc.project();
    const query = { rows: 'case', cols: 'pt-kind' } as const;
    const first = await svc.call('matrix.compute', query);
    const ptCount = p.programmeTheory.points.length;
    if (first.cols.length !== ptCount * 3)
      throw new Error(`matrix: ${first.cols.length} columns, expected ${ptCount * 3}`);

    const naive = () => {
      const caseOf = new Map(p.sources.map((s) => [s.id, s.caseId]));
      const row = new Map(p.cases.map((c, i) => [c.id, i]));
      const col = new Map(p.programmeTheory.points.map((pt, i) => [pt.id, i]));
      const k = { C: 0, M: 1, O: 2 } as const;
      const cells = Array.from({ length: p.cases.length }, () => new Array<number>(ptCount * 3).fill(0));
      for (const s of p.segments) {
        const r = row.get(caseOf.get(s.sourceId) ?? '');
        if (r === undefined || !s.kind) continue;
        for (const pt of s.pt) {
          const c = col.get(pt);
          if (c !== undefined) cells[r]![c * 3 + k[s.kind]]!++;
        }
      }
      return cells;
    };
    naive();
    const n = Math.max(ctx.runs, 20);
    const samples: number[] = [],
      baseline: number[] = [],
      cpu: number[] = [],
      cpuBaseline: number[] = [];
    const cpuMs = (from: NodeJS.CpuUsage) => {
      const d = process.cpuUsage(from);
      return (d.user + d.system) / 1000;
    };
    for (let i = 0; i < n; i++) {
      let c0 = process.cpuUsage();
      let t0 = performance.now();
      await svc.call('matrix.compute', query);
      samples.push(performance.now() - t0);
      cpu.push(cpuMs(c0));
      c0 = process.cpuUsage();
      t0 = performance.now();
      naive();
      baseline.push(performance.now() - t0);
      cpuBaseline.push(cpuMs(c0));
    }
    // the first matrix on a new state: one segment replaced (a new segments array), or every segment and source new
    const firstOn = (state: Project, k: number) => {
      const t0 = performance.now();
      computeGrid(state, query);
      (k >= 0 ? afterEdit : cold).push(performance.now() - t0);
      const t1 = performance.now();
      naive();
      (k >= 0 ? afterEditBaseline : coldBaseline).push(performance.now() - t1);
    };
    const afterEdit: number[] = [],
      afterEditBaseline: number[] = [],
      cold: number[] = [],
      coldBaseline: number[] = [];
    for (let i = 0; i < n; i++) {
      const segments = p.segments.slice();
      const k = (i * 997) % segments.length;
      segments[k] = { ...segments[k]! };
      firstOn({ ...p, segments }, k);
    }
    for (let i = 0; i < Math.min(n, 10); i++)
      firstOn({ ...p, segments: p.segments.map((g) => ({ ...g })), sources: p.sources.map((src) => ({ ...src })) }, -1);
    return {
      'matrix.case×ptKind.afterEdit': {
        samples: afterEdit,
        baseline: afterEditBaseline,
        note: 'the first matrix after one segment changed (the state’s tables worked out again), vs the loop',
      },
      'matrix.case×ptKind.cold': {
        samples: cold,
        baseline: coldBaseline,
        note: 'the first matrix with every segment and source new (as after opening: who speaks where), vs the loop',
      },
      'matrix.case×ptKind': {
        samples,
        baseline,
        budget: 10,
        budgetOn: 'p50',
        note: `matrix.compute ${first.rows.length} × ${first.cols.length} vs a plain counting loop`,
      },
      'matrix.case×ptKind.cpu': {
        samples: cpu,
        baseline: cpuBaseline,
        note: 'the same calls in CPU time (process.cpuUsage), vs the loop’s',
      },
    };
  },
};
