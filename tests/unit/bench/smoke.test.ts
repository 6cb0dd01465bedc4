/**
 * Smoke bench: the corpus generator and the harness's node-side metrics on the `tiny` corpus,
 * one repetition. Proves the benchmark runs and prints the agreed JSON; asserts no timing
 * (the real figures come from `npm run bench`, outside npm test and CI).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureCorpus } from '../../../samples/bench/corpus/index';
import { NODE_GROUPS, runBench, toJson, toTable } from '../../../samples/bench/harness';
import { parseProject } from '../../../src/store/projectFile';
import { makeTmp, rmTmp } from '../helpers';

const root = makeTmp('cmo-bench-smoke-');
afterAll(() => rmTmp(root));

describe('bench corpus generator', () => {
  it('is deterministic and builds valid projects with true segment offsets and one-case configurations', async () => {
    const a = await ensureCorpus('tiny', { root: path.join(root, 'a') });
    const b = await ensureCorpus('tiny', { root: path.join(root, 'b') });
    const bytes = (c: typeof a, f: string) => fs.readFileSync(path.join(c.dir, f));
    expect(bytes(a, a.project).equals(bytes(b, b.project))).toBe(true);
    expect(bytes(a, a.browserProject).equals(bytes(b, b.browserProject))).toBe(true);
    expect(a.docx.length).toBe(a.spec.docx);

    const p = parseProject(a.project, bytes(a, a.project));
    expect(p.sources).toHaveLength(a.spec.transcripts);
    expect(p.segments).toHaveLength(a.spec.segments);
    expect(p.configurations).toHaveLength(a.spec.configurations);
    expect(p.programmeTheory.points).toHaveLength(21);
    const src = new Map(p.sources.map((s) => [s.id, s]));
    for (const s of p.segments) expect(src.get(s.sourceId)!.text.slice(s.start, s.end)).toBe(s.text);
    for (const s of p.sources) {
      expect(s.text).toMatch(/[æøå]/);
      expect(s.turns.length).toBeGreaterThan(2);
      for (const t of s.turns) expect(s.text.slice(t.start, t.end).startsWith(`${t.speaker}: `)).toBe(true);
    }
    const seg = new Map(p.segments.map((s) => [s.id, s]));
    for (const c of p.configurations) {
      const ids = [...c.contextIds, ...c.mechanismIds, ...c.outcomeIds];
      expect(new Set(ids.map((id) => src.get(seg.get(id)!.sourceId)!.caseId)).size).toBe(1);
      expect(
        c.contextIds.every((id) => seg.get(id)!.kind === 'C') &&
          c.mechanismIds.every((id) => seg.get(id)!.kind === 'M') &&
          c.outcomeIds.every((id) => seg.get(id)!.kind === 'O'),
      ).toBe(true);
    }
    const big = parseProject(a.browserProject, bytes(a, a.browserProject)).sources.find((s) => s.id === a.big.id)!;
    expect(big.text.length).toBeLessThanOrEqual(a.spec.bigChars);
    expect(big.text.length).toBeGreaterThan(a.spec.bigChars * 0.95);
  });
});

describe('bench harness (tiny corpus, node-side metrics)', () => {
  it('runs every node-side metric and reports the agreed JSON shape', async () => {
    const report = await runBench({ corpus: 'tiny', runs: 1, only: NODE_GROUPS, root: path.join(root, 'a') });
    expect(report.errors).toEqual({});
    const json = JSON.parse(JSON.stringify(toJson(report))) as Record<string, unknown>;
    expect(Object.keys(json).sort()).toEqual(['corpus', 'metrics', 'node']);
    expect(json.corpus).toBe('tiny');
    expect(json.node).toBe(process.version);
    const metrics = json.metrics as Record<string, Record<string, unknown>>;
    for (const name of [
      'load.project',
      'save.durable',
      'save.eventLoopBlocked',
      'matrix.case×ptKind',
      'quotes.2000docx',
      'search',
      'memory.hostPeakRssMB',
    ])
      expect(Object.keys(metrics), name).toContain(name);
    expect(Object.keys(metrics).some((n) => n.startsWith('import.'))).toBe(true);
    const num = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v));
    for (const [name, m] of Object.entries(metrics)) {
      expect(Object.keys(m).sort(), name).toEqual(['baseline', 'budget', 'ok', 'p50', 'p95', 'ratio']);
      for (const k of ['p50', 'p95', 'baseline', 'ratio', 'budget']) expect(num(m[k]), `${name}.${k}`).toBe(true);
      expect(typeof m.ok).toBe('boolean');
      if (m.ratio !== null) expect(m.baseline).not.toBeNull();
    }
    // figures with a baseline carry it beside them, measured in the same run
    for (const name of ['load.project', 'save.durable', 'matrix.case×ptKind'])
      expect(metrics[name]!.baseline).not.toBeNull();
    expect(toTable(report)).toContain('load.project');
  }, 240_000);
});
