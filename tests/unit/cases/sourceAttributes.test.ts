/**
 * Source attributes (REFI-QDA source variables, e.g. the interview's date or form): defined and
 * set through the service like case attributes, checked against their type, undoable, saved, and
 * written to a .qdpx.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openService } from '../../../src/service/service';
import { parseProject } from '../../../src/store/projectFile';
import { runCli as cli } from '../cliRun';
import { tmpService, b64, refused } from '../tmpService';

const TEXT = 'Interviewer: Hvordan gik det?\n\nLeder: Vi fik en skriftlig aftale med en frist.\n';

const t = tmpService('cmo-srcattr-');

describe('source attributes', () => {
  it('are defined apart from case attributes, set on a source, undone and saved', async () => {
    const imported = await t.svc.call('source.import', { fileName: 'leder.txt', dataBase64: b64(TEXT) });
    const id = imported.source.id;
    const form = await t.svc.call('attributes.define', {
      on: 'source',
      label: 'Interviewform',
      type: 'category',
      values: ['Fysisk', 'Telefon'],
    });
    await t.svc.call('attributes.define', { on: 'source', label: 'Varighed (min)', type: 'number' });
    let info = await t.svc.call('project.info', {});
    expect(info.sourceAttributeDefs.map((a) => a.label)).toEqual(['Interviewform', 'Varighed (min)']);
    // a case attribute of the same name is another thing
    expect(info.attributeDefs.some((a) => a.id === form.id)).toBe(false);

    await t.svc.call('source.update', { id, attributes: { Interviewform: 'Telefon', 'varighed (min)': '45' } });
    info = await t.svc.call('project.info', {});
    expect(info.sourceList.find((s) => s.id === id)?.attributes).toEqual({
      interviewform: 'Telefon',
      'varighed-min': '45',
    });
    const log = await t.svc.call('log.list', {});
    expect(log[0]?.summary).toMatch(/Interviewform: Telefon/);

    await t.svc.call('history.undo', {});
    info = await t.svc.call('project.info', {});
    expect(info.sourceList.find((s) => s.id === id)?.attributes).toBeUndefined();
    await t.svc.call('history.redo', {});
    await t.svc.call('source.update', { id, attributes: { 'varighed (min)': null } });
    await t.svc.shutdown();
    const saved = parseProject(t.file, fs.readFileSync(t.file));
    expect(saved.sources.find((s) => s.id === id)?.attributes).toEqual({ interviewform: 'Telefon' });
    expect(saved.sourceAttributeDefs?.map((a) => a.id)).toEqual(['interviewform', 'varighed-min']);
    t.svc = await openService(t.file, { user: 'tester' });
  });

  it('refuses a value that does not fit, an unknown attribute, and a definition that drops a used value', async () => {
    const { source } = await t.svc.call('source.import', { fileName: 'leder.txt', dataBase64: b64(TEXT) });
    await t.svc.call('attributes.define', { on: 'source', label: 'Form', type: 'category', values: ['Fysisk'] });
    await t.svc.call('attributes.define', { on: 'source', label: 'Minutter', type: 'number' });
    expect(
      await refused(t.svc.dispatch('source.update', { id: source.id, attributes: { Form: 'Zoom' } }), 'errNotAValue'),
    ).toMatch(/Zoom/);
    await refused(
      t.svc.dispatch('source.update', { id: source.id, attributes: { Minutter: 'en time' } }),
      'errNotANumber',
    );
    const unknown = t.svc.dispatch('source.update', { id: source.id, attributes: { Sektor: 'x' } });
    expect(await refused(unknown, 'errUnknownAttribute')).toMatch(/^Ukendt kilde-egenskab "Sektor"/);
    await t.svc.call('source.update', { id: source.id, attributes: { Form: 'Fysisk' } });
    const drop = t.svc.dispatch('attributes.define', {
      on: 'source',
      id: 'form',
      label: 'Form',
      type: 'category',
      values: [],
    });
    expect(await refused(drop, 'errAttributeValueInUse')).toMatch(/leder/);
    // nothing refused was kept
    const info = await t.svc.call('project.info', {});
    expect(info.sourceList[0]?.attributes).toEqual({ form: 'Fysisk' });
  });

  it('are set from the CLI: cmo source --attr, an empty value clears one, a bad one is one line', async () => {
    const { source } = await t.svc.call('source.import', { fileName: 'leder.txt', dataBase64: b64(TEXT) });
    await t.svc.call('attributes.define', { on: 'source', label: 'Form', type: 'category', values: ['Fysisk'] });
    await t.svc.shutdown();
    const set = await cli('source', t.file, source.name, '--attr', 'Form=Fysisk', '--json');
    expect(set.code).toBe(0);
    expect((JSON.parse(set.stdout) as { attributes: unknown }).attributes).toEqual({ Form: 'Fysisk' });
    const wrong = await cli('source', t.file, source.name, '--attr', 'Form=Zoom');
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr.trim().split('\n')).toHaveLength(1);
    expect(wrong.stderr).toMatch(/Zoom/);
    const bad = await cli('source', t.file, source.name, '--attr', 'ingen-lighedstegn');
    expect(bad.stderr).toMatch(/--attr/);
    const cleared = await cli('source', t.file, source.name, '--attr', 'Form=', '--json');
    expect((JSON.parse(cleared.stdout) as { attributes: unknown }).attributes).toEqual({});
    t.svc = await openService(t.file, { user: 'tester' });
  });
});

describe('the matrix by source attribute', () => {
  it('counts only the codings of sources with the asked values, names them, refuses an unknown one', async () => {
    const other = TEXT.replace('skriftlig aftale', 'mundtlig aftale');
    const a = (await t.svc.call('source.import', { fileName: 'leder.txt', dataBase64: b64(TEXT) })).source;
    const b = (await t.svc.call('source.import', { fileName: 'leder2.txt', dataBase64: b64(other) })).source;
    await t.svc.call('attributes.define', {
      on: 'source',
      label: 'Form',
      type: 'category',
      values: ['Fysisk', 'Telefon'],
    });
    await t.svc.call('source.update', { id: a.id, attributes: { Form: 'Telefon' } });
    await t.svc.call('source.update', { id: b.id, attributes: { Form: 'Fysisk' } });
    const at = (text: string, word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });
    await t.svc.call('segment.add', { sourceId: a.id, ...at(TEXT, 'skriftlig aftale'), kind: 'O', pt: ['9'] });
    await t.svc.call('segment.add', { sourceId: b.id, ...at(other, 'mundtlig aftale'), kind: 'O', pt: ['9'] });
    await t.svc.call('segment.add', { sourceId: b.id, ...at(other, 'en frist'), kind: 'O', pt: ['11'] });
    const total = (g: { cells: number[][] }) => g.cells.flat().reduce((x, y) => x + y, 0);
    const all = await t.svc.call('matrix.compute', { rows: 'source', cols: 'pt' });
    expect(total(all)).toBe(3);
    const phone = await t.svc.call('matrix.compute', { rows: 'source', cols: 'pt', sourceAttrs: { form: 'Telefon' } });
    expect(total(phone)).toBe(1);
    expect(phone.filterLine.at(-1)).toMatch(/Form: Telefon/);
    const both = await t.svc.call('matrix.compute', { sourceAttrs: { Form: ['Telefon', 'Fysisk'] } });
    expect(total(both)).toBe(3);
    await refused(t.svc.dispatch('matrix.compute', { sourceAttrs: { Sektor: 'x' } }), 'errUnknownAttribute');
    // the export is the same grid: filtered, it differs from the whole one
    const csvOf = async (sourceAttrs?: Record<string, string>) =>
      Buffer.from(
        (await t.svc.call('matrix.export', { query: {}, format: 'csv', ...(sourceAttrs ? { sourceAttrs } : {}) }))
          .dataBase64,
        'base64',
      ).toString('utf8');
    expect(await csvOf({ form: 'Fysisk' })).not.toBe(await csvOf());
  });
});
