/**
 * REFI-QDA Variables of every type on cases and on sources come over as typed attributes, and our
 * export writes them back typed (valid against Project.xsd), so a round trip keeps them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { projectFromQdpx } from '../../../src/refi/qdpxImport';
import { projectToQdpx } from '../../../src/refi/qdpxWrite';
import { exportType, typedValue } from '../../../src/refi/qdpxVariables';
import { projectFromTemplate } from '../../../src/cmo/templates/index';
import { G, qdpx, refiDir } from './qdpx-helpers';
import { NOW } from '../helpers';

const XSD = path.join(refiDir(), 'Project.xsd');
const TYPES = ['Text', 'Boolean', 'Integer', 'Float', 'Date', 'DateTime'] as const;
const val = (n: number, el: string, v: string) =>
  `<VariableValue><VariableRef targetGUID="${G(n)}"/><${el}>${v}</${el}></VariableValue>`;

/** Variables 71–76 (one per type) on case 81, 77–78 on the source, 79 declared and unused. */
function qde(): string {
  const vars =
    TYPES.map((t, i) => `<Variable guid="${G(71 + i)}" name="C ${t}" typeOfVariable="${t}"/>`).join('') +
    `<Variable guid="${G(77)}" name="Interviewdato" typeOfVariable="Date"/>` +
    `<Variable guid="${G(78)}" name="Samtykke" typeOfVariable="Boolean"/>` +
    `<Variable guid="${G(79)}" name="Ubrugt" typeOfVariable="Integer"/>`;
  const caseValues =
    val(71, 'TextValue', 'Offentlig') +
    val(72, 'BooleanValue', '1') +
    val(73, 'IntegerValue', '42') +
    val(74, 'FloatValue', '3.5') +
    val(75, 'DateValue', '2024-03-01') +
    val(76, 'DateTimeValue', '2024-03-01T10:30:00');
  return (
    '<?xml version="1.0" encoding="utf-8"?>' +
    '<Project xmlns="urn:QDA-XML:project:1.0" name="v" origin="MAXQDA 24">' +
    `<CodeBook><Codes><Code guid="${G(2)}" name="Kaffe" isCodable="true"/></Codes></CodeBook>` +
    `<Variables>${vars}</Variables>` +
    `<Cases><Case guid="${G(81)}" name="Case 3">${caseValues}<SourceRef targetGUID="${G(9)}"/></Case></Cases>` +
    `<Sources><TextSource guid="${G(9)}" name="kilde" plainTextPath="internal://${G(9)}.txt">` +
    `<PlainTextSelection guid="${G(11)}" startPosition="0" endPosition="5">` +
    `<Coding guid="${G(12)}"><CodeRef targetGUID="${G(2)}"/></Coding></PlainTextSelection>` +
    `${val(77, 'DateValue', '2023-11-20')}${val(78, 'BooleanValue', 'false')}</TextSource></Sources></Project>`
  );
}

const blank = () => projectFromTemplate('blank', { id: 'x', name: 'x', now: NOW });
async function imported() {
  const buf = await qdpx({ 'project.qde': qde(), [`sources/${G(9)}.txt`]: 'Hello world' });
  return projectFromQdpx(buf, 'v.qdpx', blank(), NOW);
}

