/**
 * Agreement against an independent count, on random codings (fast-check): for every source × unit one array of
 * flags per coder and character, counted by hand; κ, percent and α from the formulas; the overall figures
 * N-weighted; MAXQDA segment agreement by pairs. Checked on `computeAgreement` for every unit kind and a source
 * filter, and on `cmo agreement --json` (the CLI in-process on a project file) for fewer runs.
 */
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { AGREEMENT_BY, computeAgreement, type AgreementBy } from '../../../src/cmo/agreement';
import { Code, Segment, type Project, type Source } from '../../../src/cmo/model';
import { createProjectFile } from '../../../src/store/projectFile';
import { runCli } from '../cliRun';
import { NOW, makeSource, makeTmp, nfaProject, rmTmp, withData } from '../helpers';

const CODERS = ['Karen', 'Mads', 'Lone'] as const;
const PTS = ['#4a', '#5', '#10'];
const CODES = ['k1', 'k2'];
// characters outside the BMP too: N counts UTF-16 code units
// a two-character source: both coders often code all of it (Pe = 1, n0·n1 = 0)
const TEXTS = [
  'ab',
  'abcdefghij',
  'Leder: Vi fik hjælp til løftene, og det virkede.',
  'ø😀æ😀å😀 tegn',
  'x'.repeat(37),
];

interface Spec {
  source: number;
  coder: number;
  a: number;
  b: number;
  kind: 'C' | 'M' | 'O' | null;
  pt: string[];
  codes: string[];
  /** the same passage as the spec before (another coder's, or the same coder's under other units) */
  twin: boolean;
}
const specArb = fc
  .record({
    source: fc.nat(TEXTS.length - 1),
    coder: fc.nat(CODERS.length - 1),
    // small offsets: the coders often pick the same or nearly the same passage
    a: fc.oneof(fc.nat(12), fc.nat(60)),
    b: fc.oneof(fc.nat(12), fc.nat(60)),
    kind: fc.constantFrom('C', 'M', 'O', null),
    pt: fc.uniqueArray(fc.constantFrom(...PTS), { minLength: 1, maxLength: 3 }),
    codes: fc.uniqueArray(fc.constantFrom(...CODES), { maxLength: 2 }),
    twin: fc.boolean(),
  })
  .filter((s) => s.kind !== null || s.codes.length > 0);

function build(specs: Spec[]): Project {
  const sources = TEXTS.map((text, i) => makeSource({ id: `s${i}`, name: `Kilde ${i}`, text }));
  const segments = specs.flatMap((spec, i) => {
    const prev = specs[i - 1];
    const s = spec.twin && prev ? { ...spec, source: prev.source, a: prev.a, b: prev.b } : spec;
    const src = sources[s.source]!;
    const n = src.text.length;
    const start = Math.min(s.a, s.b) % n;
    const end = Math.min(n, start + 1 + (Math.abs(s.a - s.b) % n));
    const seg = {
      id: `g${i}`,
      sourceId: src.id,
      start,
      end,
      text: src.text.slice(start, end),
      kind: s.kind,
      pt: s.kind ? s.pt : [],
      codes: s.codes,
      verdict: 'unclear',
      memo: '',
      coder: CODERS[s.coder],
      createdAt: NOW,
      updatedAt: NOW,
      // a coding flagged after a correction counts where it now is
      needsReview: i % 5 === 0,
    };
    return [Segment.parse(seg)];
  });
  const codes = CODES.map((id) => Code.parse({ id, name: `Kode ${id}`, parentId: null }));
  // every coder listed: one with no segments at all is compared too
  const coders = CODERS.map((name) => ({ id: name, name }));
  return { ...withData(nfaProject(), { sources, segments }), codes, coders };
}

/** The units a segment codes, written out apart from the implementation's. */
function unitKeys(s: Segment, by: AgreementBy): string[] {
  if (by === 'kind') return s.kind ? [s.kind] : [];
  if (by === 'pt') return s.kind ? s.pt : [];
  if (by === 'code') return s.codes.map((c) => `Kode ${c}`);
  return s.kind ? s.pt.map((p) => `${s.kind} ${p}`) : [];
}

interface Expected {
  rows: Map<string, { both: number; aOnly: number; bOnly: number; neither: number; n: number }>;
  agree: number;
  disagree: number;
}

function oracle(p: Project, a: string, b: string, by: AgreementBy, only: Set<string> | null, min: number): Expected {
  const rows: Expected['rows'] = new Map();
  let agree = 0,
    disagree = 0;
  for (const src of p.sources as Source[]) {
    if (only && !only.has(src.id)) continue;
    const n = src.text.length;
    const mine = p.segments.filter((s) => s.sourceId === src.id && (s.coder === a || s.coder === b));
    const units = new Set(mine.flatMap((s) => unitKeys(s, by)));
    for (const u of units) {
      const of = (c: string) => mine.filter((s) => s.coder === c && unitKeys(s, by).includes(u));
      const [sa, sb] = [of(a), of(b)];
      const flags = (segs: Segment[]) => {
        const f = new Array<boolean>(n).fill(false);
        for (const s of segs) for (let i = s.start; i < s.end; i++) f[i] = true;
        return f;
      };
      const [fa, fb] = [flags(sa), flags(sb)];
      const c = { both: 0, aOnly: 0, bOnly: 0, neither: 0, n };
      for (let i = 0; i < n; i++) {
        if (fa[i] && fb[i]) c.both++;
        else if (fa[i]) c.aOnly++;
        else if (fb[i]) c.bOnly++;
        else c.neither++;
      }
      rows.set(`${src.id}|${u}`, c);
      const matches = (x: Segment, y: Segment) => {
        const inter = Math.min(x.end, y.end) - Math.max(x.start, y.start);
        return inter > 0 && inter / (Math.max(x.end, y.end) - Math.min(x.start, y.start)) >= min;
      };
      for (const [side, other] of [
        [sa, sb],
        [sb, sa],
      ] as const) {
        for (const s of side) {
          if (other.some((o) => matches(s, o))) agree++;
          else disagree++;
        }
      }
    }
  }
  return { rows, agree, disagree };
}

