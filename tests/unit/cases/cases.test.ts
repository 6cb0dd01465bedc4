import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCase, addRole, applyAttributes, defineAttribute, slug, updateCase } from '../../../src/cmo/cases';
import { DomainError } from '../../../src/cmo/errors';
import { openService, type Service } from '../../../src/service/service';
import { createProjectFile, openProjectFile } from '../../../src/store/projectFile';
import { makeTmp, nfaProject, rmTmp } from '../helpers';

describe('cases (pure)', () => {
  it('adds a case with the next free number and checks its attributes', () => {
    const p = nfaProject();
    const n = Math.max(...p.cases.map((c) => c.number ?? 0));
    const { project, kase } = addCase(p, { attributes: { sektor: 'Privat', ansatte: '10-34' } });
    expect(kase).toEqual({
      id: `case-${n + 1}`,
      label: `Case ${n + 1}`,
      number: n + 1,
      attributes: { sektor: 'Privat', ansatte: '10-34' },
    });
    expect(project.cases).toHaveLength(p.cases.length + 1);
    expect(p.cases).toHaveLength(project.cases.length - 1); // input untouched
    const named = addCase(project, { label: 'Pilotcase' }).kase;
    expect(named).toMatchObject({ id: 'case-pilotcase', label: 'Pilotcase', number: null });
  });

  it('refuses a duplicate label or number, unknown attributes and values outside the category', () => {
    const p = nfaProject();
    expect(() => addCase(p, { label: 'case 1' })).toThrow(/findes allerede/);
    expect(() => addCase(p, { label: 'Ny', number: 1 })).toThrow(/Nummer 1 bruges allerede af "Case 1"/);
    expect(() => addCase(p, { attributes: { farve: 'rød' } })).toThrow(/Ukendt case-egenskab "farve"/);
    expect(() => addCase(p, { attributes: { sektor: 'Halvoffentlig' } })).toThrow(
      /ikke en værdi af "Privat\/offentlig"/,
    );
    expect(() => addCase(p, { label: 'X' })).not.toThrow();
  });

  it('updates a case found by number: label, number and attributes; null removes a value', () => {
    const p = nfaProject();
    const before = p.cases.find((c) => c.number === 3)!;
    expect(before.attributes.sektor).toBeTruthy();
    const { kase } = updateCase(p, '3', { label: 'Case 3 (kommune)', attributes: { sektor: null, Ansatte: '+100' } });
    expect(kase.id).toBe(before.id);
    expect(kase.label).toBe('Case 3 (kommune)');
    expect(kase.attributes.sektor).toBeUndefined();
    expect(kase.attributes.ansatte).toBe('+100');
    expect(() => updateCase(p, '3', { number: 4 })).toThrow(/bruges allerede/);
    expect(() => updateCase(p, 'case 99', {})).toThrow(DomainError);
  });

  it('attributes: id from the label; a used value stays, a type not fitting the values is refused', () => {
    const p = nfaProject();
    const { project, def, created } = defineAttribute(p, { label: 'Antal møder', type: 'number' });
    expect(created).toBe(true);
    expect(def).toEqual({ id: 'antal-moder', label: 'Antal møder', type: 'number', values: [] });
    const withValue = updateCase(project, '1', { attributes: { 'antal-moder': '3' } }).project;
    expect(() => updateCase(withValue, '1', { attributes: { 'antal-moder': 'tre' } })).toThrow(/skal være et tal/);
    expect(() =>
      defineAttribute(withValue, { id: 'antal-moder', label: 'Antal møder', type: 'category', values: ['1', '2'] }),
    ).toThrow(/bruger værdien "3"/);

    const sektor = p.attributeDefs.find((a) => a.id === 'sektor')!;
    expect(() =>
      defineAttribute(p, { id: 'sektor', label: sektor.label, type: 'category', values: ['Privat'] }),
    ).toThrow(/kan ikke fjernes/);
    const widened = defineAttribute(p, {
      id: 'sektor',
      label: 'Sektor',
      type: 'category',
      values: [' Privat', 'Offentlig', 'Privat', 'Frivillig '],
    });
    expect(widened.created).toBe(false);
    expect(widened.def.values).toEqual(['Privat', 'Offentlig', 'Frivillig']);
    expect(() => defineAttribute(p, { label: 'ansatte', type: 'text' })).toThrow(/findes allerede/);
    expect(() => defineAttribute(p, { id: 'nope', label: 'Nope', type: 'text' })).toThrow(/Ukendt/);
    // values only for a category (a stable code, not silently dropped); two values differing only in case refused
    const values = (type: 'text' | 'number' | 'category', vs: string[]) => () =>
      defineAttribute(p, { label: 'Y', type, values: vs });
    expect(values('number', ['a'])).toThrow(expect.objectContaining({ code: 'errAttributeValuesNotCategory' }));
    expect(values('text', [' ', ''])).not.toThrow();
    expect(values('category', ['Øst', 'øst'])).toThrow(expect.objectContaining({ code: 'errAttributeValueTwice' }));
    expect(applyAttributes(widened.project.attributeDefs, {}, { Sektor: 'Frivillig' })).toEqual({
      sektor: 'Frivillig',
    });
  });

  it('adds roles with aliases; a label or alias already naming a role is refused', () => {
    const p = nfaProject();
    const { role } = addRole(p, { label: 'Konsulent', labelEn: 'Consultant', aliases: ['BFA-konsulent', ' '] });
    expect(role).toEqual({ id: 'konsulent', label: 'Konsulent', labelEn: 'Consultant', aliases: ['BFA-konsulent'] });
    expect(() => addRole(p, { label: 'AMR' })).toThrow(/allerede rollen "Arbejdsmiljørepræsentant"/);
    expect(() => addRole(p, { label: 'Ny', aliases: ['leder'] })).toThrow(/allerede rollen "Leder"/);
    expect(slug('Arbejdsmiljørepræsentant')).toBe('arbejdsmiljorepraesentant');
    expect(slug('Privat/offentlig')).toBe('privat-offentlig');
  });
});