describe('REFI-QDA variables as typed attributes', () => {
  it('case variables of every type keep their type; values normalised to it', async () => {
    const { project, report } = await imported();
    const byLabel = new Map(project.attributeDefs.map((a) => [a.label, a]));
    expect(TYPES.map((t) => byLabel.get(`C ${t}`)?.refiType)).toEqual([...TYPES]);
    expect(byLabel.get('C Integer')?.type).toBe('number');
    expect(byLabel.get('C Float')?.type).toBe('number');
    expect(byLabel.get('C Boolean')).toMatchObject({ type: 'category', values: ['true', 'false'] });
    const c = project.cases[0]!;
    const at = (l: string) => c.attributes[byLabel.get(l)!.id];
    expect([at('C Text'), at('C Boolean'), at('C Integer'), at('C Float'), at('C Date'), at('C DateTime')]).toEqual([
      'Offentlig',
      'true',
      '42',
      '3.5',
      '2024-03-01',
      '2024-03-01T10:30:00',
    ]);
    // a declared Variable without values still comes over (as a case attribute), so the count is every Variable
    expect(byLabel.get('Ubrugt')?.refiType).toBe('Integer');
    expect(report.variables).toBe(9);
  });

  it("source variables become the source's typed attributes, not note lines", async () => {
    const { project } = await imported();
    const defs = project.sourceAttributeDefs ?? [];
    expect(defs.map((d) => [d.label, d.refiType])).toEqual([
      ['Interviewdato', 'Date'],
      ['Samtykke', 'Boolean'],
    ]);
    const s = project.sources[0]!;
    expect(s.notes).toEqual([]);
    expect(s.attributes).toEqual({ [defs[0]!.id]: '2023-11-20', [defs[1]!.id]: 'false' });
    expect(project.attributeDefs.some((a) => a.label === 'Samtykke')).toBe(false);
  });

  it('our export writes them back typed, valid against Project.xsd, and reads back the same', async () => {
    const { project } = await imported();
    const { buffer } = await projectToQdpx(project);
    const xml = await (await JSZip.loadAsync(buffer)).file('project.qde')!.async('string');
    expect(xml).toMatch(/name="Interviewdato" typeOfVariable="Date"/);
    expect(xml).toMatch(/name="C DateTime" typeOfVariable="DateTime"/);
    expect(xml).toMatch(/<BooleanValue>false<\/BooleanValue>/);
    expect(xml).toMatch(/<IntegerValue>42<\/IntegerValue>/);
    expect(xml).toMatch(/<DateValue>2023-11-20<\/DateValue>/);
    if (fs.existsSync(XSD) && spawnSync('xmllint', ['--version']).status === 0) {
      const f = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qde-')), 'project.qde');
      fs.writeFileSync(f, xml);
      const v = spawnSync('xmllint', ['--noout', '--schema', XSD, f], { encoding: 'utf8' });
      expect(v.status, v.stderr).toBe(0);
    } else console.log('skipped the XSD check: Project.xsd or xmllint not here');
    const back = projectFromQdpx(buffer, 'back.qdpx', blank(), NOW).project;
    expect(back.attributeDefs).toEqual(project.attributeDefs);
    expect(back.sourceAttributeDefs).toEqual(project.sourceAttributeDefs);
    expect(back.cases.map((c) => c.attributes)).toEqual(project.cases.map((c) => c.attributes));
    expect(back.sources[0]!.attributes).toEqual(project.sources[0]!.attributes);

    // read as another tool would (no data note): the same types and values
    const foreign = Buffer.from(buffer);
    const z = await JSZip.loadAsync(foreign);
    z.file('project.qde', xml.replace(/origin="CMO Workbench[^"]*"/, 'origin="NVivo 14"'));
    const other = projectFromQdpx(await z.generateAsync({ type: 'nodebuffer' }), 'o.qdpx', blank(), NOW).project;
    const typed = (p: typeof project) =>
      (p.sourceAttributeDefs ?? []).map((d) => [d.label, d.refiType, p.sources[0]!.attributes?.[d.id]]);
    expect(typed(other)).toEqual(typed(project));
  });

  it('an attribute whose values no longer fit its type goes out as Text', () => {
    const def = { id: 'n', label: 'Ansatte', type: 'number' as const, values: [], refiType: 'Integer' as const };
    expect(exportType(def, ['12', '40'])).toBe('Integer');
    expect(exportType(def, ['12', '40.5'])).toBe('Float');
    expect(exportType(def, ['12', 'ca. 40'])).toBe('Text');
    expect(exportType({ ...def, type: 'text', refiType: undefined }, ['x'])).toBe('Text');
    expect([typedValue('Boolean', ' 0 '), typedValue('Boolean', 'TRUE'), typedValue('Text', ' a ')]).toEqual([
      'false',
      'true',
      ' a ',
    ]);
  });
});
