import mammoth from 'mammoth';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Service } from '../../../src/service/service';
import { checkIntegrity } from '../../../src/cmo/integrity';
import { repairProject } from '../../../src/cmo/repair';
import { Project } from '../../../src/cmo/model';
import { memosAfterCodeChange } from '../../../src/cmo/memos';
import { nfaProject, rmTmp } from '../helpers';
import { buildProject, fromB64 } from '../quotes/setup';

describe('memos on the project, a source, a case, a PT point and a code', () => {
  let svc: Service, dir: string;
  beforeAll(async () => {
    ({ svc, dir } = await buildProject());
  });
  afterAll(() => rmTmp(dir));

  it('adds one on each, resolving targets as users type them, dated and with the coder', async () => {
    await svc.call('codes.add', { path: 'Barrierer/Tid' });
    const added = [
      await svc.call('memo.add', { on: 'project', text: 'Analysenoter: tilsynets dobbeltrolle.' }),
      await svc.call('memo.add', { on: 'source', target: 'Case 01 - Leder', text: 'Afbrudt efter 40 minutter.' }),
      await svc.call('memo.add', { on: 'case', target: '3', text: 'Skiftede AMR undervejs.' }),
      await svc.call('memo.add', { on: 'pt', target: '10', text: 'Kontrolbesøget som bekræftelse.' }),
      await svc.call('memo.add', { on: 'code', target: 'barrierer/tid', text: 'Tid nævnes af alle ledere.' }),
    ];
    expect(added.map((m) => [m.on, m.label])).toEqual([
      ['project', expect.any(String)],
      ['source', 'Case 01 - Leder'],
      ['case', 'Case 3'],
      ['pt', expect.stringMatching(/^#10 /)],
      ['code', 'Barrierer/Tid'],
    ]);
    expect(added[2]!.target).toBe('case-03');
    expect(added[3]!.target).toBe('#10');
    expect(added.every((m) => m.coder === 'tester' && m.createdAt && m.createdAt === m.updatedAt)).toBe(true);
    expect(await svc.call('memo.list', { on: 'case', target: 'Case 3' })).toHaveLength(1);
    expect(checkIntegrity(svc.project())).toEqual([]);
    const log = await svc.call('log.list', { limit: 5 });
    expect(log[0]!.summary).toMatch(/^Memo på koden "Barrierer\/Tid": "Tid nævnes/);
  });

  it('refuses an unknown or missing target, a target on the project, and an empty memo, each in one line', async () => {
    await expect(svc.call('memo.add', { on: 'case', target: '99', text: 'x' })).rejects.toThrow(
      /^Ukendt case "99" for memoet$/,
    );
    await expect(svc.call('memo.add', { on: 'pt', text: 'x' })).rejects.toThrow(/Angiv hvad memoet er på: --on pt/);
    await expect(svc.call('memo.add', { on: 'project', target: 'x', text: 'x' })).rejects.toThrow(/intet mål/);
    await expect(svc.call('memo.add', { on: 'project', text: '   ' })).rejects.toThrow(/tomt/);
  });

  it('edit and remove are undoable steps', async () => {
    const [m] = await svc.call('memo.list', { on: 'pt', target: '#10' });
    const e = await svc.call('memo.edit', { id: m!.id, text: 'Kontrolbesøget bekræfter mest.' });
    expect(e.text).toBe('Kontrolbesøget bekræfter mest.');
    await svc.call('memo.remove', { id: m!.id });
    expect(await svc.call('memo.list', { on: 'pt' })).toHaveLength(0);
    await svc.call('history.undo', {});
    expect((await svc.call('memo.list', { on: 'pt' }))[0]!.text).toBe('Kontrolbesøget bekræfter mest.');
    await svc.call('history.undo', {});
    expect((await svc.call('memo.list', { on: 'pt' }))[0]!.text).toBe('Kontrolbesøget som bekræftelse.');
    await expect(svc.call('memo.remove', { id: 'memo-nope' })).rejects.toThrow(/Ukendt memo/);
  });

  it('a deleted code keeps its memo (on the parent code); a merged one follows the code it went into', async () => {
    const code = (await svc.call('codes.list', {})).find((c) => c.path === 'Barrierer/Tid')!;
    await svc.call('codes.remove', { id: code.id });
    const [m] = await svc.call('memo.list', { on: 'code' });
    expect(m!.label).toBe('Barrierer');
    expect(checkIntegrity(svc.project())).toEqual([]);
    await svc.call('history.undo', {});
  });

  it('exports the appendix to Word with Heading styles, and to Markdown', async () => {
    const f = await svc.call('memo.export', { format: 'docx' });
    const buf = fromB64(f.dataBase64);
    const text = (await mammoth.extractRawText({ buffer: buf })).value;
    expect(text).toContain('Analysenoter: tilsynets dobbeltrolle.');
    expect(text).toContain('Case 3');
    const doc = await (await JSZip.loadAsync(buf)).file('word/document.xml')!.async('string');
    expect(doc).toMatch(/<w:pStyle w:val="Heading2"\/>/);
    expect(doc).toMatch(/<w:rStyle w:val="MemoByline"\/>/);
    const md = Buffer.from((await svc.call('memo.export', { format: 'md', on: 'case' })).dataBase64, 'base64').toString(
      'utf8',
    );
    expect(md).toMatch(/^# Analysememoer — /);
    expect(md).toContain('### Case 3');
    expect(md).not.toContain('dobbeltrolle');
  });
});

describe('memos in the file', () => {
  it('an older file without memos loads with none', () => {
    const { memos: _m, ...old } = nfaProject();
    expect(Project.parse(old).memos).toEqual([]);
  });

  it('a memo on something unknown is an integrity problem, and repair moves it to the project with its text', () => {
    const p = {
      ...nfaProject(),
      memos: [
        { id: 'm1', on: 'case' as const, target: 'case-404', text: 'Tekst', coder: '', createdAt: 'x', updatedAt: 'x' },
      ],
    };
    expect(checkIntegrity(p)[0]).toMatchObject({
      where: 'memos.0 (m1)',
      problem: expect.stringMatching(/ukendt case case-404/),
    });
    const r = repairProject(p);
    expect(r.left).toEqual([]);
    expect(r.project.memos[0]).toMatchObject({ on: 'project', target: null, text: '[case case-404] Tekst' });
  });

  it('memos on deleted codes go to the project with the code path when no parent is left', () => {
    const p = {
      ...nfaProject(),
      codes: [{ id: 'c1', name: 'Tid', description: '', color: null, parentId: null, codable: true }],
      memos: [{ id: 'm1', on: 'code' as const, target: 'c1', text: 'T', coder: '', createdAt: 'x', updatedAt: 'x' }],
    };
    expect(memosAfterCodeChange(p, new Map([['c1', null]]))[0]).toMatchObject({
      on: 'project',
      target: null,
      text: '[Tid] T',
    });
  });
});

describe('memos are searchable', () => {
  it('a memo on the project, a case or a PT point is a hit, kept by a filter only if it names it', async () => {
    const { searchProject } = await import('../../../src/search/engine');
    const base = nfaProject();
    const memo = (id: string, on: 'project' | 'case' | 'pt', target: string | null, text: string) => ({
      id,
      on,
      target,
      text,
      coder: 'k',
      createdAt: 'x',
      updatedAt: 'x',
    });
    const p = {
      ...base,
      memos: [
        memo('m1', 'project', null, 'Tilsynets dobbeltrolle i hele projektet.'),
        memo('m2', 'case', 'case-03', 'Dobbeltrolle set i case 3.'),
        memo('m3', 'pt', '#10', 'Intet om roller.'),
      ],
    };
    const r = searchProject(p, 'dobbeltrolle');
    expect(r.others.filter((o) => o.type === 'memo').map((o) => [o.id, o.field, o.memo?.on, o.memo?.target])).toEqual(
      expect.arrayContaining([
        ['m1', 'project', 'project', null],
        ['m2', 'case', 'case', 'case-03'],
      ]),
    );
    expect(r.others.find((o) => o.id === 'm2')!.label).toBe('Memo: Case 3');
    expect(searchProject(p, 'dobbeltrolle', { filter: { cases: ['case-03'] } }).others.map((o) => o.id)).toEqual([
      'm2',
    ]);
    expect(searchProject(p, 'dobbeltrolle', { filter: { cases: ['case-01'] } }).others).toEqual([]);
    // a new memo is found at once (the notes index follows the memos)
    const q = { ...p, memos: [...p.memos, memo('m4', 'pt', '#10', 'Endnu en dobbeltrolle.')] };
    expect(searchProject(q, 'dobbeltrolle').others.some((o) => o.id === 'm4')).toBe(true);
  });
});

describe('memos when imported codes are mapped onto the programteori', () => {
  it('the mapped code goes, its memo stays (on the project, with the code path)', async () => {
    const { applyCodeMappings } = await import('../../../src/refi/codeMap');
    const p = {
      ...nfaProject(),
      codes: [{ id: 'c1', name: 'PT 10', description: '', color: null, parentId: null, codable: true }],
      memos: [
        { id: 'm1', on: 'code' as const, target: 'c1', text: 'NVivo-memo', coder: '', createdAt: 'x', updatedAt: 'x' },
      ],
    };
    const r = applyCodeMappings(p, [{ code: 'c1', kind: 'O', pt: ['#10'] }], false, 'now');
    expect(r.removed).toEqual(['c1']);
    expect(r.project.memos[0]).toMatchObject({ on: 'project', target: null, text: '[PT 10] NVivo-memo' });
    expect(checkIntegrity(r.project)).toEqual([]);
  });
});
