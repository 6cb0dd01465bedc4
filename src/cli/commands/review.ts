import { parse, flag, out, json, withService, type Command } from '../util';
import { words } from '../lang';

/**
 * `cmo review <project> [--json]`: the codings a transcript correction or a turn repair flagged,
 * and the codings that are no interviewee's evidence (in the interviewer's speech, or with no participant).
 */
export const review: Command = async (args) => {
  const {
    positionals: [file],
    values,
  } = parse(args, { json: flag }, 1);
  return withService(file!, async (svc) => {
    const items = await svc.call('review.flagged', {});
    const loose = await svc.call('review.unattributed', {});
    const why = (p: string) => words(p === 'interviewer' ? 'cliInInterviewerSpeech' : 'cliNoParticipant');
    if (values.json) {
      const where = (s: { id: string; kind: unknown; pt: string[]; start: number; end: number }) => ({
        segment: s.id,
        kind: s.kind,
        pt: s.pt,
        start: s.start,
        end: s.end,
      });
      const rows: Record<string, unknown>[] = items.map((f) => ({
        source: f.sourceName,
        ...where(f.segment),
        before: f.segment.previousText,
        now: f.now,
      }));
      for (const u of loose) {
        const now = u.segment.text;
        rows.push({
          source: u.sourceName,
          ...where(u.segment),
          before: null,
          now,
          unattributed: u.problem,
          speaker: u.speaker,
        });
      }
      json(rows);
      return 0;
    }
    if (!items.length) out(words('cliReviewNone'));
    else {
      for (const f of items) {
        const s = f.segment;
        out(`${f.sourceName}  [${s.start}–${s.end}]  ${s.kind ?? 'T'} ${s.pt.join(', ')}`);
        out(words('cliReviewBeforeNow', { before: s.previousText ?? '?', now: f.now }));
      }
    }
    if (loose.length) {
      out(`\n${words('cliReviewUnattributed', { count: loose.length })}`);
      for (const u of loose) {
        const s = u.segment;
        const who = `${why(u.problem)}${u.speaker ? ` (${u.speaker})` : ''}`;
        out(`${u.sourceName}  [${s.start}–${s.end}]  ${s.kind ?? 'T'} ${s.pt.join(', ')}  ${who}`);
        out(`  ”${s.text.slice(0, 120)}”`);
      }
    }
    return 0;
  });
};
