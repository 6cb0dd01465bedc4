import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectToQdpx } from '../../../src/refi/qdpxWrite';
import { projectFromQdpx } from '../../../src/refi/qdpxImport';
import { readQdpx } from '../../../src/refi/qdpxRead';
import { applyCodeMappings, proposeMappings } from '../../../src/refi/codeMap';
import { codePaths } from '../../../src/cmo/codebook';
import { noticeText } from '../../../src/cmo/notice';
import { logText } from '../../../src/cmo/logMessages';
import { projectFromTemplate } from '../../../src/cmo/templates/index';
import type { Project } from '../../../src/cmo/model';
import { makeSource, nfaProject, NOW, segOn } from '../helpers';
import { refiDir } from './qdpx-helpers';

function realist(): Project {
  const p = nfaProject();
  const src = makeSource({
    id: 'src-1',
    name: 'Case 01 - Leder',
    caseId: p.cases[0]!.id,
    text:
      'Interviewer: Hvorfor?\n\nLeder: Vi sagde ja 😀, fordi vi ville have hjælp.\n\n' +
      'Leder: Kontrollen fik os til at handle.\n',
  });
  const a = segOn(src, 'seg-a', 'Vi sagde ja 😀, fordi vi ville have hjælp.', 'M', ['#4b', '#5'], {
    verdict: 'supports',
    memo: 'En memo',
  });
  const b = segOn(src, 'seg-b', 'Kontrollen fik os til at handle.', 'O', ['#10'], { verdict: 'refutes' });
  const c = segOn(src, 'seg-c', 'Kontrollen fik os til at handle.', 'O', ['#10']);
  const code = p.codes.find((x) => x.codable)!;
  c.codes = [code.id];
  return {
    ...p,
    sources: [src],
    segments: [a, b, c],
    configurations: [
      {
        id: 'cfg-1',
        pt: '#10',
        contextIds: [],
        mechanismIds: ['seg-a'],
        outcomeIds: ['seg-b'],
        statement: 'Hvis … så … fordi …',
        verdict: 'refutes',
        createdAt: NOW,
        updatedAt: NOW,
      },
    ],
    memos: [
      { id: 'm1', on: 'project', target: null, text: 'Projektmemo', coder: 'tester', createdAt: NOW, updatedAt: NOW },
      { id: 'm2', on: 'source', target: 'src-1', text: 'Om kilden', coder: 'tester', createdAt: NOW, updatedAt: NOW },
      { id: 'm3', on: 'code', target: code.id, text: 'Om koden', coder: '', createdAt: NOW, updatedAt: NOW },
      { id: 'm4', on: 'pt', target: '#10', text: 'Om #10', coder: '', createdAt: NOW, updatedAt: NOW },
      { id: 'm5', on: 'case', target: p.cases[0]!.id, text: 'Om casen', coder: '', createdAt: NOW, updatedAt: NOW },
    ],
  };
}

