/**
 * A read .qdpx (RefiProject) → a new project and the import report. Offsets are remapped through
 * our normalisation (offsets.ts) so each segment holds exactly the text the other tool showed.
 * Several selections of one range by one coder become one segment with several codes (NVivo writes
 * one selection per range and code); our own export is read one selection per segment.
 */
import crypto from 'node:crypto';
import type { Case, Code, CodeGroup, Kind, Memo, Project, Segment, Source, Verdict } from '../cmo/model';
import { parseTurns } from '../cmo/turns';
import { codePointIndex, normalizeWithMap } from './offsets';
import { listAdd } from './listAdd';
import { addLost, LOST, type RefiProject, type RSelection } from './qdpxRead';
import { DATA_NOTE_NAME, ourData, PT_FRAME_GUID, VERDICT_FRAME_GUID } from './ours';
import { mapVariables } from './qdpxVariables';
import type { ImportReport, QdpxProgress } from '../api/contract';
import { say, wordsFor } from '../cmo/logMessages';

export type { ImportReport, QdpxProgress };

const newId = (prefix: string) => `${prefix}-${crypto.randomUUID().slice(0, 13)}`;
const cleanName = (n: string, fallback: string) => (n.trim() || fallback).replace(/\//g, '∕');
const isNvivo = (origin: string) => /nvivo/i.test(origin);
/** A memo holds at most this much (model.ts); a longer note comes over whole as several memos in a row. */
export const MEMO_MAX = 100_000;
export function memoParts(text: string): string[] {
  const parts: string[] = [];
  for (let i = 0; i < text.length;) {
    let end = Math.min(text.length, i + MEMO_MAX);
    const c = text.charCodeAt(end - 1);
    if (end < text.length && c >= 0xd800 && c <= 0xdbff) end--; // never split a surrogate pair
    parts.push(text.slice(i, end));
    i = end;
  }
  return parts.length ? parts : [text];
}

/** How far an import is: the archive being read, then its text sources one by one (with the codings so far). */

export function refiToProject(
  r: RefiProject,
  base: Project,
  now: string,
  onProgress?: (p: QdpxProgress) => void,
): { project: Project; report: ImportReport } {
  const ours = ourData(r);
  const utf16 = isNvivo(r.origin);
  // what each source's import noticed: where it came from, how its positions were read
  const fromQdpx = say('warnFromQdpx', { origin: r.origin, offsets: utf16 ? 'utf16' : 'codepoints' });
  const users = new Map(r.users.map((u) => [u.guid, u.name]));
  const notes = new Map(r.notes.map((n) => [n.guid, n]));
  const used = new Set<string>(); // note guids that landed somewhere
  const noteText = (g: string) => {
    const n = notes.get(g);
    if (!n || n.name === DATA_NOTE_NAME) return null;
    used.add(g);
    return (n.raw ?? n.description).trim();
  };
  if (ours) {
    const d = r.notes.find((n) => n.name === DATA_NOTE_NAME);
    if (d) used.add(d.guid);
  }
  // memos: ours come back as they were; another tool's notes on a code, a source or the project become memos there
  const memos: Memo[] = [];
  const memo = (on: Memo['on'], target: string | null, g: string) => {
    const n = notes.get(g);
    if (!n || used.has(g) || n.name === DATA_NOTE_NAME) return;
    const body = (n.raw ?? n.description).trim();
    used.add(g);
    if (!body) return;
    const title =
      n.name.trim() && !/^(memo|note|notat)$/i.test(n.name.trim()) && on === 'project' ? `${n.name.trim()}\n\n` : '';
    for (const text of memoParts(title + body))
      memos.push({
        id: newId('memo'),
        on,
        target,
        text,
        coder: users.get(n.user) ?? '',
        createdAt: n.date || now,
        updatedAt: n.date || now,
      });
  };
  for (const [g, m] of Object.entries(ours?.memos ?? {})) {
    const n = notes.get(g);
    if (!n) continue;
    used.add(g);
    memos.push({
      id: m.id,
      on: m.on,
      target: m.target,
      text: (n.raw ?? '').trim(),
      coder: m.coder,
      createdAt: m.createdAt,
      updatedAt: m.updatedAt,
    });
  }

  // codebook (our frames come back as kinds, PT points and verdicts, not as codes)
  const frames = new Set<string>();
  if (ours)
    for (const c of r.codes)
      if (c.guid === PT_FRAME_GUID || c.guid === VERDICT_FRAME_GUID || (c.parentGuid && frames.has(c.parentGuid)))
        frames.add(c.guid);
  const codeId = new Map<string, string>();
  const codes: Code[] = [];
  for (const c of r.codes) {
    if (frames.has(c.guid)) continue;
    const id = ours?.codes[c.guid] ?? (c.guid || newId('code'));
    codeId.set(c.guid, id);
    for (const g of c.noteRefs) memo('code', id, g);
    codes.push({
      id,
      name: cleanName(c.name, '(uden navn)'),
      description: c.description,
      color: c.color,
      parentId: c.parentGuid ? (codeId.get(c.parentGuid) ?? null) : null,
      codable: c.codable,
    });
  }

  // variables → typed attributes of cases and of sources
  const vars = mapVariables(r, ours);

  // cases
  const cases: Case[] = [];
  const caseOfSource = new Map<string, string>();
  const caseIdOf = new Map<string, string>();
  r.cases.forEach((c, i) => {
    const id = ours?.cases[c.guid]?.id ?? (c.guid || newId('case'));
    caseIdOf.set(c.guid, id);
    const label = c.name.trim() || `Case ${i + 1}`;
    const n = ours?.cases[c.guid]?.number ?? (/(\d+)/.exec(label) ? Number(/(\d+)/.exec(label)![1]) : null);
    const attributes = vars.caseAttributes(c.values);
    cases.push({ id, label, number: n !== null && Number.isSafeInteger(n) ? n : null, attributes });
    for (const s of c.sourceGuids) if (!caseOfSource.has(s)) caseOfSource.set(s, id);
    addLost(r, 'lostCaseCodes', c.codeRefs);
    addLost(r, 'lostCaseSelections', c.selectionRefs);
    if (c.description.trim()) addLost(r, 'lostCaseDescription', 1);
  });

  // notes reached through links (NVivo's annotations: a Note linked to a selection)
  const linked = new Map<string, string[]>();
  for (const l of r.links) {
    const [sel, note] = notes.has(l.target)
      ? [l.origin, l.target]
      : notes.has(l.origin)
        ? [l.target, l.origin]
        : [null, null];
    if (sel && note) listAdd(linked, sel, note);
    else addLost(r, LOST.Link, 1);
  }

  // sources and segments
  const sources: Source[] = [];
  const segments: Segment[] = [];
  const sourceIdOf = new Map<string, string>();
  const names = new Set<string>();
  let codings = 0;
  const cfgSegments = new Map<string, string[]>();
  const cfgNotes = new Set((ours?.configurations ?? []).map((c) => c.noteGuid));
  const segOfSel = new Map<string, Segment>();
  for (const [i, t] of r.sources.entries()) {
    onProgress?.({ stage: 'sources', done: i, total: r.sources.length, codings });
    if (t.raw === null) {
      addLost(r, 'lostMissingText', 1, undefined, `"${t.name || t.guid}"${t.path ? ` (${t.path})` : ''}`);
      addLost(r, 'lostSelectionNoText', t.selections.length);
      continue;
    }
    const od = ours?.sources[t.guid];
    const id = od?.id ?? newId('src');
    sourceIdOf.set(t.guid, id);
    const { text, map } = normalizeWithMap(t.raw);
    const toRaw = utf16 ? (n: number) => n : codePointIndex(t.raw);
    let name = cleanName(
      t.name,
      t.path
        .split('/')
        .pop()
        ?.replace(/\.[^.]*$/, '') || t.guid,
    );
    for (let i = 2; names.has(name.toLowerCase()); i++) name = `${cleanName(t.name, t.guid)} (${i})`;
    names.add(name.toLowerCase());
    for (const g of t.noteRefs) memo('source', id, g);
    const srcNotes = od?.notes ?? [t.description.trim()].filter((x) => !!x);
    const srcAttributes = vars.sourceAttributes(t.values);
    addLost(r, 'lostSourceCoding', t.sourceCodings);
    sources.push({
      id,
      name,
      text,
      turns: parseTurns(text),
      caseId: caseOfSource.get(t.guid) ?? null,
      participantIds: od?.participantIds ?? [],
      speakerMap: od?.speakerMap ?? {},
      provenance: {
        fileName: od?.fileName ?? (t.path || name),
        format: od?.format ?? 'qdpx',
        importedAt: now,
        bytes: Buffer.byteLength(t.raw, 'utf8'),
        encoding: t.encoding,
        warnings: [wordsFor(fromQdpx, 'da')],
        warningsSaid: [fromQdpx],
      },
      contentHash: crypto.createHash('sha256').update(text).digest('hex'),
      ...(od?.speakersConfirmed !== undefined ? { speakersConfirmed: od.speakersConfirmed } : {}),
      notes: srcNotes,
      ...(Object.keys(srcAttributes).length ? { attributes: srcAttributes } : {}),
    });
    const rawLen = utf16 ? t.raw.length : [...t.raw].length;
    const groups = new Map<
      string,
      { sel: RSelection; s: number; e: number; user: string; codes: string[]; memo: Set<string>; date: string }
    >();
    for (const sel of t.selections) {
      if (!(
        Number.isInteger(sel.start) &&
        Number.isInteger(sel.end) &&
        sel.start >= 0 &&
        sel.start < sel.end &&
        sel.end <= rawLen
      )) {
        addLost(r, 'lostOutside', 1, undefined, `"${name}"`);
        continue;
      }
      const s = map[toRaw(sel.start)]!,
        e = map[toRaw(sel.end)]!;
      if (!text.slice(s, e).trim()) {
        addLost(r, 'lostBlank', 1);
        continue;
      }
      const memo = [
        sel.description.trim(),
        ...[...sel.noteRefs, ...(linked.get(sel.guid) ?? [])].filter((g) => !cfgNotes.has(g)).map(noteText),
      ].filter((x): x is string => !!x);
      for (const g of sel.noteRefs) if (cfgNotes.has(g)) listAdd(cfgSegments, g, sel.guid);
      const byUser = new Map<string, typeof sel.codings>();
      for (const c of sel.codings) {
        const u = c.user || sel.user;
        listAdd(byUser, u, c);
      }
      if (!byUser.size) {
        addLost(r, 'lostUncoded', 1);
        continue;
      }
      for (const [user, cs] of byUser) {
        const key = ours ? sel.guid : `${s}|${e}|${user}`;
        const g = groups.get(key) ?? {
          sel,
          s,
          e,
          user,
          codes: [],
          memo: new Set(),
          date: sel.date || cs[0]?.date || '',
        };
        groups.set(key, g);
        for (const c of cs) {
          codings++;
          if (frames.has(c.codeGuid)) g.codes.push(c.codeGuid);
          else if (codeId.has(c.codeGuid)) g.codes.push(codeId.get(c.codeGuid)!);
          else {
            codings--;
            addLost(r, 'lostUnknownCode', 1);
          }
          for (const n of c.noteRefs) {
            const t = noteText(n);
            if (t) g.memo.add(t);
          }
        }
        for (const m of memo) g.memo.add(m);
      }
    }
    for (const g of groups.values()) {
      let kind: Kind | null = null,
        verdict: Verdict = 'unclear';
      const pt: string[] = [],
        codeIds = new Set<string>();
      for (const c of g.codes) {
        const p = ours?.ptCodes[c],
          v = ours?.verdictCodes[c];
        if (p) {
          kind = p[1];
          if (!pt.includes(p[0])) pt.push(p[0]);
        } else if (v) verdict = v;
        else if (!frames.has(c)) codeIds.add(c);
      }
      if (!kind && !codeIds.size) continue;
      const od2 = ours?.segments[g.sel.guid];
      segments.push({
        id: od2?.id ?? newId('seg'),
        sourceId: id,
        start: g.s,
        end: g.e,
        text: text.slice(g.s, g.e),
        kind,
        pt: kind ? pt : [],
        codes: [...codeIds],
        verdict,
        memo: [...g.memo].join('\n\n'),
        coder: users.get(g.user) ?? '',
        createdAt: g.date || now,
        updatedAt: od2?.updatedAt ?? (g.date || now),
        needsReview: od2?.needsReview ?? false,
        previousText: od2?.previousText ?? null,
      });
      if (ours) segOfSel.set(g.sel.guid, segments.at(-1)!);
    }
  }

  // configurations (ours), code groups, project notes
  const configurations = (ours?.configurations ?? []).map((c) => {
    const segs = (cfgSegments.get(c.noteGuid) ?? []).map((g) => segOfSel.get(g)).filter((x): x is Segment => !!x);
    const kindOf = (k: Kind) => segs.filter((x) => x.kind === k).map((x) => x.id);
    used.add(c.noteGuid);
    return {
      id: c.id,
      pt: c.pt,
      contextIds: kindOf('C'),
      mechanismIds: kindOf('M'),
      outcomeIds: kindOf('O'),
      statement: (notes.get(c.noteGuid)?.raw ?? '').trim(),
      verdict: c.verdict,
      ...(c.coder ? { coder: c.coder } : {}),
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
    };
  });
  const codeGroups: CodeGroup[] = r.sets.map((s) => {
    const codeIds = s.codeGuids.map((g) => codeId.get(g)).filter((x): x is string => !!x);
    const sourceIds = s.sourceGuids.map((g) => sourceIdOf.get(g)).filter((x): x is string => !!x);
    const left = s.codeGuids.length - codeIds.length + s.sourceGuids.length - sourceIds.length + s.noteMembers;
    addLost(r, 'lostSetMember', left);
    return {
      id: s.guid || newId('grp'),
      name: s.name.trim() || '(uden navn)',
      description: s.description,
      codeIds,
      sourceIds,
    };
  });
  for (const g of r.projectNoteRefs) memo('project', null, g);
  for (const n of r.notes) memo('project', null, n.guid);
  if (r.description.trim())
    memos.unshift(
      ...memoParts(r.description.trim()).map((text) => ({
        id: newId('memo'),
        on: 'project' as const,
        target: null,
        text,
        coder: '',
        createdAt: now,
        updatedAt: now,
      })),
    );

  const participants = ours
    ? ours.participants.map((p) => ({
        id: p.id,
        label: p.label,
        roleId: p.roleId,
        caseId: p.caseGuid ? (caseIdOf.get(p.caseGuid) ?? null) : null,
      }))
    : [];
  const project: Project = {
    ...base,
    // ours: the coders as they were (ids, initials, colours); another tool's: its Users
    coders:
      ours?.coders?.map((c) => c.coder) ??
      r.users.map((u) => ({ id: u.guid, name: u.name || u.guid })).filter((c) => c.id),
    ...(ours?.interviewers ? { interviewers: ours.interviewers } : {}),
    programmeTheory: ours?.programmeTheory ?? base.programmeTheory,
    roles: ours?.roles ?? base.roles,
    attributeDefs: vars.caseDefs,
    ...(vars.sourceDefs.length ? { sourceAttributeDefs: vars.sourceDefs } : {}),
    cases,
    participants,
    sources,
    segments,
    configurations,
    codes,
    memos,
    ...(codeGroups.length ? { codeGroups } : {}),
  };
  const memoCount = used.size - (ours ? 1 + configurations.length : 0) + (r.description.trim() ? 1 : 0);
  onProgress?.({ stage: 'sources', done: r.sources.length, total: r.sources.length, codings });
  const report: ImportReport = {
    origin: r.origin,
    offsets: utf16 ? 'utf16' : 'codepoints',
    sources: sources.length,
    codes: codes.length,
    segments: segments.length,
    codings,
    cases: cases.length,
    variables: vars.count,
    users: r.users.length,
    memos: memoCount,
    lost: [...r.lost.values()],
  };
  return { project, report };
}
