import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  addCodePath,
  codePaths,
  deleteCode,
  findCode,
  mergeCode,
  moveCode,
  renameCode,
  treeOrder,
} from '../../../src/cmo/codebook';
import { computeMatrix } from '../../../src/cmo/matrix';
import { projectFromTemplate } from '../../../src/cmo/templates/index';
import { Project, type Segment } from '../../../src/cmo/model';
import { codebookToQdc, parseQdc } from '../../../src/refi/qdc';

const nfa = () => projectFromTemplate('nfa-aftaleforloeb', { id: 'p', name: 'P', now: 't0' });
let n = 0;
const newId = () => `code-${++n}`;
const seg = (id: string, codes: string[], extra: Partial<Segment> = {}): Segment => ({
  id,
  sourceId: 's',
  start: 0,
  end: 1,
  text: 'x',
  kind: null,
  pt: [],
  codes,
  verdict: 'unclear',
  memo: '',
  coder: '',
  createdAt: 't',
  updatedAt: 't',
  needsReview: false,
  previousText: null,
  ...extra,
});
const SHARED = path.resolve(__dirname, '../../../../shared/refi-qda');

describe('the NFA codebook', () => {
  it("has the report's frames with their levels and roles, frames as folders", () => {
    const paths = [...codePaths(nfa().codes).values()];
    expect(paths).toContain('Forebyggelsestrappen/Niveau 3. Tekniske kontrolforanstaltninger');
    expect(paths.filter((p) => p.startsWith('Forebyggelsestrappen/'))).toHaveLength(5);
    expect(paths.filter((p) => p.startsWith('Psykosocial forebyggelsestrappe/'))).toHaveLength(5);
    for (const r of ['Udfordrer', 'Bannerfører', 'Ekspert', 'Alliancebygger', 'Influencer', 'Autoritet'])
      expect(paths).toContain(`Tilsynsførendes roller/${r}`);
    expect(paths).toContain('Motivation (selvbestemmelsesteori)/Intern regulering');
    expect(
      nfa()
        .codes.filter((c) => c.parentId === null)
        .every((c) => !c.codable),
    ).toBe(true);
    expect(Project.safeParse(nfa()).success).toBe(true);
  });
  it('gives the same code the same GUID in every project', () => {
    expect(nfa().codes.map((c) => c.id)).toEqual(nfa().codes.map((c) => c.id));
  });
});

describe('hierarchy operations', () => {
  it('adds by path, creating ancestors, and finds by path, name or id', () => {
    const { project, code, created } = addCodePath(nfa(), 'Induktive/Smiley-frygt', newId);
    expect(created).toBe(true);
    expect(codePaths(project.codes).get(code.id)).toBe('Induktive/Smiley-frygt');
    expect(findCode(project, 'induktive / smiley-frygt')?.id).toBe(code.id);
    expect(findCode(project, 'Smiley-frygt')?.id).toBe(code.id);
    expect(addCodePath(project, 'Induktive/Smiley-frygt', newId).created).toBe(false);
  });

  it('merges: segments follow, children move, the old code goes', () => {
    let p = nfa();
    const a = addCodePath(p, 'X/A', newId);
    p = a.project;
    const a1 = addCodePath(p, 'X/A/A1', newId);
    p = a1.project;
    const b = addCodePath(p, 'X/B', newId);
    p = b.project;
    p = { ...p, segments: [seg('s1', [a.code.id]), seg('s2', [a.code.id, b.code.id])] };
    const { project, moved } = mergeCode(p, a.code.id, b.code.id);
    expect(moved).toBe(2);
    expect(project.codes.some((c) => c.id === a.code.id)).toBe(false);
    expect(project.segments.map((s) => s.codes)).toEqual([[b.code.id], [b.code.id]]);
    expect(codePaths(project.codes).get(a1.code.id)).toBe('X/B/A1');
  });

  it('deletes: other codes stay, a segment left with nothing is flagged, never deleted', () => {
    let p = nfa();
    const a = addCodePath(p, 'A', newId);
    p = a.project;
    const b = addCodePath(p, 'B', newId);
    p = b.project;
    p = {
      ...p,
      segments: [
        seg('s1', [a.code.id, b.code.id]),
        seg('s2', [a.code.id]),
        seg('s3', [a.code.id], { kind: 'C', pt: ['#1'] }),
      ],
    };
    const { project, flagged } = deleteCode(p, a.code.id);
    expect(project.segments).toHaveLength(3);
    expect(flagged).toBe(1);
    expect(project.segments.map((s) => [s.codes, s.needsReview])).toEqual([
      [[b.code.id], false],
      [[], true],
      [[], false],
    ]);
  });

  it('moves and renames, refusing cycles and clashes', () => {
    let p = nfa();
    const a = addCodePath(p, 'A/B', newId);
    p = a.project;
    const top = p.codes.find((c) => c.name === 'A')!;
    expect(() => moveCode(p, top.id, a.code.id)).toThrow(/sig selv/);
    p = moveCode(p, a.code.id, null);
    expect(codePaths(p.codes).get(a.code.id)).toBe('B');
    expect(() => renameCode(p, a.code.id, 'A')).toThrow(/findes allerede/);
    expect(() => renameCode(p, a.code.id, 'x/y')).toThrow();
    expect(treeOrder(p.codes).length).toBe(p.codes.length);
  });
});

