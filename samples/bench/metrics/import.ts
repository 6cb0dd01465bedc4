/**
 * Import of the corpus's Word files, one `source.import` each (read, normalise, find turns and
 * speakers, save durably) into a fresh NFA project; per run, the whole batch. Baseline: mammoth's
 * raw text extraction of the same files (the parsing any importer has to pay).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import mammoth from 'mammoth';
import { projectFromTemplate } from '../../../src/cmo/templates/index';
import { createProjectFile } from '../../../src/store/projectFile';
import { openService } from '../../../src/service/service';
import { median } from '../lib/stats';
import type { MetricGroup } from '../lib/types';

export const importDocx: MetricGroup = {
  name: 'import',
  async run(ctx) {
    const files = await Promise.all(
      ctx.corpus.docx.map(async (f) => ({
        name: path.basename(f),
        data: await fs.readFile(path.join(ctx.corpus.dir, f)),
      })),
    );
    const mb = files.reduce((n, f) => n + f.data.byteLength, 0) / 1e6;
    const b64 = files.map((f) => ({ fileName: f.name, dataBase64: f.data.toString('base64') }));
    const samples: number[] = [],
      baseline: number[] = [],
      perFile: number[] = [];
    for (let run = 0; run < ctx.runs; run++) {
      const file = path.join(ctx.work, `import-${run}.cmo.json`);
      await createProjectFile(
        file,
        projectFromTemplate('nfa-aftaleforloeb', {
          id: `import-${run}`,
          name: 'Import',
          now: new Date().toISOString(),
        }),
      );
      const svc = await openService(file, { user: 'bench' });
      const t0 = performance.now();
      for (const f of b64) {
        const t1 = performance.now();
        await svc.call('source.import', f);
        perFile.push(performance.now() - t1);
      }
      samples.push(performance.now() - t0);
      if (svc.project().sources.length !== files.length) throw new Error('import: not every file was imported');
      const t2 = performance.now();
      for (const f of files) await mammoth.extractRawText({ buffer: f.data });
      baseline.push(performance.now() - t2);
      await fs.rm(file, { force: true });
      await fs.rm(`${file}.bak`, { force: true });
    }
    const batch = median(samples);
    return {
      [`import.${files.length}docx`]: {
        samples,
        baseline,
        note: `${files.length} Word files, ${mb.toFixed(2)} MB, source.import one by one vs mammoth.extractRawText`,
      },
      'import.perFile': {
        samples: perFile,
        note: 'one source.import (includes the durable save of the growing project)',
      },
      'import.throughputMBps': {
        samples: samples.map((ms) => mb / (ms / 1000)),
        higherIsBetter: true,
        unit: 'MB/s',
        note: `median batch ${(batch / 1000).toFixed(2)} s`,
      },
    };
  },
};
