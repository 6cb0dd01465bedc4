import { describe, expect, it } from 'vitest';
import { computeMatrix, filterSegments, matrixToCsv, type Matrix, type MatrixQuery } from '../../../src/cmo/matrix';
import { wordCount } from '../../../src/cmo/text';
import { fixture, segs } from './fixture';

const PT_IDS = [
  'overordnet',
  '#1',
  '#2',
  '#3',
  '#3a',
  '#4',
  '#4a',
  '#4b',
  '#5',
  '#6',
  '#7',
  '#7b',
  '#8',
  '#9',
  '#9a',
  '#10',
  '#11',
  '#12',
  '#13',
  '#14',
  '#15',
];

/** The value of one cell by row and column id. */
function cell(m: Matrix, row: string, col: string): number {
  const r = m.rows.findIndex((x) => x.id === row);
  const c = m.cols.findIndex((x) => x.id === col);
  if (r < 0 || c < 0) throw new Error(`no cell ${row} × ${col}`);
  return m.cells[r]![c]!;
}
function ids(m: Matrix, row: string, col: string): string[] {
  const r = m.rows.findIndex((x) => x.id === row);
  const c = m.cols.findIndex((x) => x.id === col);
  return [...m.segmentIds[r]![c]!].sort();
}
const total = (m: Matrix) => m.cells.flat().reduce((a, b) => a + b, 0);
const run = (q: MatrixQuery, only?: Parameters<typeof fixture>[0]) => computeMatrix(fixture(only), q);

describe('computeMatrix: cases × PT points', () => {
  const m = run({});

  it('has the cases as rows and the PT points as columns, in template order, empty ones kept', () => {
    expect(m.rows.slice(0, 20).map((r) => r.id)).toEqual(fixture().cases.map((c) => c.id));
    expect(m.rows.slice(0, 20).map((r) => r.label)).toEqual(Array.from({ length: 20 }, (_, i) => `Case ${i + 1}`));
    expect(m.cols.map((c) => c.id)).toEqual(PT_IDS);
    expect(m.cols[0]!.label).toMatch(/^Overordnet/);
    expect(m.cols.slice(1).map((c) => c.label)).toEqual(PT_IDS.slice(1));
    expect(m.cells).toHaveLength(m.rows.length);
    expect(m.cells.every((r) => r.length === 21)).toBe(true);
    expect(m.measure).toBe('segments');
  });

  it('counts segments per case and PT; a segment with two PTs counts in each column', () => {
    expect(cell(m, 'case-03', '#4a')).toBe(2); // g1 (Leder) and g2 (AMR)
    expect(cell(m, 'case-03', '#9')).toBe(1); // g2 again
    expect(cell(m, 'case-03', '#1')).toBe(1); // the interviewer's g3: the source's case
    expect(cell(m, 'case-01', '#4a')).toBe(1);
    expect(cell(m, 'case-01', '#11')).toBe(1);
    expect(cell(m, 'case-02', '#4a')).toBe(0);
    expect(m.cells[19]!.every((x) => x === 0)).toBe(true);
    // 6 segments, one of them in two columns
    expect(total(m)).toBe(7);
    expect(ids(m, 'case-03', '#4a')).toEqual(['g1', 'g2']);
    expect(ids(m, 'case-03', '#9')).toEqual(['g2']);
  });

  it('puts segments without a case in a last "(uden case)" row', () => {
    expect(m.rows).toHaveLength(21);
    expect(m.rows[20]).toEqual({ id: expect.any(String), label: '(uden case)' });
    expect(cell(m, m.rows[20]!.id, '#3a')).toBe(1);
    expect(ids(m, m.rows[20]!.id, '#3a')).toEqual(['g5']);
  });

  it('has no "(uden case)" row when every segment has a case', () => {
    const n = run({}, ['g1', 'g2', 'g3', 'g4']);
    expect(n.rows).toHaveLength(20);
    expect(n.rows.map((r) => r.label)).not.toContain('(uden case)');
  });

  it('keeps all rows and columns for a project without segments', () => {
    const n = run({}, []);
    expect(n.rows).toHaveLength(20);
    expect(n.cols).toHaveLength(21);
    expect(total(n)).toBe(0);
    expect(n.segmentIds.flat(2)).toEqual([]);
  });
});

