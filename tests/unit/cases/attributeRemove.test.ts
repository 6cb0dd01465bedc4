/**
 * Removing a case or source attribute (attributes.remove): the definition and every value in one undoable, logged,
 * saved step; undo and redo exact; an unknown one refused by name; the quotes' attribution part naming it goes
 * too; a framework summary kept for a matrix by it refuses; the .qdpx export no longer has it; attributes.removal
 * says all that beforehand, changing nothing. `cmo attributes remove`.
 */
import fs from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { openService } from '../../../src/service/service';
import { parseProject } from '../../../src/store/projectFile';
import type { Failure } from '../../../src/api/contract';
import { attributionWithout } from '../../../src/cmo/attributeRemove';
import { runCli as cli } from '../cliRun';
import { tmpService, b64 } from '../tmpService';

const TEXT = 'Interviewer: Hvordan gik det?\n\nLeder: Vi fik en skriftlig aftale med en frist.\n';

const t = tmpService('cmo-attr-remove-');

const saved = () => parseProject(t.file, fs.readFileSync(t.file));

describe('attributes.remove', () => {
  it('removes a case attribute and every value in one step; undo restores both exactly, redo again', async () => {
    const before = saved();
    expect(before.cases.filter((c) => c.attributes.sektor).length).toBe(20);
    const r = await t.svc.call('attributes.remove', { on: 'case', label: 'privat/offentlig' });
    expect(r.def.id).toBe('sektor');
    expect(r.cleared).toBe(20);
    let p = saved();
    expect(p.attributeDefs.some((a) => a.id === 'sektor')).toBe(false);
    expect(p.cases.some((c) => 'sektor' in c.attributes)).toBe(false);
    expect(p.cases.map((c) => c.attributes.ansatte)).toEqual(before.cases.map((c) => c.attributes.ansatte));
    expect(p.log.at(-1)?.summary).toBe('Fjernede case-egenskaben "Privat/offentlig" og dens værdi på 20 cases');
    await t.svc.call('history.undo', {});
    p = saved();
    expect(p.attributeDefs).toEqual(before.attributeDefs);
    expect(p.cases).toEqual(before.cases);
    await t.svc.call('history.redo', {});
    expect(saved().attributeDefs.map((a) => a.id)).not.toContain('sektor');
    expect(saved().cases.some((c) => 'sektor' in c.attributes)).toBe(false);
  });

  it('removes a source attribute and its values on the sources; an unknown one is refused by name', async () => {
    const { source } = await t.svc.call('source.import', { fileName: 'leder.txt', dataBase64: b64(TEXT) });
    await t.svc.call('attributes.define', { on: 'source', label: 'Form', type: 'category', values: ['Fysisk'] });
    await t.svc.call('attributes.define', { on: 'source', label: 'Minutter', type: 'number' });
    await t.svc.call('source.update', { id: source.id, attributes: { Form: 'Fysisk', Minutter: '40' } });
    const unknown = (await t.svc.dispatch('attributes.remove', { on: 'source', label: 'Sektor' })) as Failure;
    expect(unknown.ok).toBe(false);
    expect(unknown.code).toBe('errUnknownAttribute');
    expect(unknown.error).toBe('Ukendt kilde-egenskab "Sektor" (kendte: Form, Minutter)');
    const r = await t.svc.call('attributes.remove', { on: 'source', id: 'form' });
    expect(r).toMatchObject({ def: { id: 'form' }, cleared: 1, attribution: null });
    const p = saved();
    expect(p.sourceAttributeDefs?.map((a) => a.id)).toEqual(['minutter']);
    expect(p.sources[0]?.attributes).toEqual({ minutter: '40' });
    // the case attributes are another thing
    expect(p.attributeDefs.map((a) => a.id)).toContain('sektor');
    expect(p.log.at(-1)?.message).toMatchObject({ key: 'attributeRemoved' });
    // the .qdpx export writes the variables left
    const qdpx = await t.svc.call('refi.exportProject', {});
    const zip = await JSZip.loadAsync(Buffer.from(qdpx.dataBase64, 'base64'));
    const xml = await zip.file('project.qde')!.async('string');
    expect(xml).toContain('name="Minutter"');
    expect(xml).not.toContain('name="Form"');
    await t.svc.call('history.undo', {});
    expect(saved().sources[0]?.attributes).toEqual({ form: 'Fysisk', minutter: '40' });
    const none = (await t.svc.dispatch('attributes.remove', { on: 'case' })) as Failure;
    expect(none.ok).toBe(false);
  });

  it("drops the quotes' attribution part naming it, keeps the rest; undo puts it back", async () => {
    const template = '({role}, {case}, {attr:sektor}, {attr:Ansatte} ansatte)';
    await t.svc.call('quotes.setSettings', { attribution: template });
    // asked first (the window's confirm says it), nothing changes
    const before = fs.readFileSync(t.file, 'utf8');
    const what = await t.svc.call('attributes.removal', { on: 'case', label: 'ANSATTE' });
    expect(what).toMatchObject({ held: 20, attribution: '({role}, {case}, {attr:sektor})', summaries: 0 });
    expect(what.def.id).toBe('ansatte');
    expect(fs.readFileSync(t.file, 'utf8')).toBe(before);
    const r = await t.svc.call('attributes.remove', { on: 'case', id: 'ansatte' });
    expect(r.attribution).toBe('({role}, {case}, {attr:sektor})');
    expect(saved().quoteSettings.attribution).toBe('({role}, {case}, {attr:sektor})');
    expect(saved().log.at(-1)?.summary).toMatch(
      /; citaternes kildeangivelse er nu "\(\{role\}, \{case\}, \{attr:sektor\}\)"$/,
    );
    // a quote export still works
    await expect(t.svc.call('quotes.export', { format: 'md' })).resolves.toMatchObject({ count: 0 });
    await t.svc.call('history.undo', {});
    expect(saved().quoteSettings.attribution).toBe(template);
    expect(attributionWithout('{attr:sektor}', { id: 'sektor', label: 'S', type: 'text', values: [] })).toBe('');
    expect(attributionWithout('({role}; {attr:S})', { id: 'sektor', label: 's', type: 'text', values: [] })).toBe(
      '({role})',
    );
    expect(attributionWithout('({role})', { id: 'sektor', label: 'S', type: 'text', values: [] })).toBeNull();
  });

  it('refuses while a framework summary is kept for a matrix by the attribute, naming it', async () => {
    const m = await t.svc.call('matrix.compute', { rows: 'attr:Privat/offentlig', cols: 'pt' });
    const cell = { rowId: m.rows[0]!.id, colId: m.cols[1]!.id };
    await t.svc.call('framework.set', { rows: 'attr:Privat/offentlig', cols: 'pt', ...cell, text: 'Notat' });
    const what = await t.svc.call('attributes.removal', { on: 'case', id: 'sektor' });
    expect(what).toMatchObject({ held: 20, attribution: null, summaries: 1 });
    const got = (await t.svc.dispatch('attributes.remove', { on: 'case', id: 'sektor' })) as Failure;
    expect(got.code).toBe('errAttributeHasSummaries');
    expect(got.error).toBe(
      '"Privat/offentlig" har 1 opsummering i matricen med den som rækker eller kolonner — slet dem først',
    );
    expect(saved().attributeDefs.map((a) => a.id)).toContain('sektor');
  });
});

