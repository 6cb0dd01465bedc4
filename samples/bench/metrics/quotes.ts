/**
 * 2,000 quotes → .docx through the service's export method. The exporter (src/export/quotesDocx.ts)
 * and its contract method are being written; until both exist the metric is reported as pending.
 * Baseline: quotes.list of the same 2,000 quotes (the data the document is made from).
 */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../../src/paths';
import { isMethod } from '../../../src/api/contract';
import { openService } from '../../../src/service/service';
import { copyProject } from '../lib/files';
import type { Figure, MetricGroup } from '../lib/types';

/** Contract methods that may export quotes as Word, in the order tried. */
const CANDIDATES = ['quotes.export'];

export const quotesDocx: MetricGroup = {
  name: 'quotes',
  async run(ctx) {
    const name = 'quotes.2000docx';
    const budget = 2000;
    const method = CANDIDATES.find((m) => isMethod(m));
    const exporter = path.join(ROOT, 'src', 'export', 'quotesDocx.ts');
    if (!fs.existsSync(exporter) || !method)
      return {
        [name]: {
          samples: [],
          budget,
          pending: fs.existsSync(exporter)
            ? `no service export method for quotes (tried ${CANDIDATES.join(', ')})`
            : 'src/export/quotesDocx.ts not there yet',
        } satisfies Figure,
      };
    const svc = await openService(await copyProject(ctx));
    // the first 2,000 quotes in report order: filter by enough PT points to reach 2,000
    const all = await svc.call('quotes.list', {});
    const want = Math.min(2000, all.length);
    const pts: string[] = [];
    let count = 0;
    for (const pt of svc.project().programmeTheory.points) {
      if (count >= want) break;
      pts.push(pt.id);
      count = all.filter((q) => q.pt.some((x) => pts.includes(x))).length;
    }
    const params = { pts, format: 'docx' };
    const call = (svc.call as (m: string, p: unknown) => Promise<unknown>).bind(svc);
    await call(method, params);
    const samples: number[] = [],
      baseline: number[] = [];
    for (let i = 0; i < ctx.runs; i++) {
      let t0 = performance.now();
      await call(method, params);
      samples.push(performance.now() - t0);
      t0 = performance.now();
      await svc.call('quotes.list', { pts });
      baseline.push(performance.now() - t0);
    }
    return {
      [name]: { samples, baseline, budget, budgetOn: 'p50', note: `${count} quotes via ${method} vs quotes.list` },
    };
  },
};
