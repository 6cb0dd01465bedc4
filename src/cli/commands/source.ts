import { parse, flag, out, json, withService, type Command } from '../util';
import { resolveSource } from '../../service/commands/segments';

/**
 * `cmo source <project> <name|id> [--json]`: one source as stored — its normalised text, speaker
 * turns (offsets into the text, start time in seconds when known), case, participants with the
 * speaker labels mapped to them, notes (comments, footnotes) and provenance.
 */
export const source: Command = async (args) => {
  const { positionals: [file, ref], values } = parse(args, { json: flag }, 2);
  return withService(file!, async (svc) => {
    const project = svc.project();
    const { source: s } = await svc.call('source.get', { id: resolveSource(project, ref!).id });
    const kase = project.cases.find((c) => c.id === s.caseId) ?? null;
    const participants = project.participants.filter((p) => s.participantIds.includes(p.id)).map((p) => ({
      id: p.id, label: p.label, roleId: p.roleId, role: project.roles.find((r) => r.id === p.roleId)?.label ?? null, caseId: p.caseId,
      speakers: Object.entries(s.speakerMap).filter(([, id]) => id === p.id).map(([l]) => l),
    }));
    const view = {
      id: s.id, name: s.name, text: s.text,
      turns: s.turns.map((t) => ({ speaker: t.speaker, start: t.start, end: t.end, time: t.time })),
      case: kase && { id: kase.id, label: kase.label, number: kase.number },
      participants, speakerMap: s.speakerMap, notes: s.notes, provenance: s.provenance, contentHash: s.contentHash,
    };
    if (values.json) { json(view); return 0; }
    const speakers = [...new Set(s.turns.map((t) => t.speaker).filter(Boolean))];
    out([
      `${s.name} (${s.id}) — ${s.provenance.fileName}, ${s.provenance.format}${s.provenance.encoding ? `, ${s.provenance.encoding}` : ''}`,
      `Case: ${kase?.label ?? 'ingen'}`,
      `Talere: ${speakers.map((l) => `${l} → ${project.participants.find((p) => p.id === s.speakerMap[l])?.label ?? '(ingen deltager)'}`).join('; ') || 'ingen'}`,
      `Tekst: ${s.text.length} tegn, ${s.turns.length} ture`,
      ...s.provenance.warnings.map((w) => `Advarsel: ${w}`),
      ...s.notes.map((n) => `Note: ${n}`),
      '',
      s.text,
    ].join('\n'));
    return 0;
  });
};
