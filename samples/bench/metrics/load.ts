/**
 * Project load until ready for queries (openService: read, JSON.parse, zod validation) vs readFile + JSON.parse of the
 * same file.
 */
import fs from 'node:fs/promises';
import { openService } from '../../../src/service/service';
import { copyProject } from '../lib/files';
import type { MetricGroup } from '../lib/types';

export const load: MetricGroup = {
  name: 'load',
  async run(ctx) {
    const file = await copyProject(ctx);
    const samples: number[] = [],
      baseline: number[] = [];
    // one warm-up of each, then alternate so drift hits both alike
    await openService(file);
    JSON.parse(await fs.readFile(file, 'utf8'));
    for (let i = 0; i < ctx.runs; i++) {
      let t0 = performance.now();
      const svc = await openService(file);
      samples.push(performance.now() - t0);
      if (svc.project().segments.length !== ctx.corpus.spec.segments) throw new Error('load: wrong segment count');
      t0 = performance.now();
      JSON.parse(await fs.readFile(file, 'utf8'));
      baseline.push(performance.now() - t0);
    }
    return {
      'load.project': {
        samples,
        baseline,
        budget: 1000,
        budgetOn: 'p50',
        maxRatio: 3,
        note: `openService of ${(ctx.corpus.projectBytes / 1e6).toFixed(1)} MB vs readFile+JSON.parse`,
      },
    };
  },
};
