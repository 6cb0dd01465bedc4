/**
 * Merging coder copies (cmo/coderCopy.ts) back into the project: their codings, configurations
 * and memos, new codes, PT points, cases, attributes, roles, participants and coders. Sources are
 * matched by id, then by content hash; a copy whose transcript differs from the project's has its
 * codings mapped onto the project's text through the character diff (as a correction would), the
 * ones whose text changed flagged for review. What is already there (by id, or the same coder's
 * same coding of the same passage) is skipped, so merging one copy twice adds nothing. Shared
 * things that differ (a code, a case's label or attribute, a PT point, a coding or configuration
 * changed on both sides, an attribute renamed, a source attribute set otherwise, a corrected transcript) are
 * listed as conflicts and left as the project has them. Pure.
 */
import type { AttributeDef, Case, CmoConfiguration, Code, Participant, Project, Segment, Source } from './model';
import { editsBetween, mapOffset, type Edit } from './remap';
import { treeOrder } from './codebook';
import { withCoder } from './coders';

export interface MergeConflict {
  /** what kind of thing differs */
  kind: 'code' | 'pt' | 'case' | 'attribute' | 'segment' | 'configuration' | 'memo' | 'transcript';
  /** its id in the project */
  id: string;
  /** the thing in words (`Case 3: sektor`, a code's path, a source's name) */
  what: string;
  /** as the project has it (kept) and as the copy has it */
  here: string;
  there: string;
  /** the copy's name */
  copy: string;
}
export interface MergeAdded {
  segments: number;
  configurations: number;
  memos: number;
  codes: number;
  cases: number;
  sources: number;
  ptPoints: number;
  attributes: number;
  participants: number;
  coders: number;
}
export interface MergeReport {
  added: MergeAdded;
  skipped: number;
  conflicts: MergeConflict[];
  flagged: string[];
}

export const emptyReport = (): MergeReport => ({
  added: {
    segments: 0,
    configurations: 0,
    memos: 0,
    codes: 0,
    cases: 0,
    sources: 0,
    ptPoints: 0,
    attributes: 0,
    participants: 0,
    coders: 0,
  },
  skipped: 0,
  conflicts: [],
  flagged: [],
});

type MemoLike = { id: string; on: string; target: string | null; coder?: string; text: string };
const memosOf = (p: Project) => (p as { memos?: MemoLike[] }).memos;
const sorted = (xs: readonly string[]) => (xs.length < 2 ? xs.join(',') : [...xs].sort().join(','));
const twinKey = (s: Pick<Segment, 'sourceId' | 'start' | 'end' | 'coder' | 'kind' | 'pt' | 'codes'>) =>
  `${s.sourceId}|${s.start}|${s.end}|${s.coder}|${s.kind ?? ''}|${sorted(s.pt)}|${sorted(s.codes)}`;
const sameCoding = (a: Segment, b: Segment) =>
  twinKey(a) === twinKey(b) && a.verdict === b.verdict && a.memo === b.memo;
const cfgKey = (c: CmoConfiguration) =>
  `${c.pt}|${sorted([...c.contextIds, ...c.mechanismIds, ...c.outcomeIds])}|${c.statement}|${c.verdict}`;
const describeSeg = (s: Segment) => {
  const memo = s.memo ? ` "${s.memo.slice(0, 40)}"` : '';
  return `${[s.kind, ...s.pt].filter(Boolean).join(' ')} [${s.start}–${s.end}] ${s.verdict}${memo}`;
};

/** A passage of `text` around [start, end) with a few words either side, on one line. */
function around(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 30),
    to = Math.min(text.length, end + 30);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ')}${to < text.length ? '…' : ''}`;
}

/**
 * The first place two texts differ, as the project has it and as the copy has it: the first of the edits from the
 * copy's text to the project's with those close after it (a character diff splits one corrected word into several).
 */
function firstDifference(edits: readonly Edit[], mine: string, theirs: string): [string, string] {
  let last = 0,
    grow = 0;
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i]!;
    if (i > 0 && e.start - edits[last]!.end > 20) break;
    last = i;
    grow += e.text.length - (e.end - e.start);
  }
  const { start } = edits[0]!,
    end = edits[last]!.end;
  return [around(mine, start, end + grow), around(theirs, start, end)];
}

