/**
 * `cmo attributes`: the case and source attributes listed (human and --json, Danish and English), defined,
 * renamed and changed through attributes.define (undoable, logged), and refusals in one line with a stable code.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openService } from '../../../src/service/service';
import { createProjectFile, parseProject } from '../../../src/store/projectFile';
import { runCli as cli } from '../cliRun';
import { makeTmp, nfaProject, rmTmp } from '../helpers';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = makeTmp('cmo-attrs-cli-');
  file = path.join(dir, 'p.cmo.json');
  await createProjectFile(file, nfaProject());
});
afterEach(() => rmTmp(dir));

const saved = () => parseProject(file, fs.readFileSync(file));
/** one line on stderr, no stack */
const oneLine = (stderr: string) => stderr.split('\n').filter(Boolean);

describe('cmo attributes', () => {
  it('defines, renames and changes a source and a case attribute, each one undoable step', async () => {
    const d = await cli(
      'attributes',
      file,
      'define',
      '--on',
      'source',
      '--name',
      'Interviewform',
      '--type',
      'category',
    );
    expect(d.code).toBe(0);
    expect(d.stdout.trim()).toBe('Oprettede kilde-egenskaben "Interviewform" [interviewform]: kategori');
    const v = await cli(
      'attributes',
      file,
      'change',
      'interviewform',
      '--values',
      'Fysisk,Telefon',
      '--values',
      'Video',
    );
    expect(v.stdout.trim()).toBe(
      'Ændrede kilde-egenskaben "Interviewform" [interviewform]: kategori: Fysisk, Telefon, Video',
    );
    const r = await cli('attributes', 'rename', file, 'Interviewform', '--to', 'Form', '--json');
    expect(JSON.parse(r.stdout)).toEqual({
      id: 'interviewform',
      label: 'Form',
      type: 'category',
      values: ['Fysisk', 'Telefon', 'Video'],
    });
    const c = await cli('attributes', file, 'define', '--name', 'Region', '--type', 'text', '--lang', 'en');
    expect(c.stdout.trim()).toBe('Created the case attribute "Region" [region]: text');
    const p = saved();
    expect(p.sourceAttributeDefs).toEqual([
      { id: 'interviewform', label: 'Form', type: 'category', values: ['Fysisk', 'Telefon', 'Video'] },
    ]);
    expect(p.attributeDefs.at(-1)).toEqual({ id: 'region', label: 'Region', type: 'text', values: [] });
    expect(p.log.slice(-4).map((e) => e.summary)).toEqual([
      'Ny kilde-egenskab "Interviewform": category',
      'Ændrede kilde-egenskab "Interviewform": category (Fysisk, Telefon, Video)',
      'Ændrede kilde-egenskab "Form": category (Fysisk, Telefon, Video)',
      'Ny case-egenskab "Region": text',
    ]);
    // each is its own undo step
    expect((await cli('undo', file)).code).toBe(0);
    expect((await cli('undo', file)).code).toBe(0);
    expect(saved().sourceAttributeDefs?.[0]?.label).toBe('Interviewform');
    expect(saved().attributeDefs.some((a) => a.id === 'region')).toBe(false);
  });

  it('lists both kinds with type, values and use, in Danish and English, and as JSON', async () => {
    await cli(
      'attributes',
      file,
      'define',
      '--on',
      'source',
      '--name',
      'Form',
      '--type',
      'category',
      '--values',
      'Fysisk',
    );
    const svc = await openService(file, { user: 'tester' });
    const b64 = Buffer.from('Leder: Vi fik en aftale.\n').toString('base64');
    const { source } = await svc.call('source.import', { fileName: 'leder.txt', dataBase64: b64 });
    await svc.call('source.update', { id: source.id, attributes: { Form: 'Fysisk' } });
    await svc.shutdown();
    const da = await cli('attributes', file);
    expect(da.code).toBe(0);
    const lines = da.stdout.trim().split('\n');
    expect(lines[0]).toBe('Case-egenskaber (5)');
    expect(lines).toContain('  Privat/offentlig [sektor] — kategori: Privat, Offentlig (sat på 20 cases)');
    expect(lines.slice(-2)).toEqual(['Kilde-egenskaber (1)', '  Form [form] — kategori: Fysisk (sat på 1 kilde)']);
    const en = await cli('attributes', 'list', file, '--on', 'source', '--lang', 'en');
    expect(en.stdout.trim().split('\n')).toEqual([
      'Source attributes (1)',
      '  Form [form] — category: Fysisk (set on 1 source)',
    ]);
    const json = JSON.parse((await cli('attributes', file, '--json')).stdout) as Record<string, unknown[]>;
    expect(Object.keys(json)).toEqual(['case', 'source']);
    expect(json.source).toEqual([
      { id: 'form', label: 'Form', type: 'category', values: ['Fysisk'], held: ['Fysisk'], used: 1 },
    ]);
    const none = await cli('attributes', file, '--on', 'source', '--lang', 'en');
    expect(none.stdout).not.toMatch(/Case attributes/);
  });

  it('refuses in one line: unknown attribute, used value dropped, bad type, missing flag, unknown sub', async () => {
    const svc = await openService(file, { user: 'tester' });
    const before = fs.readFileSync(file, 'utf8');
    await svc.shutdown();
    const cases: [string[], RegExp][] = [
      [['rename', 'Nope', '--to', 'X'], /Ukendt case-egenskab "Nope" \(kendte: Ansatte/],
      [['change', 'sektor', '--values', 'Privat'], /Offentlig/],
      [['define', '--name', 'X', '--type', 'bool'], /--type/],
      [['define', '--type', 'text'], /--name mangler/],
      [['define', '--name', 'Sektor2', '--type', 'text', '--on', 'kilde'], /--on/],
      [['define', '--name', 'privat/offentlig', '--type', 'text'], /findes allerede/],
      [['rename', 'sektor', '--to', 'Privat/offentlig'], /hedder allerede/],
      [['change', 'sektor'], /brug: cmo attributes/],
      [['frob'], /ukendt underkommando "frob"/],
      [['define', '--name', 'Y', '--type', 'number', '--values', 'a'], /--values: kun en kategori .*"Y" er tal/],
      [['define', '--name', 'Y', '--type', 'text', '--values', ''], /--values: kun en kategori/],
      [['change', 'sektor', '--type', 'text', '--values', 'a'], /--values: kun en kategori/],
      [['change', 'ansatte', '--type', 'number', '--values', 'a'], /--values: kun en kategori .*er tal/],
      [['define', '--name', 'Y', '--type', 'category', '--values', 'Øst,øst'], /"øst" og "Øst" er den samme/],
    ];
    for (const [args, want] of cases) {
      const r = await cli('attributes', file, ...args);
      expect(r.code, args.join(' ')).not.toBe(0);
      expect(oneLine(r.stderr), args.join(' ')).toHaveLength(1);
      expect(r.stderr, args.join(' ')).toMatch(want);
      expect(r.stderr).not.toMatch(/Intern fejl|\n\s+at /);
    }
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
    const en = await cli('attributes', file, 'rename', 'Nope', '--to', 'X', '--lang', 'en');
    expect(en.stderr).toMatch(/Unknown case attribute "Nope"/);
    const enValues = await cli(
      'attributes',
      file,
      'define',
      '--name',
      'Y',
      '--type',
      'number',
      '--values',
      'a',
      '--lang',
      'en',
    );
    expect(enValues.stderr).toMatch(/: --values: only a category has values \("Y" is number\)/);
  });

  it('cleans a category value list: empty values and exact repeats dropped, order kept', async () => {
    const r = await cli(
      'attributes',
      file,
      'define',
      '--name',
      'Y',
      '--type',
      'category',
      '--values',
      ' B ,,A,B',
      '--json',
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: 'y', values: ['B', 'A'] });
    // a changed type keeps no values; category → text needs no --values
    const t = await cli('attributes', file, 'change', 'y', '--type', 'text', '--json');
    expect(JSON.parse(t.stdout)).toMatchObject({ id: 'y', type: 'text', values: [] });
  });
});
