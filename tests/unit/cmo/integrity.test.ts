import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../../src/cmo/integrity';
import { Segment, type Project } from '../../../src/cmo/model';
import { parseProject, serializeProject } from '../../../src/store/projectFile';
import { NOW, makeSource, nfaProject } from '../helpers';

function sound(): Project {
  const p = nfaProject();
  const src = makeSource({ id: 's1', text: 'Leder: Vi fik hjælp til løftene.', caseId: p.cases[0]!.id });
  const start = src.text.indexOf('Vi fik');
  const seg = Segment.parse({
    id: 'g1',
    sourceId: 's1',
    start,
    end: start + 6,
    text: 'Vi fik',
    kind: 'M',
    pt: [p.programmeTheory.points[1]!.id],
    createdAt: NOW,
    updatedAt: NOW,
  });
  return { ...p, sources: [src], segments: [seg] };
}
const damaged: Record<string, (p: Project) => void> = {
  'end before start': (p) => {
    const s = p.segments[0]!;
    p.segments[0] = { ...s, start: s.end, end: s.start };
  },
  'beyond the text': (p) => {
    p.segments[0] = { ...p.segments[0]!, end: 10_000 };
  },
  'unknown source': (p) => {
    p.segments[0] = { ...p.segments[0]!, sourceId: 'nope' };
  },
  'duplicate id': (p) => {
    p.sources.push({ ...p.sources[0]!, name: 'kopi' });
  },
  'unknown PT point': (p) => {
    p.segments[0] = { ...p.segments[0]!, pt: ['#99z'] };
  },
  'unknown case': (p) => {
    p.sources[0] = { ...p.sources[0]!, caseId: 'case-99' };
  },
  'snapshot differs': (p) => {
    p.segments[0] = { ...p.segments[0]!, text: 'Vi fik ikke' };
  },
  'duplicate segment id': (p) => {
    p.segments.push({ ...p.segments[0]! });
  },
};

describe('integrity on load', () => {
  it('a sound project has no problems', () => {
    expect(checkIntegrity(sound())).toEqual([]);
  });
  for (const [what, damage] of Object.entries(damaged)) {
    it(`refuses a project with ${what}, naming the file and the entity`, () => {
      const p = structuredClone(sound());
      damage(p);
      expect(checkIntegrity(p).length).toBeGreaterThan(0);
      expect(() => parseProject('/x/p.cmo.json', serializeProject(p))).toThrow(
        /\/x\/p\.cmo\.json: projektet hænger ikke sammen: (segments|sources)\.\d/,
      );
    });
  }
  it('a flagged segment may differ from its range (it waits for review)', () => {
    const p = sound();
    p.segments[0] = { ...p.segments[0]!, text: 'Vi fik ikke', needsReview: true };
    expect(checkIntegrity(p)).toEqual([]);
  });
});
