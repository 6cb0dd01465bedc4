/**
 * Quotes by source attribute: quotes.list and every export take `sourceAttrs` as the matrix does (by id or label,
 * any of several values, an unknown attribute refused by name); an export says which filters it holds in a
 * filter line; `cmo quotes --source-attr` and `cmo matrix --source-attr`.
 */
import path from 'node:path';
import JSZip from 'jszip';
import { beforeEach, describe, expect, it } from 'vitest';
import { openService } from '../../../src/service/service';
import type { Failure } from '../../../src/api/contract';
import { runCli as cli } from '../cliRun';
import { tmpService, b64 } from '../tmpService';

const TEXT = 'Interviewer: Hvordan gik det?\n\nLeder: Vi fik en skriftlig aftale med en frist.\n';
const OTHER = TEXT.replace('skriftlig aftale', 'mundtlig aftale');

const t = tmpService('cmo-quote-srcattr-');
beforeEach(async () => {
  const a = (await t.svc.call('source.import', { fileName: 'Case 01 - Leder.txt', dataBase64: b64(TEXT) })).source;
  const b = (await t.svc.call('source.import', { fileName: 'Case 02 - Leder.txt', dataBase64: b64(OTHER) })).source;
  await t.svc.call('attributes.define', { on: 'source', label: 'Interviewform', type: 'category', values: ['Fysisk'] });
  await t.svc.call('attributes.define', {
    on: 'source',
    id: 'interviewform',
    label: 'Interviewform',
    type: 'category',
    values: ['Fysisk', 'Telefon'],
  });
  await t.svc.call('source.update', { id: a.id, attributes: { Interviewform: 'Telefon' } });
  await t.svc.call('source.update', { id: b.id, attributes: { Interviewform: 'Fysisk' } });
  const at = (text: string, word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });
  await t.svc.call('segment.add', { sourceId: a.id, ...at(TEXT, 'skriftlig aftale'), kind: 'O', pt: ['9'] });
  await t.svc.call('segment.add', { sourceId: b.id, ...at(OTHER, 'mundtlig aftale'), kind: 'O', pt: ['9'] });
  await t.svc.call('segment.add', { sourceId: b.id, ...at(OTHER, 'en frist'), kind: 'M', pt: ['11'] });
});

const texts = (qs: { text: string }[]) => qs.map((q) => q.text).sort();
const exported = async (params: Record<string, unknown>) =>
  Buffer.from((await t.svc.call('quotes.export', { format: 'md', ...params })).dataBase64, 'base64').toString('utf8');

