// The damaged-project generator must damage the project, never throw itself: a throw inside
// fast-check's generation killed the loader fuzz's worker (seed 654966: a segment edit after an
// edit that had removed the segments), and the input kept was the previous, innocent case.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ctx } from '../../../scripts/torture/fuzz/targets';
import { damagedProject } from '../../../scripts/torture/fuzz/genProject';

let dir = '';
let ctx: Ctx;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'torture-gen-'));
  ctx = new Ctx(dir);
  await ctx.setUp();
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('damaged project files', () => {
  it('are generated for seed 654966 (which threw in the generator) and for 3,000 other cases', () => {
    const arb = damagedProject(ctx.baseProject);
    for (const seed of [654966, 1, 2, 3])
      expect(() =>
        fc.assert(
          fc.property(arb, (f) => f.bytes instanceof Uint8Array),
          { seed, numRuns: 750 },
        ),
      ).not.toThrow();
  }, 120_000);

  it('say so when an edit found nothing left to damage', () => {
    const labels = fc.sample(damagedProject(ctx.baseProject), { seed: 654966, numRuns: 3000 }).map((f) => f.label);
    expect(labels.some((l) => l.includes('removed'))).toBe(true);
    expect(labels.filter((l) => /no \w+ left/.test(l)).length).toBeGreaterThan(0);
  }, 120_000);
});