describe('matrix by code frame', () => {
  it("columns are the frame's children, each counting its subtree", () => {
    let p = nfa();
    const lvl = findCode(p, 'Forebyggelsestrappen/Niveau 3. Tekniske kontrolforanstaltninger')!;
    const sub = addCodePath(p, 'Forebyggelsestrappen/Niveau 3. Tekniske kontrolforanstaltninger/Løftevogn', newId);
    p = sub.project;
    p = { ...p, sources: [], segments: [seg('s1', [lvl.id]), seg('s2', [sub.code.id])] };
    const m = computeMatrix(p, { rows: 'case', cols: 'code:Forebyggelsestrappen' });
    expect(m.cols.map((c) => c.label)).toHaveLength(5);
    const col = m.cols.findIndex((c) => c.id === lvl.id);
    expect(m.cells.at(-1)![col]).toBe(2); // no source → "(uden case)" row
  });
});

describe('.qdc', () => {
  it('round-trips every path, and validates against Codebook.xsd when xmllint is there', () => {
    const p = addCodePath(nfa(), 'Induktive/Smiley-frygt', newId).project;
    const xml = codebookToQdc(p.codes);
    const back = parseQdc(xml);
    const byGuid = new Map(back.map((c) => [c.guid, c]));
    const pathOf = (c: (typeof back)[number]): string =>
      c.parentGuid ? `${pathOf(byGuid.get(c.parentGuid)!)}/${c.name}` : c.name;
    expect(new Set(back.map(pathOf))).toEqual(new Set(codePaths(p.codes).values()));
    expect(back.find((c) => c.name === 'Forebyggelsestrappen')?.codable).toBe(false);
    const xsd = path.join(SHARED, 'Codebook.xsd');
    const lint = spawnSync('xmllint', ['--version']);
    if (lint.error || !fs.existsSync(xsd)) {
      console.log('skipping XSD validation: xmllint or ../shared/refi-qda/Codebook.xsd missing');
      return;
    }
    const f = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qdc-')), 'cb.qdc');
    fs.writeFileSync(f, xml);
    const v = spawnSync('xmllint', ['--noout', '--schema', xsd, f], { encoding: 'utf8' });
    expect(v.stderr).toMatch(/validates/);
    expect(v.status).toBe(0);
  });

  it("imports Taguette's codebook despite its empty <Sets/>", () => {
    const f = path.join(SHARED, 'examples', 'taguette-1.4.1_codebook.qdc');
    if (!fs.existsSync(f)) {
      console.log('skipping: ../shared/refi-qda is absent');
      return;
    }
    expect(parseQdc(fs.readFileSync(f, 'utf8')).map((c) => c.name)).toEqual([
      'xsd:element name',
      'CodeBook',
      'Variables',
    ]);
  });

  it('refuses what is not a codebook, saying so', () => {
    expect(() => parseQdc('<nope/>')).toThrow(/CodeBook/);
    expect(() => parseQdc('<<<')).toThrow();
  });
});
