import { parse, flag, out, json, withService, type Command } from '../util';

/**
 * `cmo review <project> [--json]`: the codings a transcript correction or a turn repair flagged,
 * and the codings that are no interviewee's evidence (in the interviewer's speech, or with no participant).
 */
export const review: Command = async (args) => {
  const { positionals: [file], values } = parse(args, { json: flag }, 1);
  return withService(file!, async (svc) => {
    const items = await svc.call('review.flagged', {});
    const loose = await svc.call('review.unattributed', {});
    const why = (p: string) => (p === 'interviewer' ? 'i interviewerens tale' : 'ingen deltager');
    if (values.json) {
      const rows: Record<string, unknown>[] = items.map((f) => ({ source: f.sourceName, segment: f.segment.id, kind: f.segment.kind, pt: f.segment.pt, start: f.segment.start, end: f.segment.end, before: f.segment.previousText, now: f.now }));
      for (const u of loose) rows.push({ source: u.sourceName, segment: u.segment.id, kind: u.segment.kind, pt: u.segment.pt, start: u.segment.start, end: u.segment.end, before: null, now: u.segment.text, unattributed: u.problem, speaker: u.speaker });
      json(rows);
      return 0;
    }
    if (!items.length) out('Ingen kodninger venter på gennemsyn.');
    else for (const f of items) out(`${f.sourceName}  [${f.segment.start}–${f.segment.end}]  ${f.segment.kind ?? 'T'} ${f.segment.pt.join(', ')}\n  før: ”${f.segment.previousText ?? '?'}”\n  nu:  ”${f.now}”`);
    if (loose.length) {
      out(`\n${loose.length} kodning(er) er ikke en interviewpersons udsagn (afvises af citateksporterne uden --allow-unattributed):`);
      for (const u of loose) out(`${u.sourceName}  [${u.segment.start}–${u.segment.end}]  ${u.segment.kind ?? 'T'} ${u.segment.pt.join(', ')}  ${why(u.problem)}${u.speaker ? ` (${u.speaker})` : ''}\n  ”${u.segment.text.slice(0, 120)}”`);
    }
    return 0;
  });
};