/** κ, percent and α as issue 20 words them. */
function measures({
  both,
  aOnly,
  bOnly,
  neither,
  n,
}: {
  both: number;
  aOnly: number;
  bOnly: number;
  neither: number;
  n: number;
}) {
  const percent = (both + neither) / n;
  const pe = ((both + aOnly) / n) * ((both + bOnly) / n) + ((bOnly + neither) / n) * ((aOnly + neither) / n);
  const kappa = pe === 1 ? 1 : (percent - pe) / (1 - pe);
  const n0 = 2 * neither + aOnly + bOnly;
  const n1 = 2 * both + aOnly + bOnly;
  const alpha = n0 * n1 === 0 ? 1 : 1 - ((2 * n - 1) * (aOnly + bOnly)) / (n0 * n1);
  return { kappa, percent, alpha };
}

interface GotRow {
  sourceId: string;
  unit: string;
  kappa: number;
  percent: number;
  alpha: number;
  both: number;
  aOnly: number;
  bOnly: number;
  neither: number;
}
interface Got {
  overall: { kappa: number | null; percent: number | null; alpha: number | null };
  rows: GotRow[];
  segments: { agree: number; disagree: number; percent: number | null };
}

function compare(got: Got, want: Expected): void {
  const close = (x: number | null, y: number | null) =>
    expect(x === null || y === null ? x === y : Math.abs(x - y) <= 1e-9, `${x} vs ${y}`).toBe(true);
  const keys = got.rows.map((r) => `${r.sourceId}|${r.unit}`);
  expect(new Set(keys).size).toBe(keys.length);
  expect([...keys].sort()).toEqual([...want.rows.keys()].sort());
  let w = 0;
  const sum = { kappa: 0, percent: 0, alpha: 0 };
  for (const r of got.rows) {
    const c = want.rows.get(`${r.sourceId}|${r.unit}`)!;
    expect({ both: r.both, aOnly: r.aOnly, bOnly: r.bOnly, neither: r.neither }).toEqual({
      both: c.both,
      aOnly: c.aOnly,
      bOnly: c.bOnly,
      neither: c.neither,
    });
    const m = measures(c);
    close(r.kappa, m.kappa);
    close(r.percent, m.percent);
    close(r.alpha, m.alpha);
    w += c.n;
    for (const k of ['kappa', 'percent', 'alpha'] as const) sum[k] += m[k] * c.n;
  }
  for (const k of ['kappa', 'percent', 'alpha'] as const) close(got.overall[k], w ? sum[k] / w : null);
  const total = want.agree + want.disagree;
  expect(got.segments).toEqual({
    agree: want.agree,
    disagree: want.disagree,
    percent: total ? expect.closeTo(want.agree / total, 12) : null,
  });
}

const caseArb = fc.record({
  specs: fc.array(specArb, { maxLength: 40 }),
  pair: fc.constantFrom([0, 1], [1, 0], [0, 2], [2, 1]),
  by: fc.constantFrom(...AGREEMENT_BY),
  only: fc.option(fc.uniqueArray(fc.nat(TEXTS.length - 1), { minLength: 1, maxLength: 2 }), { nil: null }),
  overlap: fc.constantFrom(0.9, 0.5, 1, 0.05),
});

describe('agreement equals an independent character count (fast-check)', () => {
  it('computeAgreement: every unit kind, source filter and overlap', () => {
    fc.assert(
      fc.property(caseArb, ({ specs, pair, by, only, overlap }) => {
        const p = build(specs);
        const [a, b] = [CODERS[pair[0]!]!, CODERS[pair[1]!]!];
        const ids = only?.map((i) => `s${i}`);
        const got = computeAgreement(p, a, b, { by, sourceIds: ids, overlap });
        compare(got as unknown as Got, oracle(p, a, b, by, ids ? new Set(ids) : null, overlap));
      }),
      { numRuns: 400, seed: 2020 },
    );
  });

  const dir = makeTmp('agree-prop-');
  afterAll(() => rmTmp(dir));
  it('cmo agreement --json on a project file', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(caseArb, async ({ specs, pair, by, only, overlap }) => {
        const p = build(specs);
        const file = path.join(dir, `p${run++}.cmo.json`);
        await createProjectFile(file, p);
        const [a, b] = [CODERS[pair[0]!]!, CODERS[pair[1]!]!];
        const sourceArgs = (only ?? []).flatMap((i) => ['--source', `Kilde ${i}`]);
        // coders in another case than stored: names are found case-insensitively
        const args = ['--coders', `${a.toLowerCase()},${b}`, '--by', by, '--overlap', String(overlap), ...sourceArgs];
        const r = await runCli('agreement', file, ...args, '--json');
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        const ids = only?.map((i) => `s${i}`);
        compare(JSON.parse(r.stdout) as Got, oracle(p, a, b, by, ids ? new Set(ids) : null, overlap));
      }),
      { numRuns: 25, seed: 2021 },
    );
  }, 120_000);
});
