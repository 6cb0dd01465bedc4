/**
 * The sample project: made by `project.create` from the NFA template, then the transcripts in
 * `samples/transcripts/` (written for it) imported and coded as `samples/sample-coding.json` says,
 * through the same service the app uses, so the sample is always valid for the current schema.
 * Here, not in `samples/`, so that every host (Electron too) can make the user's copy.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { Kind, Verdict } from '../../cmo/model';
import { openProjectFile } from '../../store/projectFile';
import { ROOT, sampleProjectPath } from '../../paths';
import { openService } from '../service';
import { createProject } from './create';

// from ROOT, not import.meta.url: this file is also bundled into the Electron main script
const DATA = path.join(ROOT, 'samples');
export const SAMPLE_NAME = 'Eksempelprojekt – aftaleforløb';

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

/** Builds the sample project at `file` (refused when a file is there). Returns the file. */
export async function buildSampleProject(file: string): Promise<string> {
  const coding = SampleCoding.parse(JSON.parse(await fs.readFile(path.join(DATA, 'sample-coding.json'), 'utf8')));
  const made = await createProject(file, { name: SAMPLE_NAME, template: 'nfa-aftaleforloeb' });
  const svc = await openService(made.file, { user: 'eksempel' });
  try {
    for (const t of coding) {
      const data = await fs.readFile(path.join(DATA, 'transcripts', t.file));
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
  } finally {
    await svc.shutdown();
  }
  // the sample starts with nothing to undo: its coding is the starting point, not the user's work
  const db = await openProjectFile(made.file);
  db.data = { ...db.data, history: { undo: [], redo: [] } };
  await db.write();
  return file;
}

/** The user's copy of the sample project (by default in the projects folder), made on first use. */
export async function ensureSampleProject(file: string = sampleProjectPath()): Promise<string> {
  try {
    await fs.access(file);
    return file;
  } catch {
    /* not there yet */
  }
  await fs.mkdir(path.dirname(file), { recursive: true });
  return buildSampleProject(file);
}
