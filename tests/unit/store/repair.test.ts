import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openService } from '../../../src/service/service';
import { backupPath, createProjectFile, openProjectFile } from '../../../src/store/projectFile';
import { repairFile } from '../../../src/store/repair';
import type { Project } from '../../../src/cmo/model';
import { noticeText } from '../../../src/cmo/notice';
import { makeTmp, nfaProject, rmTmp } from '../helpers';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = makeTmp('cmo-repair-');
  file = path.join(dir, 'p.cmo.json');
  await createProjectFile(file, nfaProject());
  const s = await openService(file, { user: 'a' });
  const text = 'Leder: Vi fik hjælp til løftene.\n\nLeder: Og vi fik et påbud.';
  await s.call('source.import', {
    fileName: 'Case 02 - Leder.txt',
    dataBase64: Buffer.from(text).toString('base64'),
    caseId: '2',
    role: 'Leder',
  });
  const src = s.project().sources[0]!.id;
  await s.call('segment.codeText', { source: src, text: 'hjælp til løftene', kind: 'M', pt: ['4a'] });
  await s.call('segment.codeText', { source: src, text: 'et påbud', kind: 'O', pt: ['4a'] });
});
afterEach(() => rmTmp(dir));

const damage = (f: (p: Project) => void) => {
  const p = JSON.parse(fs.readFileSync(file, 'utf8')) as Project;
  f(p);
  fs.writeFileSync(file, JSON.stringify(p));
};

describe('cmo repair', () => {
  it('mends: a lost source’s segment goes, a range past the text is flagged; the damaged file is kept', async () => {
    damage((p) => {
      p.segments[0] = { ...p.segments[0]!, sourceId: 'gone' };
      p.segments[1] = { ...p.segments[1]!, end: 9999 };
    });
    await expect(openProjectFile(file)).rejects.toThrow(/hænger ikke sammen/);
    const r = await repairFile(file);
    expect(r.left).toEqual([]);
    expect(r.fixed.map((f) => noticeText(f, 'da')).join('\n')).toMatch(/findes ikke — fjernet[\s\S]*gennemsyn/);
    // each repair is a code and data, worded in either language
    expect(r.fixed.map((f) => f.code)).toEqual(['repairNoSource', 'repairClipped', 'repairTextMoved']);
    expect(r.fixed[0]!.data).toEqual({ id: expect.any(String), sourceId: 'gone' });
    expect(noticeText(r.fixed[0]!, 'en')).toMatch(/^coding \S+: the source gone does not exist — removed$/);
    expect(noticeText(r.fixed[1]!, 'en')).toMatch(/^coding \S+: cut to the source's text and flagged for review$/);
    const p = (await openProjectFile(file)).data;
    expect(p.segments).toHaveLength(1);
    expect(p.segments[0]!.needsReview).toBe(true);
    expect(fs.existsSync(r.keptAs!)).toBe(true);
  });

  it('puts the backup back only when it loads, keeping the damaged file', async () => {
    const good = fs.readFileSync(backupPath(file));
    fs.writeFileSync(file, '{"trunc');
    const r = await repairFile(file, { fromBackup: true });
    expect(r.fixed).toEqual([{ code: 'repairFromBackup', data: { backup: `${path.basename(file)}.bak` } }]);
    expect(noticeText(r.fixed[0]!, 'da')).toBe(`sikkerhedskopien ${path.basename(file)}.bak er sat ind`);
    expect(fs.readFileSync(file)).toEqual(good);
    expect(fs.readFileSync(r.keptAs!, 'utf8')).toBe('{"trunc');
    fs.writeFileSync(backupPath(file), '{}');
    fs.writeFileSync(file, '{"trunc');
    await expect(repairFile(file, { fromBackup: true })).rejects.toThrow(/\.bak/);
    expect(fs.readFileSync(file, 'utf8')).toBe('{"trunc');
  });

  it('a sound project: nothing to do, nothing written', async () => {
    const before = fs.readFileSync(file);
    const r = await repairFile(file);
    expect(r.fixed).toEqual([]);
    expect(fs.readFileSync(file)).toEqual(before);
  });
});
