import fs from 'node:fs';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { main } from '../../../src/cli/main';
import { openProjectFile } from '../../../src/store/projectFile';
import { makeTmp, rmTmp } from '../helpers';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const LEDER =
  'Interviewer: Hvordan var besøget?\n\n' +
  'Leder: Den tilsynsførende var meget kompetent, og vi fik en skriftlig aftale.\n' +
  'Fristen var tre måneder.\n\n' +
  'Interviewer: Tak.\n';
const AMR = 'Interviewer: Hvad gjorde I?\n\nAMR: Vi lavede en handlingsplan for løft, og alle var med.\n';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `--json` output: one JSON value, or one JSON object per line. */
function jsonRows(stdout: string): unknown[] {
  const t = stdout.trim();
  if (t.startsWith('[')) return JSON.parse(t) as unknown[];
  return t
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as unknown);
}

/** Runs the CLI in-process with stdout and stderr captured. */
async function cmo(...argv: string[]): Promise<Run> {
  let stdout = '',
    stderr = '';
  const o = process.stdout.write,
    e = process.stderr.write;
  process.stdout.write = ((s: string | Uint8Array) => {
    stdout += String(s);
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = ((s: string | Uint8Array) => {
    stderr += String(s);
    return true;
  }) as typeof process.stderr.write;
  try {
    const code = await main(argv);
    return { code, stdout, stderr };
  } finally {
    process.stdout.write = o;
    process.stderr.write = e;
  }
}

let dir: string;
let file: string;
const coder = process.env.CMO_CODER;
beforeEach(() => {
  dir = makeTmp('cmo-cli-');
  file = path.join(dir, 'projekt.cmo.json');
  fs.writeFileSync(path.join(dir, 'leder3.txt'), LEDER);
  fs.writeFileSync(path.join(dir, 'amr3.txt'), iconv.encode(AMR, 'windows-1252'));
  process.env.CMO_CODER = 'cli-test';
});
afterEach(() => {
  rmTmp(dir);
  if (coder === undefined) delete process.env.CMO_CODER;
  else process.env.CMO_CODER = coder;
});
const at = (f: string) => path.join(dir, f);

describe('cmo new → import → code → matrix → quotes', () => {
  it('round-trips a small project', async () => {
    const created = await cmo('new', file);
    expect(created).toMatchObject({ code: 0, stderr: '' });
    expect(created.stdout).toContain(path.resolve(file));
    expect((await openProjectFile(file)).data).toMatchObject({ name: 'projekt', template: 'nfa-aftaleforloeb' });

    const imported = await cmo('import', file, at('leder3.txt'), at('amr3.txt'), '--case', '3', '--json');
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const rows = jsonRows(imported.stdout) as { name: string; speakers: string[] }[];
    expect(rows.map((r) => r.name)).toEqual(['leder3', 'amr3']);
    expect(rows[1]!.speakers).toEqual(['Interviewer', 'AMR']);
    const disk = (await openProjectFile(file)).data;
    expect(disk.sources.map((x) => [x.name, x.caseId])).toEqual([
      ['leder3', 'case-03'],
      ['amr3', 'case-03'],
    ]);
    expect(disk.sources[1]!.text).toBe(AMR); // read from Windows-1252

    const coded = await cmo(
      'code',
      file,
      '--source',
      'leder3',
      '--text',
      'meget kompetent, og vi fik en skriftlig aftale',
      '--kind',
      'mekanisme',
      '--pt',
      '4a',
      '--pt',
      '9',
      '--verdict',
      'bekræfter',
      '--json',
    );
    expect(coded.stderr).toBe('');
    expect(coded.code).toBe(0);
    const seg = JSON.parse(coded.stdout);
    expect(seg).toMatchObject({
      kind: 'M',
      pt: ['#4a', '#9'],
      verdict: 'supports',
      coder: 'cli-test',
      text: 'meget kompetent, og vi fik en skriftlig aftale',
    });
    expect(
      (
        await cmo(
          'code',
          file,
          '--source',
          'amr3.txt',
          '--text',
          'Vi lavede en handlingsplan for løft',
          '--kind',
          'O',
          '--pt',
          '6',
        )
      ).code,
    ).toBe(0);

    const m = await cmo('matrix', file, '--rows', 'role', '--format', 'json');
    expect(m.code).toBe(0);
    const matrix = JSON.parse(m.stdout) as {
      rows: { id: string }[];
      cols: { id: string }[];
      cells: number[][];
      measure: string;
    };
    const cell = (r: string, c: string) =>
      matrix.cells[matrix.rows.findIndex((x) => x.id === r)]![matrix.cols.findIndex((x) => x.id === c)];
    expect(cell('leder', '#4a')).toBe(1);
    expect(cell('leder', '#9')).toBe(1);
    expect(cell('arbejdsmiljorepraesentant', '#6')).toBe(1);
    expect(cell('arbejdsmiljorepraesentant', '#4a')).toBe(0);
    expect(matrix.measure).toBe('segments');

    const csv = await cmo('matrix', file, '--format', 'csv');
    expect(csv.code).toBe(0);
    expect(csv.stdout.split(/\r?\n/).find((l) => l.startsWith('Case 3'))).toMatch(/^Case 3[,;]/);

    const md = await cmo('quotes', file, '--format', 'md');
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('## #4a ');
    expect(md.stdout).toContain('> ”meget kompetent, og vi fik en skriftlig aftale”  \n> (Leder, case 3)');
    expect(md.stdout).toContain('> ”Vi lavede en handlingsplan for løft”  \n> (Arbejdsmiljørepræsentant, case 3)');

    const js = await cmo('quotes', file, '--format', 'json', '--role', 'AMR');
    expect(js.code).toBe(0);
    const quotes = JSON.parse(js.stdout) as { text: string; attribution: string; pt: string[] }[];
    expect(quotes.map((q) => [q.text, q.attribution, q.pt])).toEqual([
      ['Vi lavede en handlingsplan for løft', '(Arbejdsmiljørepræsentant, case 3)', ['#6']],
    ]);

    const log = await cmo('log', file, '--json');
    expect(log.code).toBe(0);
    const entries = JSON.parse(log.stdout) as { command: string }[];
    expect(entries.filter((e) => e.command === 'segment.codeText')).toHaveLength(2);
    expect(entries.filter((e) => e.command === 'source.import')).toHaveLength(2);
    // the coder from CMO_CODER is recorded (as "who" or "coder", whichever the JSON calls it)
    expect(Object.values(entries.find((e) => e.command === 'segment.codeText')!)).toContain('cli-test');
  });

  it('creates a blank project on request', async () => {
    expect((await cmo('new', file, '--template', 'blank', '--name', 'Tomt projekt')).code).toBe(0);
    const p = (await openProjectFile(file)).data;
    expect(p).toMatchObject({ name: 'Tomt projekt', template: 'blank', cases: [], roles: [] });
  });
});

describe('errors', () => {
  it.each([
    [[]],
    [['frobnicate']],
    [['new']],
    [['new', 'a.cmo.json', 'b.cmo.json']],
    [['info', 'x.cmo.json', '--bogus']],
    [['import', 'x.cmo.json']],
    [['matrix']],
  ])('usage error %j exits 2', async (argv) => {
    const r = await cmo(...argv);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toMatch(/cmo/);
  });

  // A missing --text or a bad --kind/--format/--template is as much a usage error as a misspelt flag.
  it.each([
    [['code', 'p.cmo.json', '--source', 's', '--kind', 'C', '--pt', '1']],
    [['code', 'p.cmo.json', '--source', 's', '--text', 't', '--kind', 'X', '--pt', '1']],
    [['matrix', 'p.cmo.json', '--format', 'xml']],
    [['new', 'p.cmo.json', '--template', 'ukendt']],
  ])('a missing or invalid option value %j is a usage error: exit 2', async (argv) => {
    const r = await cmo(...argv.map((a) => (a === 'p.cmo.json' ? file : a)));
    expect(r.code).toBe(2);
  });

  it('names the unknown command', async () => {
    const r = await cmo('frobnicate');
    expect(r.stderr).toContain('frobnicate');
  });

  it('--help exits 0 with the usage text', async () => {
    const r = await cmo('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('cmo new <projekt.cmo.json>');
  });

  it('a missing transcript is reported and the import exits non-zero', async () => {
    await cmo('new', file);
    const r = await cmo('import', file, at('leder3.txt'), at('findes-ikke.txt'));
    expect(r.code).not.toBe(0);
    expect(r.stdout + r.stderr).toContain('findes-ikke.txt');
    const disk = (await openProjectFile(file)).data;
    expect(disk.sources.map((x) => x.name)).not.toContain('findes-ikke');
  });

  it('never imports the same text twice in one run', async () => {
    await cmo('new', file);
    fs.copyFileSync(at('leder3.txt'), at('kopi.txt'));
    const r = await cmo('import', file, at('leder3.txt'), at('kopi.txt'));
    expect(r.stdout + r.stderr).toMatch(/kopi\.txt/);
    expect(r.stdout + r.stderr).toMatch(/allerede importeret/);
    const disk = (await openProjectFile(file)).data;
    expect(disk.sources.filter((x) => x.text === LEDER).length).toBeLessThanOrEqual(1);
    expect(disk.sources.map((x) => x.name)).not.toContain('kopi');
  });

  it('refuses to create over an existing file, exit 1, naming it', async () => {
    fs.writeFileSync(file, 'mit arbejde');
    const r = await cmo('new', file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(path.resolve(file));
    expect(fs.readFileSync(file, 'utf8')).toBe('mit arbejde');
  });

  it.each([
    ['truncated JSON', '{"schemaVersion": 1, "id": "x", "name": '],
    ['empty', ''],
    [
      'bad field',
      JSON.stringify({
        schemaVersion: 1,
        id: 'x',
        name: 'x',
        createdAt: 'a',
        updatedAt: 'a',
        programmeTheory: { name: 'p', points: [] },
        segments: [{ kind: 'Q' }],
      }),
    ],
  ])('a damaged project (%s) exits non-zero, names the file and leaves it alone', async (_what, content) => {
    fs.writeFileSync(file, content);
    for (const argv of [
      ['info', file],
      ['matrix', file],
      ['code', file, '--source', 's', '--text', 't', '--kind', 'C', '--pt', '1'],
    ]) {
      const r = await cmo(...argv);
      expect(r.code, argv.join(' ')).not.toBe(0);
      expect(r.stderr).toContain(path.resolve(file));
    }
    expect(fs.readFileSync(file, 'utf8')).toBe(content);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('projekt'))).toEqual(['projekt.cmo.json']);
  });

  it('a missing project exits 1 and names it', async () => {
    const r = await cmo('info', at('væk.cmo.json'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(at('væk.cmo.json'));
  });

  it('a passage that is not in the source exits 1 with the reason', async () => {
    await cmo('new', file);
    await cmo('import', file, at('leder3.txt'), '--case', '3');
    const r = await cmo('code', file, '--source', 'leder3', '--text', 'ikke i teksten', '--kind', 'C', '--pt', '1');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('findes ikke');
  });
});

describe('bin/cmo.mjs', () => {
  const run = (args: string[]) =>
    new Promise<Run>((resolve) => {
      execFile(
        process.execPath,
        [path.join(ROOT, 'bin', 'cmo.mjs'), ...args],
        { cwd: dir, env: { ...process.env, CMO_CODER: 'bin-test' } },
        (err, stdout, stderr) => {
          resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
        },
      );
    });

  it('exits 2 without arguments and 1 with a damaged project named in stderr', async () => {
    const [usage, damaged] = await Promise.all([
      run([]),
      (async () => {
        fs.writeFileSync(file, '{"schemaVersion": 1,');
        return run(['info', file]);
      })(),
    ]);
    expect(usage.code).toBe(2);
    expect(usage.stdout).toContain('cmo new');
    expect(damaged.code).toBe(1);
    expect(damaged.stderr).toContain(path.resolve(file));
  });
});

describe('cmo review', () => {
  it('lists the codings a correction flagged, in every source, with the text before and now', async () => {
    expect((await cmo('new', file, '--template', 'nfa-aftaleforloeb', '--name', 'Review')).code).toBe(0);
    expect((await cmo('import', file, at('leder3.txt'), at('amr3.txt'), '--case', '3')).code).toBe(0);
    expect(
      (
        await cmo(
          'code',
          file,
          '--source',
          'amr3.txt',
          '--text',
          'Vi lavede en handlingsplan for løft',
          '--kind',
          'O',
          '--pt',
          '6',
        )
      ).code,
    ).toBe(0);
    const none = await cmo('review', file);
    expect(none).toMatchObject({ code: 0, stdout: 'Ingen kodninger venter på gennemsyn.\n' });
    expect(
      (await cmo('edit', file, '--source', 'amr3.txt', '--find', 'handlingsplan', '--replace', 'handleplan')).code,
    ).toBe(0);
    const r = await cmo('review', file, '--json');
    expect(r.code).toBe(0);
    expect(jsonRows(r.stdout)).toEqual([
      expect.objectContaining({
        source: 'amr3',
        kind: 'O',
        pt: ['#6'],
        before: 'Vi lavede en handlingsplan for løft',
        now: 'Vi lavede en handleplan for løft',
      }),
    ]);
    expect((await cmo('review', file)).stdout).toContain('nu:  ”Vi lavede en handleplan for løft”');
  });
});
