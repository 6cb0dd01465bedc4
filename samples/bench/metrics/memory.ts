/**
 * Peak memory of the host process holding the project (a fresh Node process per run, so nothing
 * else the bench does is counted): resourceUsage().maxRSS and the largest heapUsed seen, vs a
 * process that only reads and JSON.parses the same file.
 */
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { copyProject } from '../lib/files';
import type { MetricGroup } from '../lib/types';

const run = promisify(execFile);
const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'host-memory-child.ts');

async function child(mode: 'service' | 'raw', file: string): Promise<{ maxRssMB: number; heapPeakMB: number }> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', CHILD, mode, file], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as { maxRssMB: number; heapPeakMB: number };
}

export const memory: MetricGroup = {
  name: 'memory',
  async run(ctx) {
    const file = await copyProject(ctx);
    const rss: number[] = [],
      heap: number[] = [],
      rawRss: number[] = [],
      rawHeap: number[] = [];
    const n = ctx.runs;
    for (let i = 0; i < n; i++) {
      const s = await child('service', file);
      rss.push(s.maxRssMB);
      heap.push(s.heapPeakMB);
      const r = await child('raw', file);
      rawRss.push(r.maxRssMB);
      rawHeap.push(r.heapPeakMB);
    }
    const mb = (ctx.corpus.projectBytes / 1e6).toFixed(1);
    return {
      'memory.hostPeakRssMB': {
        samples: rss,
        baseline: rawRss,
        unit: 'MB',
        note: `peak RSS of a host process with the ${mb} MB project open and used vs readFile+JSON.parse only`,
      },
      'memory.hostPeakHeapMB': {
        samples: heap,
        baseline: rawHeap,
        unit: 'MB',
        note: 'largest V8 heapUsed seen in the same processes',
      },
    };
  },
};