describe('computeMatrix: other rows and columns', () => {
  it('rows by role, with interviewer segments in "(uden rolle)"', () => {
    const m = run({ rows: 'role' });
    expect(m.rows.map((r) => r.label)).toEqual([
      'Leder',
      'Juridisk ansvarlig',
      'Arbejdsmiljørepræsentant',
      'Medarbejder',
      'Tilsynsførende',
      'Tilsynssupporter',
      '(uden rolle)',
    ]);
    expect(cell(m, 'leder', '#4a')).toBe(2); // g1 (case 3) and g6 (case 1)
    expect(cell(m, 'arbejdsmiljorepraesentant', '#9')).toBe(1);
    expect(cell(m, 'tilsynsforende', '#3a')).toBe(1);
    expect(cell(m, m.rows[6]!.id, '#1')).toBe(1);
  });

  it('rows by participant and by source', () => {
    const byP = run({ rows: 'participant' });
    expect(byP.rows.slice(0, 4).map((r) => r.id)).toEqual(['p-leder3', 'p-amr3', 'p-leder1', 'p-tf']);
    expect(byP.rows.at(-1)!.label).toBe('(ingen)');
    expect(cell(byP, 'p-leder1', '#11')).toBe(1);
    const byS = run({ rows: 'source' });
    expect(byS.rows.map((r) => r.label)).toEqual(['Case 3 gruppeinterview', 'Case 1 leder', 'TF interview']);
    expect(cell(byS, 's3', '#4a')).toBe(2);
  });

  it('columns by kind, by verdict and by PT × kind', () => {
    const k = run({ cols: 'kind' });
    expect(k.cols).toEqual([
      { id: 'C', label: 'Kontekst' },
      { id: 'M', label: 'Mekanisme' },
      { id: 'O', label: 'Outcome' },
    ]);
    expect(cell(k, 'case-03', 'C')).toBe(1);
    expect(cell(k, 'case-03', 'M')).toBe(1);
    expect(cell(k, 'case-03', 'O')).toBe(1); // g2 once, though it has two PTs
    const v = run({ cols: 'verdict' });
    expect(v.cols.map((c) => c.id)).toEqual(['supports', 'refutes', 'refines', 'unclear']);
    expect(v.cols.map((c) => c.label)).toEqual(['Bekræfter', 'Afkræfter', 'Nuancerer', 'Uafklaret']);
    expect(cell(v, 'case-03', 'supports')).toBe(2);
    expect(cell(v, 'case-01', 'refines')).toBe(1);
    const pk = run({ cols: 'pt-kind' });
    expect(pk.cols).toHaveLength(63);
    expect(pk.cols.slice(18, 21).map((c) => c.id)).toEqual(['#4a|C', '#4a|M', '#4a|O']);
    expect(pk.cols.find((c) => c.id === '#4a|M')!.label).toBe('#4a M');
    expect(cell(pk, 'case-03', '#4a|M')).toBe(1);
    expect(cell(pk, 'case-03', '#4a|O')).toBe(1);
    expect(cell(pk, 'case-03', '#9|O')).toBe(1);
  });
});

describe('computeMatrix: measures', () => {
  it('segments, sources, participants and words', () => {
    expect(cell(run({ measure: 'sources' }), 'case-03', '#4a')).toBe(1);
    expect(cell(run({ measure: 'participants' }), 'case-03', '#4a')).toBe(2);
    // the interviewer is no participant
    expect(cell(run({ measure: 'participants' }), 'case-03', '#1')).toBe(0);
    expect(cell(run({ measure: 'segments' }), 'case-03', '#1')).toBe(1);
    const words = run({ measure: 'words' });
    expect(cell(words, 'case-03', '#4a')).toBe(wordCount(segs.g1.text) + wordCount(segs.g2.text));
    expect(cell(words, 'case-03', '#4a')).toBe(12 + 5);
    expect(cell(words, 'case-01', '#11')).toBe(6);
    expect(words.measure).toBe('words');
  });

  it('counts sources across sources within a row', () => {
    const m = run({ rows: 'role', measure: 'sources' });
    expect(cell(m, 'leder', '#4a')).toBe(2);
  });
});