describe('our export and its re-import', () => {
  it('gives back the same project: kinds, PT points, verdicts, memos, configurations, cases, codes', async () => {
    // (one selection per segment)
    const p = realist();
    const { buffer, summary } = await projectToQdpx(p);
    expect(summary.selections).toBe(3);
    const blank = projectFromTemplate('blank', { id: 'x', name: 'x', now: NOW });
    const { project: q, report } = projectFromQdpx(buffer, 'rt.qdpx', blank, NOW);
    expect(report.offsets).toBe('codepoints');
    const key = (x: Project) =>
      x.segments
        .map((s) => [s.id, s.start, s.end, s.text, s.kind, s.pt.join(), s.verdict, s.memo, s.codes.join()].join('|'))
        .sort();
    expect(key(q)).toEqual(key(p));
    expect(q.configurations).toEqual(p.configurations);
    expect(q.programmeTheory).toEqual(p.programmeTheory);
    expect(q.cases).toEqual(p.cases);
    expect(q.attributeDefs).toEqual(p.attributeDefs);
    expect([...codePaths(q.codes).values()].sort()).toEqual([...codePaths(p.codes).values()].sort());
    const memoKey = (x: Project) => (x.memos ?? []).map((m) => JSON.stringify(m)).sort();
    expect(memoKey(q)).toEqual(memoKey(p));
    expect(q.sources[0]!.caseId).toBe(p.cases[0]!.id);
  });
  it("another tool's notes on a code, a source and the project become memos there", async () => {
    const r = readQdpx((await projectToQdpx(realist())).buffer, 'rt.qdpx');
    const foreign = { ...r, origin: 'MAXQDA 24' };
    const { refiToProject } = await import('../../../src/refi/qdpxMap');
    const { project } = refiToProject(foreign, nfaProject(), NOW);
    const on = (kind: string) => (project.memos ?? []).filter((m) => m.on === kind).map((m) => m.text);
    expect(on('code').sort()).toEqual(['Om #10', 'Om koden']); // the PT point's memo is on its code there
    expect(on('source')).toEqual(['Om kilden']);
    expect(on('project')).toEqual(expect.arrayContaining(['Projektmemo', 'Om casen']));
  });
  it('writes code points and the realist coding as codes other tools can see', async () => {
    const r = readQdpx((await projectToQdpx(realist())).buffer, 'rt.qdpx');
    const paths = new Map<string, string>();
    for (const c of r.codes) paths.set(c.guid, (c.parentGuid ? `${paths.get(c.parentGuid)}/` : '') + c.name);
    const a = r.sources[0]!.selections.find((s) =>
      s.codings.some((c) => /#4b\/Mekanisme$/.test(paths.get(c.codeGuid)!)),
    )!;
    expect(a.codings.map((c) => paths.get(c.codeGuid))).toEqual(
      expect.arrayContaining(['Programteori/#4b/Mekanisme', 'Programteori/#5/Mekanisme', 'Vurdering/bekræfter']),
    );
    const raw = r.sources[0]!.raw!;
    expect([...raw].slice(a.start, a.end).join('')).toBe('Vi sagde ja 😀, fordi vi ville have hjælp.');
  });
});

describe('mapping imported codes onto the programteori', () => {
  it('proposes from names along the path and applies per segment in one go', () => {
    const base = realist();
    const add = (id: string, name: string, parentId: string | null) => ({
      id,
      name,
      description: '',
      color: null,
      parentId,
      codable: true,
    });
    const p: Project = {
      ...base,
      codes: [
        ...base.codes,
        add('pt', 'PT 4a', null),
        add('mek', 'Mekanisme', 'pt'),
        add('bek', 'bekræfter', null),
        add('num', '1. Oltás típusa', null),
      ],
      segments: [{ ...base.segments[2]!, kind: null, pt: [], codes: ['mek', 'bek', 'num'] }],
    };
    const props = proposeMappings(p);
    expect(props.find((x) => x.code === 'mek')).toMatchObject({ kind: 'M', pt: ['#4a'] });
    expect(props.find((x) => x.code === 'bek')).toMatchObject({ verdict: 'supports' });
    // why, as codes and data: the name that pointed to each
    const why = props.find((x) => x.code === 'bek')!.because;
    expect(why.map((n) => n.code)).toEqual(['mapByVerdict']);
    expect(why.map((n) => noticeText(n, 'en'))).toEqual([`"${p.codes.find((c) => c.id === 'bek')!.name}" → supports`]);
    expect(props.find((x) => x.code === 'num')).toBeUndefined(); // a numbered list is not a PT point
    const r = applyCodeMappings(p, props, false, NOW);
    expect(r.project.segments[0]).toMatchObject({ kind: 'M', pt: ['#4a'], verdict: 'supports', codes: ['num'] });
    expect(r.project.codes.some((c) => c.id === 'mek')).toBe(false);
    const kept = applyCodeMappings(p, [{ code: 'mek', kind: 'C' }], true, NOW);
    expect(kept.incomplete).toBe(1); // a kind without a PT point cannot land
  });
});

const EX = path.join(refiDir(), 'examples');
const have = fs.existsSync(EX);
if (!have) console.log(`skipping the real REFI-QDA exports: ${EX} is absent`);
describe.skipIf(!have)('real exports', () => {
  const load = (n: string) => projectFromQdpx(fs.readFileSync(path.join(EX, n)), n, nfaProject(), NOW);
  it('NVivo 12.6: 303 codings over 188 ranges, UTF-16 offsets, emoji intact, text stored normalised', () => {
    const { project, report } = load('nvivo-win-12.6_hungarian-youtube-comments_303-codings.qdpx');
    expect(report).toMatchObject({ offsets: 'utf16', segments: 188, codings: 303, codes: 152, users: 2, lost: [] });
    expect(
      project.segments.every(
        (s) => s.text === project.sources.find((x) => x.id === s.sourceId)!.text.slice(s.start, s.end),
      ),
    ).toBe(true);
    expect(project.sources.every((s) => !/[\r\uFEFF]/.test(s.text))).toBe(true);
    expect(project.segments.some((s) => /\p{Extended_Pictographic}/u.test(s.text))).toBe(true);
    // each source notes where it came from: the words and their code
    const { warnings, warningsSaid } = project.sources[0]!.provenance;
    expect(warningsSaid).toEqual([{ key: 'warnFromQdpx', params: { origin: expect.any(String), offsets: 'utf16' } }]);
    expect(warnings[0]).toMatch(/^Importeret fra REFI-QDA \(NVivo.*\); positioner læst som UTF-16-enheder$/);
    expect(logText(warningsSaid![0]!, 'en')).toMatch(
      /^Imported from REFI-QDA \(NVivo.*\); positions read as UTF-16 units$/,
    );
  });
  it('the spec example reports the PDF, picture and video selections it could not carry over', () => {
    const { report } = load('spec-annexA2_atlasti-8.4-example_retyped_no-sources.qdpx');
    const lost = report.lost.map((l) => `${noticeText(l.what, 'da')}:${l.count}`).join(' ');
    expect(lost).toMatch(/PDF-markeringer.*:4/);
    expect(lost).toMatch(/billedmarkeringer.*:1/);
    expect(lost).toMatch(/videomarkeringer.*:2/);
    // a code per kind, worded by the reader: the English report has no Danish
    expect(report.lost.find((l) => l.what.code === 'lostPdfSelection')).toEqual({
      count: 4,
      what: { code: 'lostPdfSelection', data: {} },
      why: { code: 'lostPdfSelectionWhy', data: {} },
    });
    const en = report.lost.map((l) => `${l.count} ${noticeText(l.what, 'en')} — ${noticeText(l.why, 'en')}`);
    expect(en).toContain('4 PDF selections — areas of a PDF page cannot become text passages');
    for (const line of en) expect(line).not.toMatch(/[æøå]|\b(kilder?|markeringer|ikke|findes|tekst)\b/i);
  });
  it('MAXQDA: 10 sources, 307 codes with colours, 2 sets as code groups', () => {
    const { project } = load('maxqda-24.7.0_icls-papers_codebook-sets-no-codings.qdpx');
    expect(project.sources).toHaveLength(10);
    expect(project.codes).toHaveLength(307);
    expect(project.codes.every((c) => c.color)).toBe(true);
    expect(project.codeGroups).toHaveLength(2);
  });
});
