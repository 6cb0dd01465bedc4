/**
 * A project → a REFI-QDA 1.5 project (.qdpx): `project.qde` valid against Project.xsd and
 * `sources/<guid>.txt` (UTF-8, our stored text). Offsets are code points (spec §10.2). One
 * PlainTextSelection per segment with one Coding per code; kinds and PT points as codes under
 * "Programteori", verdicts under "Vurdering", memos and CMO configurations as Notes with NoteRefs,
 * cases/attributes as Cases/Variables (typed), source attributes, roles and participants as source
 * variables. See README.md.
 */
import JSZip from 'jszip';
import { XMLBuilder } from 'fast-xml-parser';
import type { AttributeDef, Kind, Project, Verdict } from '../cmo/model';
import { isGuid, stableGuid } from '../cmo/guid';
import { treeOrder } from '../cmo/codebook';
import { toCodePoints } from './offsets';
import { listAdd } from './listAdd';
import { xmlSafe } from './xmlSafe';
import { exportType, valueElement, type RefiType } from './qdpxVariables';
import {
  DATA_NOTE_NAME,
  KIND_NAMES,
  OUR_ORIGIN,
  PT_FRAME_GUID,
  VERDICT_FRAME_GUID,
  VERDICT_NAMES,
  ptCodeGuid,
  verdictCodeGuid,
  type OurData,
} from './ours';

type El = Record<string, unknown>;
const NS = 'urn:QDA-XML:project:1.0';
export const guidFor = (kind: string, id: string) =>
  isGuid(id) ? id.replace(/[{}]/g, '').toLowerCase() : stableGuid(`${kind}:${id}`);
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const when = (d: string | undefined) => (d && ISO.test(d) ? d : undefined);
const at = (o: Record<string, string | number | boolean | undefined>): El =>
  Object.fromEntries(
    Object.entries(o)
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([k, v]) => [`@_${k}`, String(v)]),
  );
const KINDS: Kind[] = ['C', 'M', 'O'];
const VERDICTS: Verdict[] = ['supports', 'refutes', 'refines'];

export interface ExportSummary {
  sources: number;
  selections: number;
  codings: number;
  notes: number;
  cases: number;
}