describe('quotes by source attribute', () => {
  it('keeps the quotes of sources with the asked values, by id or label, any of several', async () => {
    expect(await t.svc.call('quotes.list', {})).toHaveLength(3);
    const phone = await t.svc.call('quotes.list', { sourceAttrs: { interviewform: 'Telefon' } });
    expect(texts(phone)).toEqual(['skriftlig aftale']);
    const byLabel = await t.svc.call('quotes.list', { sourceAttrs: { Interviewform: ['fysisk'] } });
    expect(texts(byLabel)).toEqual(['en frist', 'mundtlig aftale']);
    const both = await t.svc.call('quotes.list', { sourceAttrs: { INTERVIEWFORM: ['Telefon', 'Fysisk'] } });
    expect(both).toHaveLength(3);
    // with the other filters: a source attribute and a kind
    expect(texts(await t.svc.call('quotes.list', { sourceAttrs: { interviewform: 'Fysisk' }, kinds: ['M'] }))).toEqual([
      'en frist',
    ]);
  });

  it('refuses an unknown source attribute by name, with a stable code, in every quote query', async () => {
    for (const method of ['quotes.list', 'quotes.leaks', 'quotes.clipboard'] as const) {
      const got = (await t.svc.dispatch(method, { sourceAttrs: { Sektor: 'x' } })) as Failure;
      expect(got.ok).toBe(false);
      expect(got.code).toBe('errUnknownAttribute');
      expect(got.error).toMatch(/^Ukendt kilde-egenskab "Sektor" \(kendte: Interviewform\)/);
    }
    const exp = (await t.svc.dispatch('quotes.export', { format: 'md', sourceAttrs: { Sektor: 'x' } })) as Failure;
    expect(exp.code).toBe('errUnknownAttribute');
  });

  it('says the filters above an export: Markdown, Word, Excel; nothing when nothing is filtered', async () => {
    const md = await exported({ sourceAttrs: { interviewform: 'Telefon' }, pts: ['9'] });
    expect(md.split('\n')[0]).toBe('*Filter: PT-punkter: #9; Kilde-egenskab Interviewform: Telefon*');
    expect(md).toContain('skriftlig aftale');
    expect(md).not.toContain('mundtlig aftale');
    expect(await exported({})).not.toContain('Filter:');
    const docx = await t.svc.call('quotes.export', { format: 'docx', sourceAttrs: { interviewform: 'Fysisk' } });
    const xml = await (
      await JSZip.loadAsync(Buffer.from(docx.dataBase64, 'base64'))
    )
      .file('word/document.xml')!
      .async('string');
    expect(xml).toContain('Filter: Kilde-egenskab Interviewform: Fysisk');
    const xlsx = await t.svc.call('quotes.export', { format: 'xlsx', kinds: ['M'], starred: true });
    const zip = await JSZip.loadAsync(Buffer.from(xlsx.dataBase64, 'base64'));
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    expect(strings).toContain('Filter: Type: Mekanisme; Kun stjernemarkerede');
  });

  it('cmo quotes --source-attr and cmo matrix --source-attr filter; an unknown one is one line', async () => {
    await t.svc.shutdown();
    const q = await cli('quotes', t.file, '--source-attr', 'Interviewform=Fysisk', '--format', 'json', '--raw');
    expect(q.code).toBe(0);
    expect(texts(JSON.parse(q.stdout) as { text: string }[])).toEqual(['en frist', 'mundtlig aftale']);
    const md = await cli('quotes', t.file, '--source-attr', 'interviewform=Telefon,Fysisk');
    expect(md.stdout).toContain('Kilde-egenskab Interviewform: Telefon, Fysisk');
    const en = await cli('quotes', t.file, '--source-attr', 'interviewform=Telefon', '--lang', 'en');
    expect(en.stdout.split('\n')[0]).toBe('*Filter: Source attribute Interviewform: Telefon*');
    const bad = await cli('quotes', t.file, '--source-attr', 'Sektor=x');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/Ukendt kilde-egenskab "Sektor"/);
    const m = await cli('matrix', t.file, '--rows', 'source', '--source-attr', 'Interviewform=Telefon');
    expect(m.code).toBe(0);
    const grid = JSON.parse(m.stdout) as { cells: number[][] };
    expect(grid.cells.flat().reduce((x, y) => x + y, 0)).toBe(1);
    const csv = await cli('matrix', t.file, '--format', 'csv', '--source-attr', 'Interviewform=Telefon');
    // the CSV is the same grid (it has no filter line): one coding in all
    expect(csv.stdout.trim().split('\n').at(-1)).toMatch(/^I alt,.*,1$/);
    t.svc = await openService(t.file, { user: 'tester' });
  });

  it('filters that match nothing: one line on stderr, exit 0, stdout as it was (an empty JSON list)', async () => {
    await t.svc.shutdown();
    const none = ['--source-attr', 'Interviewform=Telefon', '--kind', 'M'];
    const md = await cli('quotes', t.file, ...none);
    expect(md.code).toBe(0);
    expect(md.stderr.trim()).toBe('Ingen citater passer til filtrene');
    expect(md.stdout).toMatch(/^\*Filter: Type: Mekanisme; Kilde-egenskab Interviewform: Telefon\*\s*$/);
    for (const more of [
      ['--format', 'json'],
      ['--format', 'json', '--raw'],
    ]) {
      const j = await cli('quotes', t.file, ...none, ...more, '--lang', 'en');
      expect(j.code).toBe(0);
      expect(JSON.parse(j.stdout)).toEqual([]);
      expect(j.stderr.trim()).toBe('No quotes match the filters');
    }
    const out = path.join(t.dir, 'q.docx');
    const docx = await cli('quotes', t.file, ...none, '--format', 'docx', '--out', out);
    expect(docx.stderr.trim().split('\n')).toEqual(['Ingen citater passer til filtrene', `0 citat(er) → ${out}`]);
    const some = await cli('quotes', t.file, '--kind', 'M');
    expect(some.stderr).toBe('');
    const m = await cli('matrix', t.file, ...none, '--format', 'csv');
    expect(m.code).toBe(0);
    expect(m.stderr.trim()).toBe('Matricen er tom: intet passer til filtrene');
    expect(m.stdout.trim().split('\n').at(-1)).toMatch(/^I alt,[0,]+$/);
    const mj = await cli('matrix', t.file, ...none, '--lang', 'en');
    expect(mj.stderr.trim()).toBe('The matrix is empty: nothing matches the filters');
    expect((await cli('matrix', t.file)).stderr).toBe('');
    t.svc = await openService(t.file, { user: 'tester' });
  });
});
