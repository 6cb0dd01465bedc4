import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openService, type Service } from '../../../src/service/service';
import { createProjectFile, openProjectFile } from '../../../src/store/projectFile';
import { makeTmp, rmTmp } from '../helpers';
import { searchProjectFixture } from './fixture';

let dir: string;
let file: string;
let svc: Service;

beforeEach(async () => {
  dir = makeTmp('cmo-search-');
  file = path.join(dir, 'p.cmo.json');
  await createProjectFile(file, searchProjectFixture());
  let n = 0;
  svc = await openService(file, { user: 'tester', now: () => '2024-05-01T10:00:00.000Z', newId: (p) => `${p}-${++n}` });
});
afterEach(() => rmTmp(dir));

const quotesOf = (pt: string) => svc.project().segments.filter((s) => s.pt.includes(pt));

describe('search.query through the service', () => {
  it('resolves filter references and returns transcript hits and typed others', async () => {
    const r = await svc.call('search.query', { query: 'kontrolbesøg', cases: ['Case 14'] });
    expect(r.hits.map((h) => h.sourceId)).toEqual(['src-14']);
    const all = await svc.call('search.query', { query: 'formalitet' });
    expect(all.others.map((o) => o.type).sort()).toEqual(['cmoc', 'memo']);
    await expect(svc.call('search.query', { query: 'x', roles: ['ukendt'] })).rejects.toThrow(/Ukendt rolle/);
  });
  it('lists palette items', async () => {
    const items = await svc.call('palette.items', {});
    expect(items.filter((i) => i.kind === 'source')).toHaveLength(3);
    expect(items.some((i) => i.kind === 'pt' && i.id === '#10')).toBe(true);
  });
});

describe('search.autocode', () => {
  it('codes every hit in one undoable step, and one undo takes them all back', async () => {
    const before = svc.project().segments.length;
    // one of the hits is the interviewer's question: coded only when asked for (see tests/unit/speakers)
    const r = await svc.call('search.autocode', {
      query: 'kontrolbesøget',
      kind: 'O',
      pt: ['#1'],
      includeInterviewer: true,
    });
    expect(r.created).toHaveLength(3);
    expect(
      r.created.every(
        (s) => /^kontrolbesøget$/i.test(s.text) && s.kind === 'O' && s.pt[0] === '#1' && s.coder === 'tester',
      ),
    ).toBe(true);
    expect(quotesOf('#1')).toHaveLength(3);
    const h = await svc.call('history.state', {});
    expect(h.undoLabel).toMatch(/Autokodede 3 passager/);
    // on disk too, as one step
    expect((await openProjectFile(file)).data.segments).toHaveLength(before + 3);
    await svc.call('history.undo', {});
    expect(svc.project().segments).toHaveLength(before);
    await svc.call('history.redo', {});
    expect(quotesOf('#1')).toHaveLength(3);
  });
  it('widens to the sentence or the turn, and codes a passage once when several hits widen to it', async () => {
    const s = await svc.call('search.autocode', {
      query: 'samarbejdet',
      kind: 'C',
      pt: ['#1'],
      widen: 'sentence',
      includeInterviewer: true,
    });
    expect(s.created.map((x) => x.text)).toEqual(['Hvordan var samarbejdet?']);
    const t = await svc.call('search.autocode', { query: 'tre', kind: 'C', pt: ['#2'], widen: 'turn' });
    expect(t.hits).toBe(2);
    expect(t.created.map((x) => x.text)).toEqual([
      'I en kommune går beskeden gennem tre led, før den når ud til os på stuerne. Vi har tre gode ledere.',
    ]);
  });
  it('skips hits already coded identically and refuses when nothing is left', async () => {
    const all = { query: 'kontrolbesøget', kind: 'O', pt: ['#1'], includeInterviewer: true } as const;
    await svc.call('search.autocode', { ...all, cases: ['3'] });
    const r = await svc.call('search.autocode', all);
    expect(r).toMatchObject({ skipped: 2, hits: 3 });
    expect(r.created).toHaveLength(1);
    await expect(svc.call('search.autocode', all)).rejects.toThrow(/allerede kodet/);
    await expect(svc.call('search.autocode', { query: 'zzz', kind: 'O', pt: ['#1'] })).rejects.toThrow(/Ingen fund/);
  });
  it('codes only the selected hits, with filters and typos', async () => {
    const r = await svc.call('search.query', { query: 'kontrolbesög', fuzzy: true, coded: false });
    expect(r.hits).toHaveLength(1);
    const c = await svc.call('search.autocode', {
      hits: r.hits.map(({ sourceId, start, end }) => ({ sourceId, start, end })),
      kind: 'M',
      pt: ['#10'],
      widen: 'sentence',
      includeInterviewer: true,
    });
    expect(c.created.map((x) => x.text)).toEqual(['Og kontrolbesøget?']);
    await expect(svc.call('search.autocode', { kind: 'M', pt: ['#10'] })).rejects.toThrow(/query|hits/);
    await expect(svc.call('search.autocode', { query: 'k', kind: 'M', pt: ['#10'], max: 3 })).rejects.toThrow(
      /mere end 3/,
    );
  });
});