export async function projectToQdpx(
  p: Project,
  version = '0.1.0',
): Promise<{ buffer: Buffer; summary: ExportSummary }> {
  const userGuid = (name: string) => stableGuid(`user:${name}`);
  // every name a creatingUser points at is a User: coders, and who made a segment, a configuration or a memo
  const userNames = new Set(
    [p.coders, p.segments, p.configurations, p.memos ?? []]
      .flatMap((xs) => xs.map((x) => ('name' in x ? x.name : x.coder)))
      .filter((n): n is string => !!n),
  );
  const coderGuid = new Map(p.coders.map((c) => [c.name, guidFor('user', c.id)]));
  const uGuid = (name: string) => (name ? (coderGuid.get(name) ?? userGuid(name)) : undefined);
  const users = [...userNames].map((n) => at({ guid: uGuid(n), name: n }));
  const memoNote = (id: string) => stableGuid(`memo-note:${id}`);
  const memoTarget = (m: { on: string; target: string | null }) =>
    !m.target
      ? null
      : m.on === 'source'
        ? guidFor('source', m.target)
        : m.on === 'code'
          ? guidFor('code', m.target)
          : m.on === 'pt'
            ? ptCodeGuid(m.target, null)
            : null;
  const memoRefs = new Map<string, string[]>();
  for (const m of p.memos ?? []) {
    const k = memoTarget(m);
    if (k) listAdd(memoRefs, k, memoNote(m.id));
  }
  const refsTo = (k: string) => (memoRefs.get(k) ?? []).map((g) => at({ targetGUID: g }));

  // codebook: ours, then the Programteori and Vurdering frames
  const codeGuid = new Map(p.codes.map((c) => [c.id, guidFor('code', c.id)]));
  const ordered = treeOrder(p.codes);
  const codeEl = (id: string | null): El[] =>
    ordered
      .filter((c) => (c.parentId && codeGuid.has(c.parentId) ? c.parentId : null) === id)
      .map((c) => {
        const kids = codeEl(c.id);
        return {
          ...at({ guid: codeGuid.get(c.id), name: c.name, isCodable: c.codable, color: c.color ?? undefined }),
          ...(c.description ? { Description: c.description } : {}),
          NoteRef: refsTo(codeGuid.get(c.id)!),
          ...(kids.length ? { Code: kids } : {}),
        };
      });
  const ptCodes: OurData['ptCodes'] = {},
    verdictCodes: OurData['verdictCodes'] = {};
  const ptFrame = {
    ...at({ guid: PT_FRAME_GUID, name: 'Programteori', isCodable: false }),
    Description: p.programmeTheory.name,
    Code: p.programmeTheory.points.map((pt) => ({
      ...at({ guid: ptCodeGuid(pt.id, null), name: pt.id, isCodable: false }),
      Description: [
        pt.title,
        pt.context && `Kontekst: ${pt.context}`,
        pt.mechanism && `Mekanisme: ${pt.mechanism}`,
        pt.outcome && `Outcome: ${pt.outcome}`,
      ]
        .filter(Boolean)
        .join('\n'),
      NoteRef: refsTo(ptCodeGuid(pt.id, null)),
      Code: KINDS.map((k) => {
        ptCodes[ptCodeGuid(pt.id, k)] = [pt.id, k];
        return at({ guid: ptCodeGuid(pt.id, k), name: KIND_NAMES[k], isCodable: true });
      }),
    })),
  };
  const verdictFrame = {
    ...at({ guid: VERDICT_FRAME_GUID, name: 'Vurdering', isCodable: false }),
    Description: 'Hvad passagen siger om programteorien',
    Code: VERDICTS.map((v) => {
      verdictCodes[verdictCodeGuid(v)] = v;
      return at({ guid: verdictCodeGuid(v), name: VERDICT_NAMES[v], isCodable: true });
    }),
  };
  const codes = [...codeEl(null), ...(p.programmeTheory.points.length ? [ptFrame] : []), verdictFrame];

  // variables: case attributes, source attributes, then the source variables Rolle and Deltagere
  const varGuid = new Map(p.attributeDefs.map((a) => [a.id, guidFor('variable', `attr:${a.id}`)]));
  const sourceDefs = p.sourceAttributeDefs ?? [];
  const srcVarGuid = new Map(sourceDefs.map((a) => [a.id, guidFor('variable', `source-attr:${a.id}`)]));
  const typeOf = new Map<string, RefiType>([
    ...p.attributeDefs.map((a) => [
      varGuid.get(a.id)!,
      exportType(
        a,
        p.cases.flatMap((c) => c.attributes[a.id] ?? []),
      ),
    ]),
    ...sourceDefs.map((a) => [
      srcVarGuid.get(a.id)!,
      exportType(
        a,
        p.sources.flatMap((s) => s.attributes?.[a.id] ?? []),
      ),
    ]),
  ] as [string, RefiType][]);
  const roleVar = stableGuid('variable:source:rolle'),
    partVar = stableGuid('variable:source:deltagere');
  const variable = (guid: string, a: AttributeDef) => ({
    ...at({ guid, name: a.label, typeOfVariable: typeOf.get(guid) }),
    ...(a.type === 'category' && a.refiType !== 'Boolean' ? { Description: `Kategori: ${a.values.join(' | ')}` } : {}),
  });
  const variables = [
    ...p.attributeDefs.map((a) => variable(varGuid.get(a.id)!, a)),
    ...sourceDefs.map((a) => variable(srcVarGuid.get(a.id)!, a)),
    {
      ...at({ guid: roleVar, name: 'Rolle', typeOfVariable: 'Text' }),
      Description: 'Rollerne for deltagerne i kilden (CMO Workbench)',
    },
    {
      ...at({ guid: partVar, name: 'Deltagere', typeOfVariable: 'Text' }),
      Description: 'Deltagerne i kilden (CMO Workbench)',
    },
  ];
  const value = (guid: string, v: string): El => ({
    VariableRef: at({ targetGUID: guid }),
    ...valueElement(typeOf.get(guid) ?? 'Text', v),
  });
  const caseGuid = new Map(p.cases.map((c) => [c.id, guidFor('case', c.id)]));
  const sourceGuid = new Map(p.sources.map((s) => [s.id, guidFor('source', s.id)]));
  const cases = p.cases.map((c) => ({
    ...at({ guid: caseGuid.get(c.id), name: c.label }),
    VariableValue: p.attributeDefs
      .filter((a) => c.attributes[a.id] !== undefined)
      .map((a) => value(varGuid.get(a.id)!, c.attributes[a.id]!)),
    SourceRef: p.sources.filter((s) => s.caseId === c.id).map((s) => at({ targetGUID: sourceGuid.get(s.id) })),
  }));

  // notes: memos, configurations, project notes, our data
  const notes: El[] = [];
  const note = (guid: string, name: string, body: string, extra: El = {}) =>
    notes.push({ ...at({ guid, name, ...extra }), PlainTextContent: body });
  const memoNotes: string[] = [];
  const segNotes = new Map<string, string[]>();
  for (const s of p.segments)
    if (s.memo) {
      const g = stableGuid(`memo:${s.id}`);
      memoNotes.push(g);
      segNotes.set(s.id, [g]);
      note(g, 'Memo', s.memo, { creationDateTime: when(s.createdAt), creatingUser: uGuid(s.coder) });
    }
  const cfgs: OurData['configurations'] = [];
  for (const c of p.configurations) {
    const g = stableGuid(`cmoc:${c.id}`);
    const { id, pt, verdict, coder, createdAt, updatedAt } = c;
    cfgs.push({ id, noteGuid: g, pt, verdict, ...(coder ? { coder } : {}), createdAt, updatedAt });
    note(g, `CMO-konfiguration ${c.pt} (${VERDICT_NAMES[c.verdict]})`, c.statement, {
      creationDateTime: when(c.createdAt),
      creatingUser: uGuid(c.coder ?? ''),
    });
    for (const id of [...c.contextIds, ...c.mechanismIds, ...c.outcomeIds]) listAdd(segNotes, id, g);
  }
  const projectNoteGuids = (p.projectNotes ?? []).map((n) => {
    const g = guidFor('note', n.id);
    note(g, n.title, n.text, { creationDateTime: when(n.createdAt) });
    return g;
  });
  // memos on the project, a source, a case, a PT point or a code: Notes referenced from what they are on
  const memoData: OurData['memos'] = {};
  for (const m of p.memos ?? []) {
    const g = memoNote(m.id);
    memoData[g] = {
      id: m.id,
      on: m.on,
      target: m.target,
      coder: m.coder,
      createdAt: m.createdAt,
      updatedAt: m.updatedAt,
    };
    note(g, 'Memo', m.text, { creationDateTime: when(m.createdAt), creatingUser: uGuid(m.coder) });
    if (!memoTarget(m)) projectNoteGuids.push(g); // the project's, and a case's (a Case has no NoteRef in REFI-QDA)
  }

  // sources with one selection per segment
  const zip = new JSZip();
  const segSel: OurData['segments'] = {};
  const bySource = new Map<string, typeof p.segments>();
  for (const s of p.segments) listAdd(bySource, s.sourceId, s);
  const participants = new Map(p.participants.map((x) => [x.id, x]));
  const roles = new Map(p.roles.map((r) => [r.id, r.label]));
  let codings = 0;
  const sources = p.sources.map((src) => {
    const g = sourceGuid.get(src.id)!;
    zip.file(`sources/${g}.txt`, src.text);
    const cp = toCodePoints(src.text);
    const parts = src.participantIds.map((id) => participants.get(id)).filter((x) => !!x);
    const roleLabels = [
      ...new Set(parts.map((x) => (x!.roleId ? roles.get(x!.roleId) : undefined)).filter((x): x is string => !!x)),
    ];
    const sel = (bySource.get(src.id) ?? []).map((s) => {
      const sg = guidFor('segment', s.id);
      segSel[sg] = { id: s.id, updatedAt: s.updatedAt, needsReview: s.needsReview, previousText: s.previousText };
      const refs = [
        ...s.pt.map((pt) => ptCodeGuid(pt, s.kind)),
        ...s.codes.map((c) => codeGuid.get(c)!).filter(Boolean),
        ...(s.verdict !== 'unclear' ? [verdictCodeGuid(s.verdict)] : []),
      ];
      codings += refs.length;
      const user = uGuid(s.coder),
        date = when(s.createdAt);
      return {
        ...at({
          guid: sg,
          name: src.text.slice(s.start, s.end).replace(/\s+/g, ' ').trim().slice(0, 60),
          startPosition: cp(s.start),
          endPosition: cp(s.end),
          creatingUser: user,
          creationDateTime: date,
          modifiedDateTime: when(s.updatedAt),
        }),
        Coding: refs.map((r) => ({
          ...at({ guid: stableGuid(`coding:${s.id}:${r}`), creatingUser: user, creationDateTime: date }),
          CodeRef: at({ targetGUID: r }),
        })),
        NoteRef: (segNotes.get(s.id) ?? []).map((n) => at({ targetGUID: n })),
      };
    });
    return {
      ...at({
        guid: g,
        name: src.name,
        plainTextPath: `internal://${g}.txt`,
        creationDateTime: when(src.provenance.importedAt),
      }),
      ...(src.notes.length ? { Description: src.notes.join('\n\n') } : {}),
      PlainTextSelection: sel,
      NoteRef: refsTo(g),
      VariableValue: [
        ...sourceDefs
          .filter((a) => src.attributes?.[a.id] !== undefined)
          .map((a) => value(srcVarGuid.get(a.id)!, src.attributes![a.id]!)),
        ...(roleLabels.length ? [value(roleVar, roleLabels.join(', '))] : []),
        ...(parts.length ? [value(partVar, parts.map((x) => x!.label).join(', '))] : []),
      ],
    };
  });

  const data: OurData = {
    version: 1,
    programmeTheory: p.programmeTheory,
    roles: p.roles,
    attributeDefs: p.attributeDefs,
    variables: Object.fromEntries([...varGuid].map(([id, g]) => [g, id])),
    sourceAttributeDefs: sourceDefs,
    sourceVariables: Object.fromEntries([...srcVarGuid].map(([id, g]) => [g, id])),
    participants: p.participants.map((x) => ({
      id: x.id,
      label: x.label,
      roleId: x.roleId,
      caseGuid: x.caseId ? (caseGuid.get(x.caseId) ?? null) : null,
    })),
    cases: Object.fromEntries(p.cases.map((c) => [caseGuid.get(c.id)!, { id: c.id, number: c.number }])),
    sources: Object.fromEntries(
      p.sources.map((s) => [
        sourceGuid.get(s.id)!,
        {
          id: s.id,
          participantIds: s.participantIds,
          speakerMap: s.speakerMap,
          notes: s.notes,
          format: s.provenance.format,
          fileName: s.provenance.fileName,
          ...(s.speakersConfirmed !== undefined ? { speakersConfirmed: s.speakersConfirmed } : {}),
        },
      ]),
    ),
    codes: Object.fromEntries([...codeGuid].map(([id, g]) => [g, id])),
    ptCodes,
    verdictCodes,
    segments: segSel,
    coders: p.coders.map((c) => ({ guid: uGuid(c.name)!, coder: c })),
    ...(p.interviewers ? { interviewers: p.interviewers } : {}),
    memoNotes,
    configurations: cfgs,
    projectNotes: projectNoteGuids,
    memos: memoData,
  };
  note(stableGuid(`data:${p.id}`), DATA_NOTE_NAME, JSON.stringify(data));

  const groups = p.codeGroups ?? [];
  const project = {
    ...at({
      name: p.name,
      origin: `${OUR_ORIGIN} ${version}`,
      creationDateTime: when(p.createdAt),
      modifiedDateTime: when(p.updatedAt),
    }),
    '@_xmlns': NS,
    ...(users.length ? { Users: { User: users } } : {}),
    CodeBook: { Codes: { Code: codes } },
    Variables: { Variable: variables },
    ...(cases.length ? { Cases: { Case: cases } } : {}),
    ...(sources.length ? { Sources: { TextSource: sources } } : {}),
    Notes: { Note: notes },
    ...(groups.length
      ? {
          Sets: {
            Set: groups.map((s) => ({
              ...at({ guid: guidFor('set', s.id), name: s.name }),
              ...(s.description ? { Description: s.description } : {}),
              MemberCode: s.codeIds.filter((c) => codeGuid.has(c)).map((c) => at({ targetGUID: codeGuid.get(c) })),
              MemberSource: s.sourceIds
                .filter((x) => sourceGuid.has(x))
                .map((x) => at({ targetGUID: sourceGuid.get(x) })),
            })),
          },
        }
      : {}),
    NoteRef: projectNoteGuids.map((g) => at({ targetGUID: g })),
  };
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: false,
    suppressEmptyNode: true,
    suppressBooleanAttributes: false,
    processEntities: true,
    // XML 1.0 has no place for control characters or lone surrogates (a pasted memo, a name): left out,
    // so the .qde stays well-formed for every reader (xmllint and NVivo refuse the whole file otherwise)
    attributeValueProcessor: (_n: string, v: unknown) => xmlSafe(v),
    tagValueProcessor: (_n: string, v: unknown) => xmlSafe(v),
  });
  // one line, as NVivo for Mac writes it: no indentation for a reader to parse back as whitespace text
  const xml = '<?xml version="1.0" encoding="utf-8"?>\n' + builder.build({ Project: project });
  zip.file('project.qde', xml);
  const buffer = await zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
  });
  return {
    buffer,
    summary: {
      sources: sources.length,
      selections: p.segments.length,
      codings,
      notes: notes.length,
      cases: cases.length,
    },
  };
}
