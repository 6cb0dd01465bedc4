/** `cmo merge` of a copy merged before: says nothing was added and how much was skipped; the file is not written. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { projectFromTemplate } from '../../../src/cmo/templates/index';
import { coderCopy } from '../../../src/cmo/coderCopy';
import { createProjectFile } from '../../../src/store/projectFile';
import { openService } from '../../../src/service/service';
import { runCli as cmo } from '../cliRun';
import { makeTmp, rmTmp } from '../helpers';

let dir = '';
afterEach(() => rmTmp(dir));

it('a second merge of the same copy adds nothing, says so, and leaves the project file as it was', async () => {
  dir = makeTmp('team-merge-cli-');
  const file = path.join(dir, 'p.cmo.json');
  const copy = path.join(dir, 'mads.cmo.json');
  await createProjectFile(file, projectFromTemplate('nfa-aftaleforloeb', { id: 'p', name: 'T', now: '2026-01-01' }));
  const svc = await openService(file, { user: 'u' });
  const text = 'Leder: Vi fik hjælp til løftene, og det virkede.\n';
  await svc.call('source.import', { fileName: 'Case 01.txt', dataBase64: Buffer.from(text).toString('base64') });
  await createProjectFile(copy, coderCopy(svc.project(), { coder: 'Mads', blind: true, now: '2026-01-02' }));
  await svc.shutdown();
  const c = await openService(copy, { user: 'Mads' });
  await c.call('segment.codeText', { source: 'Case 01', text: 'Vi fik hjælp', kind: 'M', pt: ['4a'], coder: 'Mads' });
  await c.shutdown();

  const first = await cmo('merge', file, copy);
  expect(first.stdout).toMatch(/^Flettede 1 kopi ind: 1 kodning, 0 konfigurationer/);
  const bytes = fs.readFileSync(file, 'utf8');
  const again = await cmo('merge', file, copy);
  expect(again.code).toBe(0);
  expect(again.stdout.trim()).toBe(
    'Intet nyt i 1 kopi (1 fandtes i forvejen) — projektet er uændret (intet fortrydelsestrin)',
  );
  expect(fs.readFileSync(file, 'utf8')).toBe(bytes);
  const en = await cmo('merge', file, copy, '--lang', 'en');
  expect(en.stdout.trim()).toBe('Nothing new in 1 copy (1 already there) — the project is unchanged (no undo step)');
  // undo takes back the first merge, not an empty step
  expect((await cmo('undo', file)).code).toBe(0);
  const after = JSON.parse(fs.readFileSync(file, 'utf8')) as { segments: unknown[] };
  expect(after.segments).toEqual([]);
});
