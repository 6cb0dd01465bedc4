/**
 * Imported codes → the programteori: NVivo/MAXQDA users code PT points and C/M/O as nodes. A
 * mapping gives every segment coded with a code a kind, PT points and/or a verdict; several
 * mappings apply together per segment (a passage coded "PT 4a" and "Mekanisme" becomes M on #4a).
 * Proposals come from the names along each code's path; they are never applied on import.
 */
import type { Kind, Project, Segment, Verdict } from '../cmo/model';
import { codePaths } from '../cmo/codebook';
import { findPt } from '../cmo/lookup';
import { memosAfterCodeChange } from '../cmo/memos';
import type { Proposal } from '../api/contract';
import { notice, type Notice } from '../cmo/notice';

export interface CodeMapping {
  code: string;
  kind?: Kind;
  pt?: string[];
  verdict?: Verdict;
}
export interface MapOutcome {
  project: Project;
  /** segments that got a kind/PT/verdict */
  changed: number;
  /** segments left as they were: a kind without a PT point or a PT point without a kind */
  incomplete: number;
  /** codes taken off the codebook (no segment carries them any more) */
  removed: string[];
}

/** Applies mappings (code ids, PT ids resolved) in one step; the codes are removed unless `keep`. */
export function applyCodeMappings(
  project: Project,
  mappings: readonly CodeMapping[],
  keep: boolean,
  now: string,
): MapOutcome {
  const byCode = new Map(mappings.map((m) => [m.code, m]));
  let changed = 0,
    incomplete = 0;
  const segments = project.segments.map((s): Segment => {
    const ms = s.codes.map((c) => byCode.get(c)).filter((m): m is CodeMapping => !!m);
    if (!ms.length) return s;
    let kind = s.kind;
    const pt = [...s.pt];
    let verdict = s.verdict;
    for (const m of ms) {
      if (m.kind) kind = m.kind;
      for (const p of m.pt ?? []) if (!pt.includes(p)) pt.push(p);
      if (m.verdict) verdict = m.verdict;
    }
    if ((kind === null) !== (pt.length === 0)) {
      // a kind needs a PT point and the other way round: only the verdict can land
      if (verdict === s.verdict) {
        incomplete++;
        return s;
      }
      incomplete++;
      changed++;
      return { ...s, verdict, updatedAt: now };
    }
    const mapped = new Set(ms.map((m) => m.code));
    const codes = keep ? s.codes : s.codes.filter((c) => !mapped.has(c));
    if (!kind && !codes.length) {
      incomplete++;
      return s;
    }
    changed++;
    return { ...s, kind, pt: kind ? pt : [], verdict, codes, updatedAt: now };
  });
  let codes = project.codes;
  const removed: string[] = [];
  if (!keep) {
    const carried = new Set(segments.flatMap((s) => s.codes));
    const parents = new Set(project.codes.map((c) => c.parentId).filter(Boolean));
    for (const m of mappings) if (!carried.has(m.code) && !parents.has(m.code)) removed.push(m.code);
    codes = codes.filter((c) => !removed.includes(c.id));
  }
  const codeGroups = project.codeGroups?.map((g) => ({ ...g, codeIds: g.codeIds.filter((c) => !removed.includes(c)) }));
  // a memo on a code that goes keeps its text (on the parent code, or the project)
  const parentOf = new Map(project.codes.map((c) => [c.id, c.parentId]));
  const memos = memosAfterCodeChange(project, new Map(removed.map((id) => [id, parentOf.get(id) ?? null])));
  return {
    project: { ...project, segments, codes, memos, ...(codeGroups ? { codeGroups } : {}) },
    changed,
    incomplete,
    removed,
  };
}

