import fs from 'node:fs/promises';
import path from 'node:path';
import type { BenchContext } from './types';

let n = 0;
/**
 * A fresh copy of one of the corpus's project files in the scratch folder (benchmarks that write never touch the
 * cache).
 */
export async function copyProject(ctx: BenchContext, which: 'project' | 'browserProject' = 'project'): Promise<string> {
  const from = path.join(ctx.corpus.dir, ctx.corpus[which]);
  const to = path.join(ctx.work, `${n++}-${path.basename(from)}`);
  await fs.copyFile(from, to);
  return to;
}
