/**
 * The CLI in English: `--lang en` (or an English project) words its help, its result lines, its
 * refusals and the matrix headings from the message table's English, with no Danish word of the
 * CLI's own left in them; a Danish project without `--lang` keeps its Danish lines.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { makeTmp, rmTmp } from '../helpers';

const MANAGER =
  'Interviewer: How did the visit go?\n\n' +
  'Manager: The inspector was very competent, and we got a written agreement.\n' +
  'The deadline was three months.\n\n' +
  'Interviewer: Thank you.\n';

/** Words of the CLI's Danish lines (and the matrix's Danish headings) that must not reach English output. */
const DANISH = new RegExp(
  '\\b(' +
    [
      'kodning(er)?',
      'kilder?',
      'kodede?',
      'oprettede',
      'importerede?',
      'ture',
      'tegn',
      'mangler',
      'fortryd',
      'fortrød',
      'gentog',
      'ingen',
      'tilføjet',
      'skrev',
      'rettede',
      'slettet',
      'gennemsyn',
      'projektet',
      'angiv',
      'ukendt',
      'skabelon',
      'kontekst',
      'mekanisme',
      'bekræfter',
      'i alt',
      'talere',
      'fund',
      'memoer',
      'listen',
      'citat(er)?',
      'række(r)?',
      'flettede',
      'koder',
      'sted(er)?',
      'brug',
      'ugyldigt',
      'koderkopi',
      'advarsel',
    ].join('|') +
    ')\\b|[æøåÆØÅ]',
  'i',
);

interface Run {
  code: number;
  out: string;
}

/** Runs the CLI in-process; stdout and stderr together. */
async function cmo(...argv: string[]): Promise<Run> {
  let out = '';
  const o = process.stdout.write,
    e = process.stderr.write;
  const take = ((s: string | Uint8Array) => {
    out += String(s);
    return true;
  }) as typeof process.stdout.write;
  process.stdout.write = take;
  process.stderr.write = take;
  try {
    return { code: await main(argv), out };
  } finally {
    process.stdout.write = o;
    process.stderr.write = e;
  }
}

let dir: string;
let file: string;
const coder = process.env.CMO_CODER;
beforeEach(() => {
  dir = makeTmp('cmo-en-');
  file = path.join(dir, 'project.cmo.json');
  fs.writeFileSync(path.join(dir, 'Manager visit.txt'), MANAGER);
  process.env.CMO_CODER = 'tester';
});
afterEach(() => {
  rmTmp(dir);
  if (coder === undefined) delete process.env.CMO_CODER;
  else process.env.CMO_CODER = coder;
});

/** Every run's output, checked for Danish words; returns the runs for further checks. */
async function english(runs: string[][]): Promise<Run[]> {
  const done: Run[] = [];
  for (const argv of runs) {
    const r = await cmo(...argv);
    const leak = DANISH.exec(r.out);
    expect(leak?.[0], `cmo ${argv.join(' ')}:\n${r.out}`).toBeUndefined();
    done.push(r);
  }
  return done;
}