/** The project's attribute definitions with the copy's new ones; a label or type changed in the copy listed. */
function mergeDefs(
  mine: readonly AttributeDef[],
  theirs: readonly AttributeDef[],
  conflict: (c: Omit<MergeConflict, 'copy'>) => void,
): AttributeDef[] {
  const out = [...mine];
  for (const d of theirs) {
    const here = out.find((x) => x.id === d.id);
    if (!here) out.push(d);
    else if (here.label !== d.label || here.type !== d.type) {
      const [h, t] = [`${here.label} (${here.type})`, `${d.label} (${d.type})`];
      conflict({ kind: 'attribute', id: here.id, what: here.label, here: h, there: t });
    }
  }
  return out;
}

/** One copy merged into the project; `report` is added to (several copies share one). */
export function mergeCopy(
  project: Project,
  copy: Project,
  copyName: string,
  report: MergeReport = emptyReport(),
): { project: Project; report: MergeReport } {
  const conflict = (c: Omit<MergeConflict, 'copy'>) => report.conflicts.push({ ...c, copy: copyName });
  const p: Project = {
    ...project,
    sources: [...project.sources],
    segments: [...project.segments],
    configurations: [...project.configurations],
    codes: [...project.codes],
    cases: [...project.cases],
    participants: [...project.participants],
    roles: [...project.roles],
    attributeDefs: [...project.attributeDefs],
    quoteRenditions: [...project.quoteRenditions],
    programmeTheory: { ...project.programmeTheory, points: [...project.programmeTheory.points] },
  };

  // PT points, roles, attribute definitions: new ones come in; a PT point titled differently is a conflict
  for (const pt of copy.programmeTheory.points) {
    const here = p.programmeTheory.points.find((x) => x.id === pt.id);
    if (!here) {
      const parent = pt.parent && p.programmeTheory.points.some((x) => x.id === pt.parent) ? pt.parent : null;
      p.programmeTheory.points.push({ ...pt, parent });
      report.added.ptPoints++;
    } else if (here.title !== pt.title) {
      conflict({ kind: 'pt', id: pt.id, what: pt.id, here: here.title, there: pt.title });
    }
  }
  const roleIds = new Set(p.roles.map((r) => r.id));
  for (const r of copy.roles) if (!roleIds.has(r.id)) p.roles.push(r);
  // attribute definitions (case and source): new ones come in; one renamed or retyped in the copy is a conflict
  p.attributeDefs = mergeDefs(p.attributeDefs, copy.attributeDefs, conflict);
  if (copy.sourceAttributeDefs?.length)
    p.sourceAttributeDefs = mergeDefs(p.sourceAttributeDefs ?? [], copy.sourceAttributeDefs, conflict);

  // cases: by id, else by label; new ones added, differing labels and attribute values listed
  const caseMap = new Map<string, string>();
  for (const c of copy.cases) {
    const i = p.cases.findIndex((x) => x.id === c.id);
    const here = i >= 0 ? p.cases[i]! : p.cases.find((x) => x.label === c.label);
    if (!here) {
      p.cases.push(c);
      caseMap.set(c.id, c.id);
      report.added.cases++;
      continue;
    }
    caseMap.set(c.id, here.id);
    if (here.label !== c.label)
      conflict({ kind: 'case', id: here.id, what: here.label, here: here.label, there: c.label });
    let attributes: Case['attributes'] | null = null;
    for (const [k, v] of Object.entries(c.attributes)) {
      const mine = here.attributes[k];
      if (mine === undefined) {
        (attributes ??= { ...here.attributes })[k] = v;
        report.added.attributes++;
      } else if (mine !== v) {
        const what = `${here.label}: ${p.attributeDefs.find((d) => d.id === k)?.label ?? k}`;
        conflict({ kind: 'attribute', id: here.id, what, here: mine, there: v });
      }
    }
    if (attributes) p.cases[p.cases.indexOf(here)] = { ...here, attributes };
  }
  const mapCase = (id: string | null) =>
    id ? (caseMap.get(id) ?? (p.cases.some((c) => c.id === id) ? id : null)) : null;

  // participants the project does not have (a speaker mapped in the copy, a new source's)
  const partIds = new Set(p.participants.map((x) => x.id));
  const newParticipant = (x: Participant) => {
    if (partIds.has(x.id)) return;
    partIds.add(x.id);
    const roleId = x.roleId && p.roles.some((r) => r.id === x.roleId) ? x.roleId : null;
    p.participants.push({ ...x, caseId: mapCase(x.caseId), roleId });
    report.added.participants++;
  };

  // sources: by id, else by content hash; a differing text gives the edits to map the copy's codings with
  const srcMap = new Map<string, { id: string; edits: Edit[] | null; text: string }>();
  for (const s of copy.sources) {
    const here = p.sources.find((x) => x.id === s.id) ?? p.sources.find((x) => x.contentHash === s.contentHash);
    if (!here) {
      for (const id of s.participantIds) {
        const x = copy.participants.find((y) => y.id === id);
        if (x) newParticipant(x);
      }
      const added: Source = { ...s, caseId: mapCase(s.caseId) };
      p.sources.push(added);
      srcMap.set(s.id, { id: s.id, edits: null, text: s.text });
      report.added.sources++;
      continue;
    }
    const same = here.contentHash === s.contentHash && here.text === s.text;
    const edits = same ? null : editsBetween(s.text, here.text);
    srcMap.set(s.id, { id: here.id, edits, text: here.text });
    // the project's text is kept; the copy's codings are mapped onto it (the first passage that differs shown)
    if (edits?.length) {
      const [mine, theirs] = firstDifference(edits, here.text, s.text);
      conflict({ kind: 'transcript', id: here.id, what: here.name, here: mine, there: theirs });
    }
    // the source's attribute values: new ones come in, one set otherwise in the copy is a conflict
    let values: Record<string, string> | null = null;
    for (const [k, v] of Object.entries(s.attributes ?? {})) {
      const mine = here.attributes?.[k];
      if (mine === undefined) {
        (values ??= { ...here.attributes })[k] = v;
        report.added.attributes++;
      } else if (mine !== v) {
        const what = `${here.name}: ${p.sourceAttributeDefs?.find((d) => d.id === k)?.label ?? k}`;
        conflict({ kind: 'attribute', id: here.id, what, here: mine, there: v });
      }
    }
    if (values) p.sources[p.sources.indexOf(here)] = { ...here, attributes: values };
  }

  // codes: by id, else by name under the same parent; new ones added in tree order
  const codeMap = new Map<string, string>();
  for (const c of treeOrder(copy.codes)) {
    const parentId = c.parentId ? (codeMap.get(c.parentId) ?? null) : null;
    const byId = p.codes.find((x) => x.id === c.id);
    if (byId) {
      codeMap.set(c.id, byId.id);
      if (byId.name !== c.name || byId.parentId !== parentId)
        conflict({ kind: 'code', id: byId.id, what: byId.name, here: byId.name, there: c.name });
      continue;
    }
    const byName = p.codes.find((x) => x.name === c.name && x.parentId === parentId);
    if (byName) {
      codeMap.set(c.id, byName.id);
      continue;
    }
    const added: Code = { ...c, parentId };
    p.codes.push(added);
    codeMap.set(c.id, c.id);
    report.added.codes++;
  }

  for (const c of copy.coders) {
    const next = withCoder(p, c.name, c);
    if (next !== p) {
      p.coders = next.coders;
      report.added.coders++;
    }
  }

  // codings
  // a twin is the same coder's: only the copy's coders' codings are keyed (not every coding of the project)
  const segById = new Map(p.segments.map((s) => [s.id, s]));
  const copyCoders = new Set(copy.segments.map((s) => s.coder));
  const twins = new Map<string, string>();
  for (const s of p.segments) if (copyCoders.has(s.coder)) twins.set(twinKey(s), s.id);
  const renditions = new Map<string, (typeof copy.quoteRenditions)[number]>();
  for (const r of copy.quoteRenditions) if (!renditions.has(r.segmentId)) renditions.set(r.segmentId, r);
  const segMap = new Map<string, string>();
  for (const s of copy.segments) {
    const src = srcMap.get(s.sourceId);
    if (!src) continue;
    let seg: Segment = { ...s, sourceId: src.id, codes: s.codes.map((c) => codeMap.get(c) ?? c) };
    if (src.edits) {
      const start = mapOffset(src.edits, s.start, 'start');
      const end = Math.max(start, mapOffset(src.edits, s.end, 'end'));
      const text = src.text.slice(start, end);
      const changed = text !== s.text;
      const previousText = changed ? (s.previousText ?? s.text) : s.previousText;
      seg = { ...seg, start, end, text, needsReview: s.needsReview || changed, previousText };
    }
    const here = segById.get(s.id);
    if (here) {
      segMap.set(s.id, here.id);
      if (sameCoding(here, seg)) report.skipped++;
      else {
        const what = `${here.coder}: ${here.text.slice(0, 40)}`;
        conflict({ kind: 'segment', id: here.id, what, here: describeSeg(here), there: describeSeg(seg) });
      }
      continue;
    }
    const key = twinKey(seg);
    const twin = twins.get(key);
    if (twin) {
      segMap.set(s.id, twin);
      report.skipped++;
      continue;
    }
    p.segments.push(seg);
    segById.set(seg.id, seg);
    twins.set(key, seg.id);
    segMap.set(s.id, seg.id);
    report.added.segments++;
    if (seg.needsReview && src.edits) report.flagged.push(seg.id);
    const r = renditions.get(s.id);
    if (r) p.quoteRenditions.push(r);
  }

  // configurations, their codings mapped; one that is there already (by id or the same content) is skipped
  const cfgById = new Map(p.configurations.map((c) => [c.id, c]));
  const cfgKeys = new Set(p.configurations.map(cfgKey));
  const ids = (xs: readonly string[]) =>
    xs.map((id) => segMap.get(id)).filter((id): id is string => !!id && segById.has(id));
  for (const c of copy.configurations) {
    const cfg: CmoConfiguration = {
      ...c,
      contextIds: ids(c.contextIds),
      mechanismIds: ids(c.mechanismIds),
      outcomeIds: ids(c.outcomeIds),
    };
    const here = cfgById.get(c.id);
    if (here) {
      if (cfgKey(here) === cfgKey(cfg)) report.skipped++;
      else conflict({ kind: 'configuration', id: here.id, what: here.pt, here: here.statement, there: cfg.statement });
      continue;
    }
    if (cfgKeys.has(cfgKey(cfg))) {
      report.skipped++;
      continue;
    }
    if (!p.programmeTheory.points.some((x) => x.id === cfg.pt)) continue;
    p.configurations.push(cfg);
    cfgKeys.add(cfgKey(cfg));
    report.added.configurations++;
  }

  // memos (when the project keeps them): their target mapped
  const theirMemos = memosOf(copy);
  if (theirMemos?.length) {
    const mine = [...(memosOf(project) ?? [])];
    const byId = new Map(mine.map((m) => [m.id, m]));
    const mapTarget = (m: MemoLike) =>
      (m.on === 'source'
        ? srcMap.get(m.target ?? '')?.id
        : m.on === 'case'
          ? mapCase(m.target)
          : m.on === 'code'
            ? codeMap.get(m.target ?? '')
            : m.target) ?? m.target;
    for (const m of theirMemos) {
      const here = byId.get(m.id);
      if (here) {
        if (here.text === m.text) report.skipped++;
        else {
          const what = `${here.on} ${here.target ?? ''}`.trim();
          conflict({ kind: 'memo', id: here.id, what, here: here.text.slice(0, 80), there: m.text.slice(0, 80) });
        }
        continue;
      }
      mine.push({ ...m, target: mapTarget(m) });
      report.added.memos++;
    }
    (p as { memos?: MemoLike[] }).memos = mine;
  }
  return { project: p, report };
}
