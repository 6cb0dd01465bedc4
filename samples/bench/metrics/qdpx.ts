/**
 * REFI-QDA: export the research-scale project as .qdpx (`projectToQdpx`) vs zipping the same files
 * alone (JSZip, same entries, the XML already built); import that .qdpx as a new project (read,
 * remap, map; no save) vs unzipping it and parsing its XML alone. With ../shared present, also the
 * 303-coding NVivo 12.6 export (issue 16: opens in ≤ 3 s).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { XMLParser } from 'fast-xml-parser';
import { parseProject } from '../../../src/store/projectFile';
import { projectFromTemplate } from '../../../src/cmo/templates/index';
import { projectToQdpx } from '../../../src/refi/qdpxWrite';
import { projectFromQdpx } from '../../../src/refi/qdpxImport';
import { ZipReader } from '../../../src/refi/zipRead';
import type { Figure, MetricGroup } from '../lib/types';

const base = () =>
  projectFromTemplate('nfa-aftaleforloeb', { id: 'bench', name: 'bench', now: new Date().toISOString() });

/** unzip every entry (bounded reader) and parse the .qde: what any importer pays */
async function unzipAndParse(buf: Buffer): Promise<number> {
  const z = new ZipReader(buf);
  let n = 0;
  for (const e of z.entries) {
    const b = z.read(e, 100 * 1024 * 1024);
    if (/\.qde$/i.test(e.name))
      n += Object.keys(new XMLParser({ ignoreAttributes: false }).parse(b.toString('utf8'))).length;
  }
  return n;
}

export const qdpx: MetricGroup = {
  name: 'qdpx',
  async run(ctx) {
    const project = parseProject(ctx.corpus.project, await fs.readFile(path.join(ctx.corpus.dir, ctx.corpus.project)));
    const exp: number[] = [],
      expBase: number[] = [],
      imp: number[] = [],
      impBase: number[] = [];
    let file: Buffer = Buffer.alloc(0);
    for (let i = 0; i < ctx.runs; i++) {
      let t0 = performance.now();
      file = (await projectToQdpx(project)).buffer;
      exp.push(performance.now() - t0);
      // the same entries zipped alone
      const src = await JSZip.loadAsync(file);
      const entries = await Promise.all(
        Object.values(src.files)
          .filter((f) => !f.dir)
          .map(async (f) => [f.name, await f.async('string')] as const),
      );
      t0 = performance.now();
      const z = new JSZip();
      for (const [n, t] of entries) z.file(n, t);
      await z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
      expBase.push(performance.now() - t0);
      t0 = performance.now();
      const { report } = projectFromQdpx(file, 'R.qdpx', base(), new Date().toISOString());
      imp.push(performance.now() - t0);
      if (report.segments !== project.segments.length)
        throw new Error(`qdpx: re-import gave ${report.segments} segments, want ${project.segments.length}`);
      t0 = performance.now();
      await unzipAndParse(file);
      impBase.push(performance.now() - t0);
    }
    const mb = (file.byteLength / 1e6).toFixed(1);
    const out: Record<string, Figure> = {
      'export.qdpx': {
        samples: exp,
        baseline: expBase,
        note: `${project.segments.length} segments → ${mb} MB .qdpx vs JSZip of the same entries`,
      },
      'import.qdpx': {
        samples: imp,
        baseline: impBase,
        note: `that ${mb} MB .qdpx → a project (no save) vs unzip + XML parse`,
      },
    };
    const nvivo = path.resolve(
      '../shared/refi-qda/examples/nvivo-win-12.6_hungarian-youtube-comments_303-codings.qdpx',
    );
    const nv = await fs.readFile(nvivo).catch(() => null);
    if (!nv) out['import.qdpx.nvivo303'] = { samples: [], pending: `${nvivo} is absent` };
    else {
      const s: number[] = [],
        b: number[] = [];
      for (let i = 0; i < ctx.runs; i++) {
        let t0 = performance.now();
        projectFromQdpx(nv, 'nvivo.qdpx', base(), new Date().toISOString());
        s.push(performance.now() - t0);
        t0 = performance.now();
        await unzipAndParse(nv);
        b.push(performance.now() - t0);
      }
      out['import.qdpx.nvivo303'] = {
        samples: s,
        baseline: b,
        budget: 3000,
        budgetOn: 'p95',
        note: 'NVivo 12.6, 303 codings, 1.45 MB vs unzip + XML parse',
      };
    }
    return out;
  },
};
