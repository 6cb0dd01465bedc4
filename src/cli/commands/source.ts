import { parse, flag, many, str, out, json, withService, type Command } from '../util';
import { UsageError, KindArg, VerdictArg, list } from '../args';
import { resolveSource } from '../../cmo/lookup';
import type { Project, Source } from '../../cmo/model';
import { say } from '../../cmo/logMessages';
import { cliLang, words } from '../lang';
import { warningsIn, warningsOut } from '../../cmo/notice';

/** `--map "IP=Leder"`, `--map "IP=Leder@3"`, `--map "Sam=p-12"` (a participant id), `--map "I=-"` (nobody). */
function speakerAssign(spec: string, participantIds: Set<string>) {
  const m = /^(.+?)=(.*)$/.exec(spec);
  if (!m) throw new UsageError(say('cliBadMap', { spec }));
  const [, label, to] = m as unknown as [string, string, string];
  if (to.trim() === '-' || !to.trim()) return [label.trim(), null] as const;
  if (participantIds.has(to.trim())) return [label.trim(), { participantId: to.trim() }] as const;
  const [role, kase] = to.split('@');
  return [
    label.trim(),
    { role: role!.trim(), ...(kase !== undefined ? { caseId: kase.trim() || null } : {}) },
  ] as const;
}

/** A source's attribute values by the attribute's label (REFI-QDA source variables). */
function attributesOf(project: Project, s: Source): Record<string, string> {
  const defs = project.sourceAttributeDefs ?? [];
  return Object.fromEntries(
    Object.entries(s.attributes ?? {}).map(([id, v]) => [defs.find((d) => d.id === id)?.label ?? id, v]),
  );
}

/** `--attr "Interviewform=Telefon"` (repeatable) sets a source attribute; `--attr "Varighed="` clears one. */
function attributeValues(specs: string[]): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const spec of specs) {
    const m = /^([^=]+)=(.*)$/.exec(spec);
    if (!m || !m[1]!.trim()) throw new UsageError(say('cliBadAttr', { value: spec }));
    out[m[1]!.trim()] = m[2]!.trim() || null;
  }
  return out;
}

/**
 * `cmo source <project> <name|id> [--json]`: one source as stored — its normalised text, speaker
 * turns (offsets into the text, start time in seconds when known), case, participants with the
 * speaker labels mapped to them, notes (comments, footnotes) and provenance;
 * `--attr Label=value` sets a source attribute first, `--map` maps speakers.
 */
export const source: Command = async (args) => {
  const {
    positionals: [file, ref],
    values,
  } = parse(args, { json: flag, map: many, autocode: str, kind: str, pt: many, verdict: str, attr: many }, 2);
  return withService(file!, async (svc) => {
    const id = resolveSource(svc.project(), ref!).id;
    if (values.map?.length) {
      const pids = new Set(svc.project().participants.map((p) => p.id));
      await svc.call('source.setSpeakers', {
        id,
        speakers: Object.fromEntries(values.map.map((m) => speakerAssign(m, pids))),
      });
    }
    if (values.attr?.length) await svc.call('source.update', { id, attributes: attributeValues(values.attr) });
    if (values.autocode) {
      if (!values.kind || !values.pt?.length) throw new UsageError(say('cliAutocodeNeedsKind'));
      const r = await svc.call('source.autocode', {
        source: id,
        speaker: values.autocode,
        kind: KindArg.parse(values.kind),
        pt: list(values.pt),
        verdict: values.verdict ? VerdictArg.parse(values.verdict) : undefined,
      });
      if (!values.json)
        out(words('cliTurnsAutocoded', { count: r.created.length, speaker: values.autocode, skipped: r.skipped }));
    }
    const project = svc.project();
    const { source: s } = await svc.call('source.get', { id });
    const kase = project.cases.find((c) => c.id === s.caseId) ?? null;
    const participants = project.participants
      .filter((p) => s.participantIds.includes(p.id))
      .map((p) => ({
        id: p.id,
        label: p.label,
        roleId: p.roleId,
        role: project.roles.find((r) => r.id === p.roleId)?.label ?? null,
        caseId: p.caseId,
        speakers: Object.entries(s.speakerMap)
          .filter(([, id]) => id === p.id)
          .map(([l]) => l),
      }));
    const view = {
      id: s.id,
      name: s.name,
      text: s.text,
      turns: s.turns.map((t) => ({ speaker: t.speaker, start: t.start, end: t.end, time: t.time })),
      case: kase && { id: kase.id, label: kase.label, number: kase.number },
      participants,
      speakerMap: s.speakerMap,
      notes: s.notes,
      attributes: attributesOf(project, s),
      // what the import noticed: code, data and words (an older file's warning has no code: as stored)
      provenance: (({ warningsSaid: _, ...rest }) => ({ ...rest, warnings: warningsOut(s.provenance, cliLang()) }))(
        s.provenance,
      ),
      contentHash: s.contentHash,
    };
    if (values.json) {
      json(view);
      return 0;
    }
    const speakers = [...new Set(s.turns.map((t) => t.speaker).filter(Boolean))];
    const said = (l: string) =>
      project.participants.find((p) => p.id === s.speakerMap[l])?.label ?? `(${words('cliNoParticipant')})`;
    const { fileName, format, encoding } = s.provenance;
    out(
      [
        words('cliSourceHead', { name: s.name, id: s.id, file: fileName, format, encoding: encoding ?? undefined }),
        words('cliSourceCase', { case: kase?.label }),
        words('cliSourceSpeakers', { speakers: speakers.map((l) => `${l} → ${said(l)}`).join('; ') }),
        words('cliSourceText', { chars: s.text.length, turns: s.turns.length }),
        ...warningsIn(s.provenance, cliLang()).map((warning) => words('cliSourceWarning', { warning })),
        ...s.notes.map((note) => words('cliSourceNote', { note })),
        ...Object.entries(attributesOf(project, s)).map(([k, v]) => `${k}: ${v}`),
        '',
        s.text,
      ].join('\n'),
    );
    return 0;
  });
};