describe('cmo --lang en', () => {
  it('words results, refusals and matrix headings in English on a Danish project', async () => {
    expect((await cmo('new', file, '--name', 'Visits')).out).toMatch(/^Oprettede /);
    const copy = path.join(dir, 'copy.cmo.json');
    const src = path.join(dir, 'Manager visit.txt');
    const passage = ['--text', 'very competent, and we got a written agreement'];
    const runs = await english([
      ['--help', '--lang', 'en'],
      ['import', file, src, '--lang', 'en'],
      ['import', file, src, '--lang=en'],
      ['code', file, '--source', 'Manager visit', ...passage, '--kind', 'M', '--pt', '4a', '--lang', 'en'],
      ['code', file, '--text', 'x', '--kind', 'M', '--pt', '4a', '--lang', 'en'],
      ['code', file, '--source', 'Manager visit', '--text', 'not there', '--kind', 'M', '--pt', '4a', '--lang', 'en'],
      ['info', file, '--lang', 'en'],
      ['search', file, 'agreement', '--lang', 'en'],
      ['autocode', file, 'deadline', '--kind', 'O', '--pt', '11', '--lang', 'en'],
      ['edit', file, '--source', 'Manager visit', '--find', 'very', '--replace', 'most', '--lang', 'en'],
      ['review', file, '--lang', 'en'],
      ['undo', file, '--lang', 'en'],
      ['redo', file, '--lang', 'en'],
      ['matrix', file, '--cols', 'kind', '--format', 'csv', '--lang', 'en'],
      ['matrix', file, '--cols', 'verdict', '--format', 'csv', '--lang', 'en'],
      ['matrix', file, '--format', 'csv', '--lang', 'en'],
      ['codes', 'add', file, 'Themes/Trust', '--lang', 'en'],
      ['memo', 'add', file, '--on', 'project', '--text', 'A note', '--lang', 'en'],
      ['memo', 'list', file, '--lang', 'en'],
      ['memo', 'add', file, '--on', 'source', '--text', 'x', '--lang', 'en'],
      ['pseudonyms', 'add', file, 'Karen', '[name]', '--lang', 'en'],
      ['pseudonyms', 'check', file, '--lang', 'en'],
      ['turns', 'list', file, '--source', 'Manager visit', '--lang', 'en'],
      ['coder-copy', file, copy, '--coder', 'Kim', '--lang', 'en'],
      ['merge', file, copy, '--lang', 'en'],
      ['repair', file, '--lang', 'en'],
      ['cmoc', file, '--lang', 'en'],
      ['matrix', file, '--rows', 'bad', '--format', 'csv', '--lang', 'en'],
      ['nope', '--lang', 'en'],
    ]);
    const [help, imported, duplicate, coded, missing, notThere, info] = runs;
    expect(help!.out).toMatch(/^cmo — CMO Workbench on the command line/);
    expect(imported!.out).toMatch(/^Imported Manager visit\.txt as "Manager visit" \(\d+ characters, 3 turns/);
    expect(duplicate!.out).toMatch(/^DUPLICATE Manager visit\.txt: the same text has already been imported/);
    expect(coded!.out).toMatch(/^Coded M #4a \[\d+, \d+\)/);
    expect(missing).toMatchObject({ code: 2, out: 'cmo code: invalid input — source: --source is missing\n' });
    expect(notThere!.code).toBe(1);
    expect(notThere!.out).toMatch(/^cmo code: The text is not in "Manager visit"/);
    expect(info!.out).toMatch(/^Visits — 1 source, \d+ codings?, 20 cases, \d+ programme theory points/);
    const byTitle = (re: RegExp) => runs.find((r) => re.test(r.out))?.out ?? '';
    expect(byTitle(/^,Context,Mechanism,Outcome,Total\n/)).not.toBe('');
    expect(byTitle(/^,Supports,Refutes,Refines,Unclear,Total\n/)).not.toBe('');
    expect(byTitle(/^,Overall,#1,#2,/)).not.toBe('');
    expect(byTitle(/^Undid: \S/)).not.toBe('');
    expect(byTitle(/^cmo matrix: invalid input — rows: rows: case, role/)).not.toBe('');
    expect(byTitle(/^Redid: \S/)).not.toBe('');
  });

  it('follows an English project without --lang, and keeps a Danish one Danish', async () => {
    const en = path.join(dir, 'en.cmo.json');
    expect((await cmo('new', en, '--language', 'en')).out).toMatch(/^Created .* \(template nfa-aftaleforloeb\)/);
    const [info, missing] = await english([
      ['info', en],
      ['code', en, '--kind', 'M', '--pt', '4a', '--text', 'x'],
    ]);
    expect(info!.out).toMatch(/— 0 sources, 0 codings, 20 cases/);
    expect(missing!.out).toContain('--source is missing');
    // a Danish project: the Danish lines, unless --lang en
    await cmo('new', file);
    expect((await cmo('info', file)).out).toMatch(/— 0 kilder, 0 kodninger, 20 cases, \d+ programteoripunkter\n/);
    expect((await cmo('info', file, '--lang', 'en')).out).toMatch(/— 0 sources, 0 codings, 20 cases/);
  });

  it('refuses a --lang it does not know, in one line', async () => {
    await cmo('new', file);
    const r = await cmo('info', file, '--lang', 'de');
    expect(r).toEqual({ code: 2, out: 'cmo info: ugyldigt input — (root): --lang skal være da eller en, ikke "de"\n' });
  });

  it('the leak check catches Danish (it can fail)', () => {
    expect(DANISH.test('Importerede a.txt som "a" (10 tegn, 2 ture)')).toBe(true);
    expect(DANISH.test(',Kontekst,Mekanisme,Outcome,I alt')).toBe(true);
    expect(DANISH.test('Imported a.txt as "a" (10 characters, 2 turns)')).toBe(false);
  });
});