const KIND_WORDS: [RegExp, Kind][] = [
  [/^(c|kontekst|context|kontekster|contexts)$/i, 'C'],
  [/^(m|mekanisme|mekanismer|mechanism|mechanisms)$/i, 'M'],
  [/^(o|outcome|outcomes|udfald|resultat|resultater)$/i, 'O'],
];
const VERDICT_WORDS: [RegExp, Verdict][] = [
  [/^(bekræfter|bekræftet|supports?|supported|confirms?|confirmed)$/i, 'supports'],
  [/^(afkræfter|afkræftet|refutes?|refuted|disconfirms?|disconfirmed)$/i, 'refutes'],
  [/^(nuancerer|nuanceret|refines?|refined)$/i, 'refines'],
];
/**
 * `#4a`, `PT 4a`, `PT4a`, `Punkt 4a`; a bare `4a.`/`4 Title` only under a programteori frame or when its words match
 * the point's title
 */
const PT_PATTERNS = [/^#\s*(\d{1,2}[a-z]?)\b/i, /^(?:pt|punkt|point)\s*#?\s*(\d{1,2}[a-z]?)\b/i];
const BARE_PT = /^(\d{1,2}[a-z]?)(?:[.):]|\s|$)\s*(.*)$/i;
const PT_FRAME = /programteori|programme theory|program theory|^pt$|^pt-punkter$|^pt points$/i;
const words = (s: string) => new Set(s.toLowerCase().match(/\p{L}{4,}/gu) ?? []);

function readName(name: string, p: Project, underFrame = false): { kind?: Kind; pt?: string; verdict?: Verdict } {
  const n = name.trim().replace(/\s+/g, ' ');
  const out: { kind?: Kind; pt?: string; verdict?: Verdict } = {};
  for (const [re, k] of KIND_WORDS) if (re.test(n) || re.test(n.split(/[\s/(:–-]+/)[0] ?? '')) out.kind = k;
  for (const [re, v] of VERDICT_WORDS) if (re.test(n)) out.verdict = v;
  for (const re of PT_PATTERNS) {
    const m = re.exec(n);
    const pt = m ? findPt(p, m[1]!) : undefined;
    if (pt) {
      out.pt = pt.id;
      break;
    }
  }
  const bare = out.pt ? null : BARE_PT.exec(n);
  const cand = bare ? findPt(p, bare[1]!) : undefined;
  if (cand) {
    const title = words(cand.title);
    if (underFrame || [...words(bare![2]!)].some((w) => title.has(w))) out.pt = cand.id;
  }
  return out;
}

/** A proposal for every code in use whose name or path names a kind, a PT point or a verdict. */
export function proposeMappings(p: Project): Proposal[] {
  const paths = codePaths(p.codes);
  const byId = new Map(p.codes.map((c) => [c.id, c]));
  const counts = new Map<string, number>();
  for (const s of p.segments) for (const c of s.codes) counts.set(c, (counts.get(c) ?? 0) + 1);
  const out: Proposal[] = [];
  for (const c of p.codes) {
    const chain = [];
    for (let x: typeof c | undefined = c, i = 0; x && i < 50; x = x.parentId ? byId.get(x.parentId) : undefined, i++)
      chain.push(x);
    const found: { kind?: Kind; pt?: string; verdict?: Verdict } = {};
    const why: Notice[] = [];
    for (const [i, x] of chain.entries()) {
      const r = readName(
        x.name,
        p,
        chain.slice(i + 1).some((a) => PT_FRAME.test(a.name.trim())),
      );
      if (r.kind && !found.kind) {
        found.kind = r.kind;
        why.push(notice('mapByKind', { name: x.name, kind: r.kind }));
      }
      if (r.pt && !found.pt) {
        found.pt = r.pt;
        why.push(notice('mapByPt', { name: x.name, pt: r.pt }));
      }
      if (r.verdict && !found.verdict) {
        found.verdict = r.verdict;
        why.push(notice('mapByVerdict', { name: x.name, verdict: r.verdict }));
      }
    }
    if ((!found.kind && !found.pt && !found.verdict) || !counts.get(c.id)) continue;
    out.push({
      code: c.id,
      path: paths.get(c.id)!,
      segments: counts.get(c.id) ?? 0,
      ...(found.kind ? { kind: found.kind } : {}),
      ...(found.pt ? { pt: [found.pt] } : {}),
      ...(found.verdict ? { verdict: found.verdict } : {}),
      because: why,
    });
  }
  return out;
}
