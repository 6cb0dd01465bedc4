import { KindArg, VerdictArg, list, option, UsageError } from '../args';
import { parse, str, many, flag, out, json, withService } from '../util';
import { say } from '../../cmo/logMessages';
import { noticeJson, noticeWords, words } from '../lang';

/**
 * `cmo codes map <project> --code "<path>" [--kind C|M|O] [--pt <id>…] [--verdict …] [--keep]`
 * `cmo codes map <project> --auto [--dry-run] [--keep] [--json]`: imported codes onto the programteori.
 */
export async function codesMap(rest: string[]): Promise<number> {
  const {
    positionals: [file],
    values,
  } = parse(
    rest,
    { code: str, kind: str, pt: many, verdict: str, keep: flag, auto: flag, 'dry-run': flag, json: flag },
    1,
  );
  return withService(file!, async (svc) => {
    if (values.auto) {
      if (values.code) throw new UsageError(say('cliAutoAndCode'));
      const proposals = await svc.call('codes.proposeMap', {});
      const show = () => {
        if (values.json) return;
        if (!proposals.length) out(words('cliNoProposals'));
        for (const p of proposals) {
          const mapping = [p.kind, ...(p.pt ?? []), p.verdict].filter(Boolean).join(' ');
          const because = p.because.map(noticeWords).join('; ');
          out(words('cliProposal', { path: p.path, mapping, segments: p.segments, because }));
        }
      };
      const listed = proposals.map((p) => ({ ...p, because: p.because.map(noticeJson) }));
      if (values['dry-run'] || !proposals.length) {
        if (values.json) json({ proposals: listed, applied: null });
        else show();
        return 0;
      }
      const r = await svc.call('codes.map', {
        mappings: proposals.map(({ code, kind, pt, verdict }) => ({ code, kind, pt, verdict })),
        keep: !!values.keep,
      });
      if (values.json) json({ proposals: listed, applied: r });
      else {
        show();
        out(words('cliMapApplied', { changed: r.changed, incomplete: r.incomplete, removed: r.removed }));
      }
      return 0;
    }
    if (!values.code) throw new UsageError(say('cliUsage', { usage: say('cliUsageCodesMap') }));
    const kind = values.kind ? option('kind', KindArg, values.kind) : undefined;
    const verdict = values.verdict ? option('verdict', VerdictArg, values.verdict) : undefined;
    const r = await svc.call('codes.map', {
      mappings: [{ code: values.code, kind, pt: list(values.pt), verdict }],
      keep: !!values.keep,
    });
    if (values.json) json(r);
    else out(words('cliMapped', { changed: r.changed, incomplete: r.incomplete, removed: r.removed }));
    return 0;
  });
}
