/**
 * The segments' numbers a matrix reads (segmentNumbers.ts), memoised per project state: counted rather than
 * timed, a matrix on a state whose numbers exist reads no segment object at all; and after every kind of edit the
 * memoised matrix is the one a fresh copy of the state gives (no number is kept past the arrays it came from).
 */
import { describe, expect, it } from 'vitest';
import { computeMatrix, MEASURES, type MatrixQuery } from '../../../src/cmo/matrix';
import { segmentNumbers } from '../../../src/cmo/segmentNumbers';
import { updateSegment } from '../../../src/cmo/segments';
import { CmoConfiguration, type Project, type Segment } from '../../../src/cmo/model';
import { fixture, segs } from './fixture';

const NOW = '2024-06-01T10:00:00.000Z';
const DIMS: MatrixQuery[] = [];
for (const rows of ['case', 'role', 'participant', 'source', 'attr:sektor'])
  for (const cols of ['pt', 'kind', 'pt-kind', 'verdict'])
    for (const measure of MEASURES) DIMS.push({ rows, cols, measure });
DIMS.push({ rows: 'case', cols: 'pt-kind', pts: ['#4a', '#9'], measure: 'sources' });
DIMS.push({ rows: 'participant', cols: 'pt', kinds: ['M', 'O'], verdicts: ['supports'] });

/** a copy sharing no object with `p`, so no memo knows it */
const fresh = (p: Project): Project => structuredClone(p);

describe('segment numbers', () => {
  it('are worked out once per state: a matrix without filters then reads no segment object', () => {
    const p = fixture();
    let reads = 0;
    const segments = p.segments.map(
      (s) =>
        new Proxy(s, {
          get(t, k, r) {
            reads++;
            return Reflect.get(t, k, r) as unknown;
          },
        }),
    );
    const counted: Project = { ...p, segments };
    const first = computeMatrix(counted, { rows: 'case', cols: 'pt-kind' });
    expect(reads).toBeGreaterThan(0);
    for (const q of DIMS) computeMatrix(counted, q);
    reads = 0;
    // every segment measure (a passage's word count too), without filters (a filter reads what it asks about)
    for (const q of DIMS.filter((x) => x.measure !== 'cmoc' && !x.kinds && !x.pts)) computeMatrix(counted, q);
    expect(reads).toBe(0);
    expect(computeMatrix(counted, { rows: 'case', cols: 'pt-kind' })).toEqual(first);
    expect(segmentNumbers(counted).caseOf()).toBe(segmentNumbers(counted).caseOf());
    expect(segmentNumbers(counted).pts()).toBe(segmentNumbers({ ...counted }).pts());
  });

  it('follow every edit: the memoised matrix is a fresh copy’s', () => {
    const edits: [string, (p: Project) => Project][] = [
      ['cases reordered', (p) => ({ ...p, cases: [...p.cases].reverse() })],
      ['roles reordered', (p) => ({ ...p, roles: [...p.roles].reverse() })],
      [
        'PT points reordered',
        (p) => ({ ...p, programmeTheory: { ...p.programmeTheory, points: [...p.programmeTheory.points].reverse() } }),
      ],
      [
        'a participant moved to another case and role',
        (p) => ({
          ...p,
          participants: p.participants.map((x) =>
            x.id === 'p-amr3' ? { ...x, caseId: 'case-01', roleId: 'medarbejder' } : x,
          ),
        }),
      ],
      ['participants reordered', (p) => ({ ...p, participants: [...p.participants].reverse() })],
      ['sources reordered', (p) => ({ ...p, sources: [...p.sources].reverse() })],
      [
        'a segment’s PT points, kind and verdict changed',
        (p) => updateSegment(p, segs.g2.id, { pt: ['#1', '#9'], kind: 'C', verdict: 'refutes' }, NOW).project,
      ],
      ['a segment removed', (p) => ({ ...p, segments: p.segments.filter((s: Segment) => s.id !== segs.g4.id) })],
      ['interviewer names changed', (p) => ({ ...p, interviewers: ['Interviewer', 'Leder'] })],
      [
        'a case’s attribute changed',
        (p) => ({
          ...p,
          cases: p.cases.map((c) => ({
            ...c,
            attributes: { ...c.attributes, sektor: c.id === 'case-03' ? 'Privat' : 'Offentlig' },
          })),
        }),
      ],
    ];
    // two configurations over the fixture's segments, for the cmoc measure
    const cfg = (id: string, pt: string, ids: string[][]) =>
      CmoConfiguration.parse({
        id,
        pt,
        contextIds: ids[0],
        mechanismIds: ids[1],
        outcomeIds: ids[2],
        createdAt: NOW,
        updatedAt: NOW,
      });
    let p: Project = {
      ...fixture(),
      configurations: [
        cfg('k1', '#4a', [[segs.g3.id], [segs.g1.id, segs.g6.id], [segs.g2.id]]),
        cfg('k2', '#11', [[segs.g4.id], [], [segs.g5.id, segs.g4.id]]),
      ],
    };
    for (const q of DIMS) computeMatrix(p, q);
    expect(computeMatrix(p, { rows: 'case', cols: 'pt', measure: 'cmoc' }).totals!.all).toBe(2);
    for (const [what, edit] of edits) {
      p = edit(p);
      for (const q of DIMS)
        expect(computeMatrix(p, q), `${what}: ${JSON.stringify(q)}`).toEqual(computeMatrix(fresh(p), q));
    }
    // the edits changed what the matrix shows
    expect(computeMatrix(p, { rows: 'case', cols: 'pt-kind' })).not.toEqual(
      computeMatrix(fixture(), { rows: 'case', cols: 'pt-kind' }),
    );
  });
});
