/**
 * Team coding on the corpus's project, its 20,000 segments given to coder A and a second coder B
 * coding the same passages with their bounds moved a little (and one in ten left out):
 *  - `team.agreement`: `coders.agreement` through the service over 2 × ~20,000 segments;
 *    baseline: the plain count the acceptance check does (a byte per character, per source × unit).
 *  - `team.merge`: B's blind coder copy (20,000 segments) merged into A's project through the
 *    service, saved durably; baseline: reading and validating the copy's file alone.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Project, Segment } from '../../../src/cmo/model';
import { coderCopy } from '../../../src/cmo/coderCopy';
import { openService } from '../../../src/service/service';
import { createProjectFile, parseProject } from '../../../src/store/projectFile';
import { copyProject } from '../lib/files';
import type { MetricGroup } from '../lib/types';

/** B's codings: A's, each bound moved by up to 12 characters (deterministic), one in ten left out. */
export function coderB(p: Project): Segment[] {
  const len = new Map(p.sources.map((s) => [s.id, s.text.length]));
  const out: Segment[] = [];
  p.segments.forEach((s, i) => {
    if (i % 10 === 9) return;
    const n = len.get(s.sourceId) ?? s.end;
    const start = Math.max(0, s.start + ((i * 7) % 25) - 12);
    const end = Math.min(n, Math.max(start + 1, s.end + ((i * 11) % 25) - 12));
    const text = p.sources.find((x) => x.id === s.sourceId)!.text.slice(start, end);
    out.push({ ...s, id: `b-${s.id}`, start, end, text, coder: 'B' });
  });
  return out;
}

/** The acceptance check's count: a byte array per source × unit. */
function naiveAgreement(p: Project): number {
  const texts = new Map(p.sources.map((s) => [s.id, s.text]));
  const groups = new Map<string, { src: string; a: Segment[]; b: Segment[] }>();
  for (const s of p.segments)
    for (const pt of s.pt) {
      const k = `${s.sourceId} ${s.kind} ${pt}`;
      const g = groups.get(k) ?? groups.set(k, { src: s.sourceId, a: [], b: [] }).get(k)!;
      (s.coder === 'A' ? g.a : g.b).push(s);
    }
  let kappas = 0;
  for (const g of groups.values()) {
    const n = texts.get(g.src)!.length;
    const a = new Uint8Array(n),
      b = new Uint8Array(n);
    for (const s of g.a) a.fill(1, s.start, s.end);
    for (const s of g.b) b.fill(1, s.start, s.end);
    let both = 0,
      ao = 0,
      bo = 0;
    for (let i = 0; i < n; i++) {
      if (a[i] && b[i]) both++;
      else if (a[i]) ao++;
      else if (b[i]) bo++;
    }
    const ne = n - both - ao - bo,
      po = (both + ne) / n;
    const pe = ((both + ao) / n) * ((both + bo) / n) + ((bo + ne) / n) * ((ao + ne) / n);
    kappas += pe === 1 ? 1 : (po - pe) / (1 - pe);
  }
  return kappas;
}

export const team: MetricGroup = {
  name: 'team',
  async run(ctx) {
    const base = await openService(await copyProject(ctx));
    const a: Project = {
      ...base.project(),
      coders: [{ id: 'A', name: 'A' }],
      segments: base.project().segments.map((s) => ({ ...s, coder: 'A' })),
    };
    const bSegs = coderB(a);
    const both: Project = {
      ...a,
      segments: [...a.segments, ...bSegs],
      coders: [...a.coders, { id: 'B', name: 'B' }],
      history: { undo: [], redo: [] },
    };
    const bothFile = path.join(ctx.work, 'team-both.cmo.json');
    await createProjectFile(bothFile, both);
    const svc = await openService(bothFile);
    const query = { coders: ['A', 'B'] };
    const first = await svc.call('coders.agreement', query);
    const n = Math.max(ctx.runs, 5);
    const agreement: number[] = [],
      naive: number[] = [];
    for (let i = 0; i < n; i++) {
      let t0 = performance.now();
      await svc.call('coders.agreement', query);
      agreement.push(performance.now() - t0);
      t0 = performance.now();
      naiveAgreement(both);
      naive.push(performance.now() - t0);
    }

    // A's project and B's blind copy with B's codings in it
    const aFile = path.join(ctx.work, 'team-a.cmo.json');
    await createProjectFile(aFile, { ...a, history: { undo: [], redo: [] } });
    const copy = coderCopy(a, { coder: 'B', blind: true, now: new Date().toISOString() });
    const copyFile = path.join(ctx.work, 'team-b-copy.cmo.json');
    await createProjectFile(copyFile, { ...copy, segments: bSegs });
    const bytes = await fs.readFile(copyFile);
    const merge: number[] = [],
      read: number[] = [];
    let added = 0;
    for (let i = 0; i < n; i++) {
      const file = path.join(ctx.work, `team-a-${i}.cmo.json`);
      await fs.copyFile(aFile, file);
      const s = await openService(file);
      let t0 = performance.now();
      const r = await s.call('coders.merge', { copies: [{ name: copyFile, dataBase64: bytes.toString('base64') }] });
      merge.push(performance.now() - t0);
      added = r.added.segments;
      t0 = performance.now();
      parseProject(copyFile, await fs.readFile(copyFile));
      read.push(performance.now() - t0);
      s.close();
      await fs.rm(file, { force: true });
    }
    return {
      'team.agreement': {
        samples: agreement,
        baseline: naive,
        budget: 1000,
        budgetOn: 'p50',
        note:
          `coders.agreement over ${a.segments.length} + ${bSegs.length} segments, ${first.rows.length} rows ` +
          'vs a byte-per-character count',
      },
      'team.merge': {
        samples: merge,
        baseline: read,
        budget: 3000,
        budgetOn: 'p50',
        note: `coders.merge of a blind copy adding ${added} segments (saved) vs reading and validating the copy`,
      },
    };
  },
};
