import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadTranscript, ImportError } from '../../../src/import';
import { hostileFiles, type FuzzFile, type Importer } from '../../fuzz/generators';

/** Per input, generous for a loaded 2-core machine: the bugs this guards against took 30 s to minutes. */
const MAX_SECONDS = 10;
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = Number(process.env.FUZZ_SEED ?? 19_019);

/** Imports, or an ImportError whose one line names the file; never another error, never slow. */
async function holds(f: FuzzFile): Promise<void> {
  const t0 = performance.now();
  const e = await loadTranscript(f.name, f.bytes).then(
    () => null,
    (x: unknown) => x,
  );
  const s = (performance.now() - t0) / 1000;
  if (s > MAX_SECONDS) throw new Error(`${f.label}: ${s.toFixed(1)} s`);
  if (e === null) return;
  if (!(e instanceof ImportError)) throw new Error(`${f.label}: ${String((e as Error)?.stack ?? e).slice(0, 400)}`);
  if (!e.message.startsWith(`${f.name}: `) || e.message.includes('\n'))
    throw new Error(`${f.label}: not one line naming the file: ${e.message.slice(0, 200)}`);
}

describe(`every importer, ${RUNS} hostile files each (seed ${SEED}): imports, or one line naming the file`, () => {
  // sizes at a tenth of those that found the bugs (the torture suite runs them full size)
  const files = hostileFiles(0.1);
  it.each(Object.keys(files) as Importer[])(
    '%s',
    async (kind) => {
      await fc.assert(fc.asyncProperty(files[kind], holds), { numRuns: RUNS, seed: SEED, endOnFailure: true });
      expect(true).toBe(true);
    },
    300_000,
  );
});
