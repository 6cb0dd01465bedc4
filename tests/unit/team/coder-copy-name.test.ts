/**
 * A coder copy for a coder the project knows, named in another case or by initials (as every other
 * `--coder` takes them): the copy is that coder's, with their codings — not a new, empty coder whose
 * merge would then bring a second spelling of the same researcher into the project.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createProjectFile } from '../../../src/store/projectFile';
import { openService } from '../../../src/service/service';
import type { Project } from '../../../src/cmo/model';
import { runCli as cmo } from '../cliRun';
import { makeTmp, nfaProject, rmTmp } from '../helpers';

let dir = '';
afterEach(() => rmTmp(dir));

async function project(): Promise<string> {
  dir = makeTmp('team-copy-name-');
  const file = path.join(dir, 'p.cmo.json');
  await createProjectFile(file, nfaProject());
  const svc = await openService(file, { user: 'u' });
  const text = 'Leder: Vi fik hjælp til løftene, og det virkede. Bagefter kom kontrollen.\n';
  await svc.call('source.import', { fileName: 'Case 01.txt', dataBase64: Buffer.from(text).toString('base64') });
  const code = { source: 'Case 01', kind: 'M' as const, pt: ['#4a'] };
  await svc.call('segment.codeText', { ...code, text: 'Vi fik hjælp', coder: 'Karen Jensen' });
  await svc.call('segment.codeText', { ...code, text: 'Bagefter kom kontrollen', coder: 'Mads' });
  await svc.shutdown();
  return file;
}
const read = (f: string) => JSON.parse(fs.readFileSync(f, 'utf8')) as Project;

describe('cmo coder-copy --coder finds a known coder by any spelling', () => {
  for (const ref of ['karen jensen', 'KJ', ' Karen Jensen ']) {
    it(`--coder "${ref}" --blind: Karen Jensen's copy, with her coding`, async () => {
      const file = await project();
      const out = path.join(dir, 'kopi.cmo.json');
      const r = await cmo('coder-copy', file, out, '--coder', ref, '--blind', '--json');
      expect(r.stderr).toBe('');
      expect(JSON.parse(r.stdout)).toMatchObject({ coder: 'Karen Jensen', segments: 1 });
      const copy = read(out);
      expect(copy.coders.map((c) => c.name)).toEqual(['Karen Jensen']);
      expect(copy.segments.map((s) => [s.coder, s.text])).toEqual([['Karen Jensen', 'Vi fik hjælp']]);
      expect(copy.log.map((l) => l.who)).toEqual(['Karen Jensen']);
      expect(JSON.stringify(copy)).not.toMatch(/Mads|karen jensen/);
      // merged back: no second Karen
      expect((await cmo('merge', file, out)).code).toBe(0);
      expect(read(file).coders.map((c) => c.name)).toEqual(['Karen Jensen', 'Mads']);
    });
  }
  it('a name the project does not know makes a copy for a new coder', async () => {
    const file = await project();
    const out = path.join(dir, 'ny.cmo.json');
    const r = await cmo('coder-copy', file, out, '--coder', 'Lone', '--blind', '--json');
    expect(JSON.parse(r.stdout)).toMatchObject({ coder: 'Lone', segments: 0 });
    expect(read(out).coders.map((c) => c.name)).toEqual(['Lone']);
  });
});
