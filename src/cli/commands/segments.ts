import { codePaths, requireCode, subtree } from '../../cmo/codebook';
import { resolveSource } from '../../cmo/lookup';
import { requireCoder } from '../../cmo/coders';
import { list } from '../args';
import { parse, flag, str, many, out, json, withService, type Command } from '../util';

/**
 * `cmo segments <project> [--source <name|id>] [--code <path>] [--coder <name>…] [--json]`: every coded passage as
 * stored — source name and id, `[start, end)` in the stored text, its text, kind, PT points,
 * code paths, verdict, memo and coder. `--code` includes the code's descendants.
 */
export const segmentsCmd: Command = async (args) => {
  const {
    positionals: [file],
    values,
  } = parse(args, { source: str, code: str, coder: many, json: flag }, 1);
  return withService(file!, async (svc) => {
    const p = svc.project();
    const sourceId = values.source ? resolveSource(p, values.source).id : null;
    const codeIds = values.code ? subtree(p, requireCode(p, values.code).id) : null;
    const coders = values.coder ? new Set(list(values.coder)!.map((c) => requireCoder(p, c))) : null;
    const names = new Map(p.sources.map((s) => [s.id, s.name]));
    const paths = codePaths(p.codes);
    const rows = p.segments
      .filter(
        (s) =>
          (!sourceId || s.sourceId === sourceId) &&
          (!codeIds || s.codes.some((c) => codeIds.has(c))) &&
          (!coders || coders.has(s.coder)),
      )
      .map((s) => ({
        id: s.id,
        source: names.get(s.sourceId) ?? s.sourceId,
        sourceId: s.sourceId,
        start: s.start,
        end: s.end,
        text: s.text,
        kind: s.kind,
        pt: s.pt,
        codes: s.codes.map((c) => paths.get(c) ?? c),
        verdict: s.verdict,
        memo: s.memo,
        coder: s.coder,
      }));
    if (values.json) json(rows);
    else
      for (const r of rows)
        out(
          `${r.source} [${r.start}–${r.end}] ${r.kind ?? '-'} ${r.pt.join(',')} ${r.codes.join('; ')}  ` +
            `"${r.text.replace(/\s+/g, ' ').slice(0, 80)}"`,
        );
    return 0;
  });
};
