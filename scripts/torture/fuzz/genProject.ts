/**
 * Damaged project files, made from a small valid project: cut short, a value of the wrong type or
 * a field gone anywhere in the tree, a segment whose end is before its start or beyond its text,
 * references to sources, cases, PT points and codes that do not exist, ids used twice (what a git
 * merge of two versions produces), and plain byte damage. Up to three at once.
 */
import fc from 'fast-check';
import type { Project } from '../../../src/cmo/model';
import { damage, type FuzzFile } from './genText';

type Json = unknown;
// a project tree being damaged on purpose: any shape goes
type Obj = Record<string, any>;
type Edit = (p: Obj) => string;

/** Every path in a JSON tree (arrays by index), to pick one to damage. */
function paths(
  v: Json,
  at: (string | number)[] = [],
  out: (string | number)[][] = [],
  limit = 4000,
): (string | number)[][] {
  if (out.length >= limit) return out;
  if (at.length) out.push(at);
  if (Array.isArray(v)) v.slice(0, 30).forEach((x, i) => paths(x, [...at, i], out, limit));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out, limit);
  return out;
}

function parentOf(root: Json, path: (string | number)[]): [Record<string | number, Json>, string | number] | null {
  let cur = root as Record<string | number, Json>;
  for (const k of path.slice(0, -1)) {
    cur = cur?.[k] as Record<string | number, Json>;
    if (!cur || typeof cur !== 'object') return null;
  }
  return [cur, path[path.length - 1]!];
}

const WRONG: Json[] = [
  null,
  0,
  -1,
  1.5,
  1e308,
  '',
  'x',
  '#999',
  true,
  [],
  {},
  [1, 2],
  { a: 1 },
  'æøå\u0000',
  '9'.repeat(400),
];

const pick = <T>(a: T[], n: number): T | undefined => (a.length ? a[n % a.length] : undefined);
const isObj = (x: unknown): x is Obj => !!x && typeof x === 'object' && !Array.isArray(x);
/**
 * The objects of `p[key]` — none when an earlier edit of the same case removed the list or put a
 * value of the wrong type there (an edit must damage the project, never throw in the generator).
 */
const objects = (p: Obj, key: string): Obj[] => (Array.isArray(p[key]) ? (p[key] as unknown[]).filter(isObj) : []);

function edits(base: Project): fc.Arbitrary<Edit> {
  const all = paths(base);
  const seg = (p: Obj, n: number) => pick(objects(p, 'segments'), n);
  return fc.oneof(
    fc.tuple(fc.nat(), fc.nat(WRONG.length - 1)).map(([n, w]) => (p: Obj) => {
      const path = pick(all, n);
      const at = path && parentOf(p, path);
      if (at) at[0][at[1]] = structuredClone(WRONG[w]);
      return `${path?.join('.')} = ${JSON.stringify(WRONG[w]).slice(0, 20)}`;
    }),
    fc.nat().map((n) => (p: Obj) => {
      const path = pick(all, n);
      const at = path && parentOf(p, path);
      if (at) {
        if (Array.isArray(at[0])) at[0].splice(Number(at[1]), 1);
        else delete at[0][at[1]];
      }
      return `${path?.join('.')} removed`;
    }),
    fc.nat().map((n) => (p: Obj) => {
      const s = seg(p, n);
      if (s) [s.start, s.end] = [s.end, s.start];
      return s ? 'segment end before start' : 'segment end before start (no segment left)';
    }),
    fc.tuple(fc.nat(), fc.integer({ min: 1, max: 1e9 })).map(([n, d]) => (p: Obj) => {
      const s = seg(p, n);
      const src = s && objects(p, 'sources').find((x) => x.id === s.sourceId);
      if (s) s.end = (typeof src?.text === 'string' ? src.text.length : 0) + d;
      return s ? 'segment beyond its text' : 'segment beyond its text (no segment left)';
    }),
    fc.tuple(fc.nat(), fc.constantFrom('sourceId', 'pt', 'codes')).map(([n, f]) => (p: Obj) => {
      const s = seg(p, n);
      if (s) s[f] = f === 'sourceId' ? 'src-no-such' : f === 'pt' ? ['#99z'] : ['code-no-such'];
      return `segment with an unknown ${f}${s ? '' : ' (no segment left)'}`;
    }),
    fc.nat().map((n) => (p: Obj) => {
      const s = pick(objects(p, 'sources'), n);
      if (s) s.caseId = 'case-99';
      return s ? 'source of an unknown case' : 'source of an unknown case (no source left)';
    }),
    fc
      .tuple(
        fc.constantFrom('sources', 'segments', 'cases', 'roles', 'codes', 'configurations'),
        fc.nat(),
        fc.boolean(),
      )
      .map(([coll, n, rename]) => (p: Obj) => {
        const x = pick(objects(p, coll), n);
        if (x)
          (p[coll] as Obj[]).push(
            rename && 'name' in x ? { ...structuredClone(x), name: `${String(x.name)} kopi` } : structuredClone(x),
          );
        return `two ${coll} with one id${x ? '' : ` (no ${coll} left)`}`;
      }),
  );
}

/** A damaged copy of `base` as a project file's bytes. */
export function damagedProject(base: Project): fc.Arbitrary<FuzzFile> {
  const text = JSON.stringify(base, null, 1);
  const bytes = new TextEncoder().encode(text);
  const file = (b: Uint8Array, label: string): FuzzFile => ({ name: 'damaged.cmo.json', bytes: b, label });
  return fc.oneof(
    {
      arbitrary: fc.array(edits(base), { minLength: 1, maxLength: 3 }).map((es) => {
        const p = structuredClone(base) as unknown as Obj;
        const said = es.map((e) => e(p));
        return file(new TextEncoder().encode(JSON.stringify(p)), said.join('; '));
      }),
      weight: 6,
    },
    {
      arbitrary: fc
        .integer({ min: 0, max: bytes.length - 1 })
        .map((i) => file(bytes.slice(0, i), `cut at byte ${i} of ${bytes.length}`)),
      weight: 2,
    },
    { arbitrary: damage(bytes).map((b) => file(b, `byte damage (${b.length} bytes)`)), weight: 2 },
    {
      arbitrary: fc
        .constantFrom(
          '',
          '\ufeff',
          'null',
          '[]',
          '{}',
          '"x"',
          '{"schemaVersion": 999}',
          '{"schemaVersion": 1}',
          '['.repeat(100_000),
        )
        .map((s) => file(new TextEncoder().encode(s), `the whole file is ${JSON.stringify(s.slice(0, 20))}`)),
      weight: 1,
    },
  );
}
