/**
 * Merging what two coders changed in their copies besides coding: source attribute values (new ones come in,
 * differing ones listed), attribute definitions renamed in a copy (listed, the project's kept), a corrected
 * transcript (listed with the passage that differs, not two lengths); the CLI words each conflict's kind in its
 * language; and one undo puts the project back exactly as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createProjectFile } from '../../../src/store/projectFile';
import { openService, type Service } from '../../../src/service/service';
import { coderCopy } from '../../../src/cmo/coderCopy';
import type { Project } from '../../../src/cmo/model';
import { runCli as cmo } from '../cliRun';
import { makeTmp, nfaProject, rmTmp } from '../helpers';

const TEXT =
  'Interviewer: Og så?\n\nLeder: Vi fik hjælp ved klippemaskinen, hvor de løfter. Bagefter kom kontrollen.\n';
let dir = '';
afterEach(() => rmTmp(dir));

async function setUp(): Promise<{ file: string; copies: string[] }> {
  dir = makeTmp('team-merge-attr-');
  const file = path.join(dir, 'p.cmo.json');
  await createProjectFile(file, nfaProject());
  const svc = await openService(file, { user: 'Lead' });
  const b64 = Buffer.from(TEXT).toString('base64');
  await svc.call('source.import', { fileName: 'Case 01 - Leder.txt', dataBase64: b64, caseId: '1', role: 'Leder' });
  await svc.call('attributes.define', { on: 'source', label: 'Interviewform', type: 'text' });
  await svc.call('attributes.define', { on: 'case', label: 'Region', type: 'text' });
  const copies: string[] = [];
  for (const coder of ['Karen', 'Mads']) {
    const f = path.join(dir, `${coder}.cmo.json`);
    await createProjectFile(f, coderCopy(svc.project(), { coder, blind: true, now: '2026-01-02T00:00:00Z' }));
    copies.push(f);
  }
  await svc.shutdown();
  return { file, copies };
}

async function inCopy(file: string, coder: string, work: (svc: Service) => Promise<unknown>): Promise<void> {
  const svc = await openService(file, { user: coder });
  await work(svc);
  await svc.shutdown();
}
const read = (f: string) => JSON.parse(fs.readFileSync(f, 'utf8')) as Project;
const source = (f: string) => read(f).sources[0]!;

describe('merging source attributes, attribute definitions and a corrected transcript', () => {
  it('brings in a source attribute value; one set otherwise by the other coder is listed, not taken', async () => {
    const { file, copies } = await setUp();
    const [karen, mads] = copies as [string, string];
    const id = read(file).sourceAttributeDefs![0]!.id;
    await inCopy(karen, 'Karen', (c) =>
      c.call('source.update', { id: source(karen).id, attributes: { [id]: 'Telefon' } }),
    );
    await inCopy(mads, 'Mads', (c) => c.call('source.update', { id: source(mads).id, attributes: { [id]: 'Fysisk' } }));
    const r = await cmo('merge', file, karen, mads, '--json');
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as { added: { attributes: number }; conflicts: Record<string, string>[] };
    expect(report.added.attributes).toBe(1);
    expect(report.conflicts.map((c) => [c.kind, c.what, c.here, c.there])).toEqual([
      ['attribute', 'Case 01 - Leder: Interviewform', 'Telefon', 'Fysisk'],
    ]);
    expect(source(file).attributes).toEqual({ [id]: 'Telefon' });
  });

  it('an attribute renamed in a copy is listed and the project keeps its name; the CLI says "egenskab"', async () => {
    const { file, copies } = await setUp();
    const [karen] = copies as [string];
    const def = read(file).attributeDefs.find((d) => d.label === 'Region')!;
    await inCopy(karen, 'Karen', (c) =>
      c.call('attributes.define', { on: 'case', id: def.id, label: 'Landsdel', type: 'text' }),
    );
    const r = await cmo('merge', file, karen);
    expect(r.stdout).toContain('1 konflikt (projektets version er beholdt):');
    expect(r.stdout).toContain('egenskab Region: her "Region (text)", i Karen.cmo.json "Landsdel (text)"');
    expect(read(file).attributeDefs.find((d) => d.id === def.id)!.label).toBe('Region');
  });

  it('a corrected transcript: listed with the passage that differs, codings mapped; undo restores all', async () => {
    const { file, copies } = await setUp();
    const [karen] = copies as [string];
    await inCopy(karen, 'Karen', async (c) => {
      await c.call('source.edit', { source: 'Case 01 - Leder', find: 'klippemaskinen,', replace: 'pladesaksen,' });
      await c.call('segment.codeText', {
        source: 'Case 01 - Leder',
        text: 'Bagefter kom kontrollen',
        kind: 'O',
        pt: ['#10'],
        coder: 'Karen',
      });
    });
    const before = fs.readFileSync(file, 'utf8');
    const r = await cmo('merge', file, karen, '--lang', 'en');
    expect(r.code).toBe(0);
    const line = r.stdout.split('\n').find((l) => l.includes('transcript'))!;
    expect(line).toContain('ved klippemaskinen, hvor');
    expect(line).toContain('ved pladesaksen, hvor');
    const merged = read(file);
    const seg = merged.segments.find((s) => s.coder === 'Karen')!;
    expect(TEXT.slice(seg.start, seg.end)).toBe('Bagefter kom kontrollen');
    expect((await cmo('undo', file)).code).toBe(0);
    const strip = ({ history, log, updatedAt, ...rest }: Project) => (void [history, log, updatedAt], rest);
    expect(strip(read(file))).toEqual(strip(JSON.parse(before) as Project));
  });
});
