/**
 * Filtering by coder (#20: "stripes, matrix, quotes, evidence and search can be filtered by coder"):
 * the service's queries and the CLI's `--coder` take a coder as the project spells them, in any
 * case or by initials, keep only that coder's work, and refuse an unknown coder by name.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { projectFromTemplate } from '../../../src/cmo/templates/index';
import { createProjectFile } from '../../../src/store/projectFile';
import { openService, type Service } from '../../../src/service/service';
import { runCli as cmo } from '../cliRun';
import { makeTmp, rmTmp } from '../helpers';

const TEXT = 'Interviewer: Og så?\n\nLeder: Vi fik hjælp til løftene, og det virkede. Bagefter kom kontrollen.\n';
const SRC = 'Case 01 - Leder';
let dir = '';
afterEach(() => {
  if (dir) rmTmp(dir);
});

/** Karen codes the help (M #4a), Mads the same passage and the control (O #10). */
async function project(): Promise<{ svc: Service; file: string }> {
  dir = makeTmp('team-filter-');
  const file = path.join(dir, 'p.cmo.json');
  await createProjectFile(
    file,
    projectFromTemplate('nfa-aftaleforloeb', { id: 'p', name: 'Team', now: '2026-01-01T00:00:00Z' }),
  );
  const svc = await openService(file, { user: 'u' });
  await svc.call('source.import', {
    fileName: `${SRC}.txt`,
    dataBase64: Buffer.from(TEXT).toString('base64'),
    caseId: '1',
    role: 'Leder',
  });
  const code = (text: string, kind: 'M' | 'O', pt: string, coder: string) =>
    svc.call('segment.codeText', { source: SRC, text, kind, pt: [pt], coder });
  await code('Vi fik hjælp til løftene', 'M', '#4a', 'Karen Jensen');
  await code('Vi fik hjælp til løftene', 'M', '#4a', 'Mads');
  await code('Bagefter kom kontrollen', 'O', '#10', 'Mads');
  return { svc, file };
}

describe('filtering by coder in the service', () => {
  it('matrix, quotes, evidence and search keep one coder’s work; names in any case or initials', async () => {
    const { svc } = await project();
    const total = async (coders?: string[]) =>
      (await svc.call('matrix.compute', { rows: 'case', cols: 'pt', ...(coders ? { coders } : {}) })).totals?.all;
    expect(await total()).toBe(3);
    expect(await total(['mads'])).toBe(2);
    expect(await total(['KJ'])).toBe(1);
    const quotes = await svc.call('quotes.list', { coders: ['Karen Jensen'] });
    expect(quotes.map((q) => [q.coder, q.text])).toEqual([['Karen Jensen', 'Vi fik hjælp til løftene']]);
    const ev = await svc.call('evidence.get', { pt: '#10', coders: ['karen jensen'] });
    expect(ev.quotes).toEqual([]);
    expect((await svc.call('evidence.get', { pt: '#10', coders: ['Mads'] })).quotes).toHaveLength(1);
    const hits = async (coders: string[]) =>
      (await svc.call('search.query', { query: 'kontrollen', coders, scope: ['transcripts'] })).hits.length;
    expect([await hits(['Mads']), await hits(['Karen Jensen'])]).toEqual([1, 0]);
    for (const [method, params] of [
      ['matrix.compute', { coders: ['Karne'] }],
      ['quotes.list', { coders: ['Karne'] }],
      ['evidence.get', { pt: '#4a', coders: ['Karne'] }],
      ['search.query', { query: 'hjælp', coders: ['Karne'] }],
    ] as const) {
      expect(await svc.dispatch(method, params), method).toMatchObject({
        ok: false,
        error: expect.stringMatching(/Ukendt koder "Karne".*Karen Jensen, Mads/),
      });
    }
  });
});

describe('filtering by coder on the command line', () => {
  it('matrix, quotes, evidence, search and segments take --coder; an unknown one is one line naming it', async () => {
    const { svc, file } = await project();
    await svc.shutdown();
    const matrix = await cmo('matrix', file, '--coder', 'Mads');
    expect((JSON.parse(matrix.stdout) as { totals: { all: number } }).totals.all).toBe(2);
    const quotes = await cmo('quotes', file, '--coder', 'kj', '--format', 'json');
    expect((JSON.parse(quotes.stdout) as { coder: string }[]).map((q) => q.coder)).toEqual(['Karen Jensen']);
    const ev = await cmo('evidence', file, '--pt', '10', '--coder', 'Karen Jensen', '--json');
    expect((JSON.parse(ev.stdout) as { quotes: unknown[] }).quotes).toEqual([]);
    const search = await cmo('search', file, 'hjælp', '--coder', 'Mads', '--json');
    expect(JSON.parse(search.stdout)).toHaveLength(1);
    const none = await cmo('search', file, 'kontrollen', '--coder', 'Karen Jensen', '--json');
    expect(JSON.parse(none.stdout)).toEqual([]);
    const segs = await cmo('segments', file, '--coder', 'Mads', '--json');
    expect((JSON.parse(segs.stdout) as { coder: string }[]).map((s) => s.coder)).toEqual(['Mads', 'Mads']);
    for (const cmd of [
      ['matrix', file],
      ['quotes', file],
      ['evidence', file, '--pt', '4a'],
      ['search', file, 'hjælp'],
      ['segments', file],
    ]) {
      const r = await cmo(...cmd, '--coder', 'Karne');
      expect(r.code, cmd[0]).not.toBe(0);
      expect(r.stderr.trim().split('\n'), cmd[0]).toEqual([
        `cmo ${cmd[0]}: Ukendt koder "Karne" (kodere: Karen Jensen, Mads)`,
      ]);
    }
  });
});
