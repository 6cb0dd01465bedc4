/**
 * Builds the sample project from the NFA template, the transcripts in `samples/transcripts/`
 * (written for this project) and the coding in `samples/sample-coding.json`, through the same
 * service the app uses, so the sample is always valid for the current schema.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { Kind, Verdict } from '../src/cmo/model';
import { projectFromTemplate } from '../src/cmo/templates/index';
import { createProjectFile, openProjectFile } from '../src/store/projectFile';
import { openService } from '../src/service/service';
import { ROOT } from '../src/paths';

// from ROOT, not import.meta.url: this file is also bundled into the Electron main script
const HERE = path.join(ROOT, 'samples');

const SampleCoding = z.array(
  z.object({
    file: z.string(),
    case: z.string(),
    role: z.string(),
    codes: z.array(
      z.object({
        text: z.string(),
        kind: Kind,
        pt: z.array(z.string()).min(1),
        verdict: Verdict.default('unclear'),
        memo: z.string().default(''),
        coder: z.string().default('Forsker A'),
      }),
    ),
  }),
);

export async function buildSampleProject(file: string): Promise<string> {
  const coding = SampleCoding.parse(JSON.parse(await fs.readFile(path.join(HERE, 'sample-coding.json'), 'utf8')));
  const now = new Date().toISOString();
  await createProjectFile(
    file,
    projectFromTemplate('nfa-aftaleforloeb', { id: crypto.randomUUID(), name: 'Eksempelprojekt – aftaleforløb', now }),
  );
  const svc = await openService(file, { user: 'eksempel' });
  for (const t of coding) {
    const data = await fs.readFile(path.join(HERE, 'transcripts', t.file));
    const imported = await svc.call('source.import', {
      fileName: t.file,
      dataBase64: data.toString('base64'),
      caseId: t.case,
      role: t.role,
    });
    // the sample's speakers were checked when it was written
    await svc.call('source.confirmSpeakers', { source: imported.source.id });
    for (const c of t.codes) await svc.call('segment.codeText', { source: t.file, ...c });
  }
  // the sample starts with nothing to undo: its coding is the starting point, not the user's work
  const db = await openProjectFile(file);
  db.data = { ...db.data, history: { undo: [], redo: [] } };
  await db.write();
  return file;
}

/** The user's copy of the sample project, created on first start; never the file in the repository. */
export async function ensureSampleProject(file: string): Promise<string> {
  try {
    await fs.access(file);
    return file;
  } catch {
    /* not there yet */
  }
  await fs.mkdir(path.dirname(file), { recursive: true });
  return buildSampleProject(file);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2];
  if (!out) {
    console.error('brug: tsx samples/sample-project.ts <ud.cmo.json>');
    process.exit(2);
  }
  buildSampleProject(out).then(
    (f) => console.log(`Eksempelprojekt: ${f}`),
    (e) => {
      console.error(String(e.message ?? e));
      process.exit(1);
    },
  );
}