describe('cmo attributes remove', () => {
  it('removes by id or label, says how many held a value, in Danish and English; refuses in one line', async () => {
    await t.svc.shutdown();
    const r = await cli('attributes', t.file, 'remove', 'Privat/offentlig');
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('Fjernede case-egenskaben "Privat/offentlig" og dens værdi på 20 cases');
    const en = await cli('attributes', 'remove', t.file, 'ansatte', '--on', 'case', '--lang', 'en', '--json');
    expect(JSON.parse(en.stdout)).toMatchObject({ def: { id: 'ansatte' }, cleared: 20, attribution: null });
    const en2 = await cli('attributes', t.file, 'remove', 'branche', '--lang', 'en');
    expect(en2.stdout.trim()).toBe('Removed the case attribute "Branche" and its value on 20 cases');
    for (const [args, want] of [
      [['remove', 'Nope'], /^cmo attributes: Ukendt case-egenskab "Nope" \(kendte: /],
      [['remove', 'Nope', '--on', 'source'], /Ukendt kilde-egenskab "Nope" \(kendte: ingen\)/],
      [['remove'], /1/],
    ] as const) {
      const bad = await cli('attributes', t.file, ...args);
      expect(bad.code, args.join(' ')).not.toBe(0);
      expect(bad.stderr.split('\n').filter(Boolean)).toHaveLength(1);
      expect(bad.stderr, args.join(' ')).toMatch(want);
    }
    expect((await cli('undo', t.file)).code).toBe(0);
    expect(saved().attributeDefs.map((a) => a.id)).toContain('branche');
    t.svc = await openService(t.file, { user: 'tester' });
  });
});
