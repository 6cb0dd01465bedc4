/**
 * The case × (PT point × C/M/O) matrix (20 × 21 × 3) through the service, vs a hand-written counting loop over the same
 * segments.
 */
import { openService } from '../../../src/service/service';
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
      baseline: number[] = [];
    for (let i = 0; i < n; i++) {
      let t0 = performance.now();
      await svc.call('matrix.compute', query);
      samples.push(performance.now() - t0);
      t0 = performance.now();
      naive();
      baseline.push(performance.now() - t0);
    }
    return {
      'matrix.case×ptKind': {
        samples,
        baseline,
        budget: 10,
        budgetOn: 'p50',
        note: `matrix.compute ${first.rows.length} × ${first.cols.length} vs a plain counting loop`,
      },
    };
  },
};