describe('computeMatrix: filters', () => {
  it('by kind and verdict', () => {
    const m = run({ kinds: ['M'] });
    expect(total(m)).toBe(2);
    expect(cell(m, 'case-03', '#4a')).toBe(1);
    const v = run({ verdicts: ['refines'] });
    expect(total(v)).toBe(1);
    expect(cell(v, 'case-01', '#11')).toBe(1);
    expect(total(run({ kinds: ['C', 'O'], verdicts: ['supports'] }))).toBe(2); // g2 in two columns
  });

  it('by case, accepting numbers and labels, without a "(uden case)" row', () => {
    const m = run({ cases: ['3'] });
    expect(total(m)).toBe(4);
    expect(m.rows).toHaveLength(20);
    expect(total(run({ cases: ['Case 1', 'case-03'] }))).toBe(6);
  });

  it('by role, accepting aliases', () => {
    const m = run({ roles: ['AMR'] });
    expect(total(m)).toBe(2);
    expect(ids(m, 'case-03', '#4a')).toEqual(['g2']);
    expect(total(run({ roles: ['TF'] }))).toBe(1);
    expect(total(run({ roles: ['leder', 'ja'] }))).toBe(3);
  });

  it('by PT: only the chosen columns count, also for multi-PT segments', () => {
    const m = run({ pts: ['9'] });
    expect(total(m)).toBe(1);
    expect(cell(m, 'case-03', '#9')).toBe(1);
    expect(cell(m, 'case-03', '#4a')).toBe(0);
    expect(m.cols).toHaveLength(21); // columns stay
  });

  it('by coder', () => {
    expect(total(run({ coders: ['anden'] }))).toBe(1);
  });

  it('refuses unknown references in filters', () => {
    expect(() => run({ roles: ['Borgmester'] })).toThrow(/Ukendt rolle: Borgmester/);
    expect(() => run({ cases: ['99'] })).toThrow(/Ukendt case: 99/);
    expect(() => run({ pts: ['4z'] })).toThrow(/Ukendt programteoripunkt: 4z/);
  });

  it('refuses an unknown row, column or measure', () => {
    expect(() => run({ rows: 'branche' as never })).toThrow();
    expect(() => run({ measure: 'minutes' as never })).toThrow();
  });

  it('filterSegments returns each hit with its attribution', () => {
    const hits = filterSegments(fixture(), { roles: ['Leder'] });
    expect(hits.map((h) => [h.seg.id, h.ctx.caseId])).toEqual([
      ['g1', 'case-03'],
      ['g4', 'case-01'],
      ['g6', 'case-01'],
    ]);
  });
});

describe('matrixToCsv', () => {
  const m: Matrix = {
    rows: [
      { id: 'a', label: 'Leder, case 3' },
      { id: 'b', label: 'Han sagde "ja"' },
      { id: 'c', label: 'Enkel' },
    ],
    cols: [
      { id: '1', label: '#1' },
      { id: '2', label: 'K;M' },
      { id: '3', label: 'to\nlinjer' },
    ],
    cells: [
      [1, 0, 2],
      [0, 3, 0],
      [10, 0, 0],
    ],
    segmentIds: [],
    measure: 'segments',
  };

  it('writes a header row and one line per row, quoting labels with separators, quotes or line breaks', () => {
    expect(matrixToCsv(m)).toBe(
      ',#1,"K;M","to\nlinjer"\n' + '"Leder, case 3",1,0,2\n' + '"Han sagde ""ja""",0,3,0\n' + 'Enkel,10,0,0\n',
    );
  });

  it('uses another separator on request', () => {
    const csv = matrixToCsv(m, ';');
    expect(csv.startsWith(';#1;"K;M";"to\nlinjer"\n')).toBe(true);
    expect(csv.split('\n')[2]).toBe('"Leder, case 3";1;0;2');
  });

  it('round-trips a computed matrix', () => {
    const computed = run({});
    const lines = matrixToCsv(computed).trimEnd().split('\n');
    // the heading row, the rows, then the totals row; a totals column last
    expect(lines).toHaveLength(computed.rows.length + 2);
    expect(lines[0]).toBe(`,${computed.cols[0]!.label},` + PT_IDS.slice(1).join(',') + ',I alt');
    // g2 is on #4a and #9: it counts in both cells but once in the row's total
    expect(lines[3]).toBe('Case 3,0,1,0,0,0,0,2,0,0,0,0,0,0,1,0,0,0,0,0,0,0,3');
    expect(lines.at(-2)!.startsWith('(uden case),')).toBe(true);
    expect(lines.at(-1)!.startsWith('I alt,')).toBe(true);
  });
});

describe('matrix totals', () => {
  it('count distinct segments, sources and participants — never sums of the cells', () => {
    for (const measure of ['segments', 'sources', 'participants', 'words', 'cmoc'] as const) {
      const m = run({ measure });
      const t = m.totals!;
      expect(t.rows).toHaveLength(m.rows.length);
      expect(t.cols).toHaveLength(m.cols.length);
      m.rows.forEach((_, r) => {
        const cells = m.cells[r]!;
        expect(t.rows[r]!, `${measure} row ${r}`).toBeLessThanOrEqual(cells.reduce((a, b) => a + b, 0));
        expect(t.rows[r]!).toBeGreaterThanOrEqual(Math.max(0, ...cells));
      });
      expect(t.all).toBeGreaterThanOrEqual(Math.max(...t.rows, ...t.cols));
    }
    const seg = run({});
    const r3 = seg.rows.findIndex((r) => r.id === 'case-03');
    expect(seg.totals!.rows[r3]).toBe(3);
    expect(seg.totals!.all).toBe(new Set(seg.segmentIds.flat(2)).size);
    // one source in case 3 however many cells it touches
    const src = run({ measure: 'sources' });
    expect(src.totals!.rows[r3]).toBe(1);
    expect(src.totals!.all).toBe(
      new Set(
        fixture()
          .segments.filter((g) => g.pt.length)
          .map((g) => g.sourceId),
      ).size,
    );
  });
});
