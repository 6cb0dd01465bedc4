import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectFromTemplate } from '../../../src/cmo/templates/index';
import { createProjectFile } from '../../../src/store/projectFile';
import { openService } from '../../../src/service/service';

async function project(template: 'nfa-aftaleforloeb' | 'blank') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'codes-csv-'));
  const file = path.join(dir, `${template}.cmo.json`);
  await createProjectFile(
    file,
    projectFromTemplate(template, { id: template, name: template, now: '2026-01-01T00:00:00Z' }),
  );
  return openService(file, { user: 't' });
}

describe('codebook CSV', () => {
  it('round-trips every path, folder flag, colour and description (commas and quotes included)', async () => {
    const a = await project('nfa-aftaleforloeb');
    await a.call('codes.add', { path: 'Induktive/Smiley, "frygt"', description: 'linje 1\nlinje 2', color: '#cc79a7' });
    const csv = Buffer.from((await a.call('codes.export', { format: 'csv' })).dataBase64, 'base64').toString('utf8');
    const b = await project('blank');
    const r = await b.call('codes.importCsv', { fileName: 'k.csv', text: csv });
    const strip = (xs: { path: string; codable: boolean; color: string | null; description: string }[]) =>
      xs.map(({ path: p, codable, color, description }) => ({ p, codable, color, description }));
    expect(r.added).toBe(r.total);
    expect(strip(await b.call('codes.list', {}))).toEqual(strip(await a.call('codes.list', {})));
  });

  it('says which file and row is wrong, and changes nothing', async () => {
    const b = await project('blank');
    expect(await b.dispatch('codes.importCsv', { fileName: 'x.csv', text: 'navn\nA' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/x\.csv.*path/),
    });
    expect(await b.dispatch('codes.importCsv', { fileName: 'y.csv', text: 'path,color\nA,rød' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/y\.csv, række 2/),
    });
    expect(await b.call('codes.list', {})).toEqual([]);
  });
});