describe('cases (service)', () => {
  let dir: string;
  let file: string;
  let svc: Service;
  beforeEach(async () => {
    dir = makeTmp('cmo-cases-');
    file = path.join(dir, 'p.cmo.json');
    await createProjectFile(file, nfaProject());
    svc = await openService(file, { user: 'tester' });
  });
  afterEach(() => rmTmp(dir));

  it('each command is validated, saved, logged and undoable', async () => {
    const n = svc.project().cases.length;
    const kase = await svc.call('cases.add', { label: 'Case 21', number: 21, attributes: { sektor: 'Offentlig' } });
    await svc.call('cases.update', { id: kase.id, attributes: { branche: 'Hospital' } });
    await svc.call('attributes.define', { label: 'Tilsynskreds', type: 'category', values: ['Øst', 'Vest'] });
    await svc.call('roles.add', { label: 'Konsulent' });
    const disk = (await openProjectFile(file)).data;
    expect(disk.cases).toHaveLength(n + 1);
    expect(disk.cases.at(-1)!.attributes).toEqual({ sektor: 'Offentlig', branche: 'Hospital' });
    expect(disk.attributeDefs.at(-1)!.id).toBe('tilsynskreds');
    expect(disk.roles.at(-1)!.label).toBe('Konsulent');
    expect(disk.log.slice(-4).map((l) => l.command)).toEqual([
      'cases.add',
      'cases.update',
      'attributes.define',
      'roles.add',
    ]);
    expect(disk.log.at(-3)!.summary).toBe('Casen "Case 21": Branche: Hospital');
    expect(disk.log.at(-4)!.who).toBe('tester');

    for (let i = 0; i < 4; i++) await svc.call('history.undo', {});
    expect(svc.project().cases).toHaveLength(n);
    expect(svc.project().roles.some((r) => r.label === 'Konsulent')).toBe(false);
    await svc.call('history.redo', {});
    expect(svc.project().cases).toHaveLength(n + 1);
  });

  it('rejects bad params at the boundary and domain errors with a message', async () => {
    await expect(svc.dispatch('cases.update', { id: 'case-01', colour: 'red' })).resolves.toMatchObject({
      ok: false,
      kind: 'invalid',
    });
    await expect(svc.dispatch('attributes.define', { label: 'X', type: 'date' })).resolves.toMatchObject({
      ok: false,
      kind: 'invalid',
    });
    const r = await svc.dispatch('cases.update', { id: 'case-01', attributes: { sektor: 'Ukendt' } });
    expect(r).toMatchObject({ ok: false, kind: 'domain' });
    expect(fs.existsSync(file)).toBe(true);
  });
});
