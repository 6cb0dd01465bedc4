/**
 * Save after one coding action, until durable: `segment.add` returns after the temp file is
 * written, fsynced and renamed over the project (and the folder fsynced). Baseline: a plain
 * fs.writeFile of the same bytes. Also the longest event-loop stall during each save
 * (monitorEventLoopDelay, 1 ms resolution): the host cannot answer the UI meanwhile.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { openService } from '../../../src/service/service';
import { copyProject } from '../lib/files';
import type { MetricGroup } from '../lib/types';

export const save: MetricGroup = {
  name: 'save',
  async run(ctx) {
    const file = await copyProject(ctx);
    const svc = await openService(file, { user: 'bench' });
    const p = svc.project();
    const answers = p.sources.flatMap((s) =>
      s.turns
        .filter((t) => t.speaker !== 'Interviewer')
        .slice(0, 50)
        .map((t) => ({ s, t })),
    );
    const add = (i: number) => {
      const { s, t } = answers[(i * 37) % answers.length]!;
      const start = t.start + t.speaker.length + 2;
      return svc.call('segment.add', {
        sourceId: s.id,
        start,
        end: Math.min(t.end, start + 120),
        kind: 'M',
        pt: ['#4a'],
        verdict: 'supports',
      });
    };
    await add(0); // warm-up
    const h = monitorEventLoopDelay({ resolution: 1 });
    h.enable();
    const samples: number[] = [],
      blocked: number[] = [];
    const n = Math.max(ctx.runs, 10);
    for (let i = 1; i <= n; i++) {
      await new Promise((r) => setTimeout(r, 5));
      h.reset();
      const t0 = performance.now();
      await add(i);
      samples.push(performance.now() - t0);
      blocked.push(h.max / 1e6);
    }
    h.disable();
    const bytes = await fs.readFile(file);
    const other = path.join(ctx.work, 'raw-write.json');
    const baseline: number[] = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      await fs.writeFile(other, bytes);
      baseline.push(performance.now() - t0);
    }
    return {
      'save.durable': {
        samples,
        baseline,
        budget: 1000,
        budgetOn: 'p50',
        note:
          `segment.add until fsync+rename (${(bytes.byteLength / 1e6).toFixed(1)} MB) vs fs.writeFile of the ` +
          `same bytes`,
      },
      'save.eventLoopBlocked': {
        samples: blocked,
        budget: 16,
        budgetOn: 'p95',
        note: 'longest event-loop stall in the host during one save',
      },
    };
  },
};
