import { KindList, list, option, UsageError } from '../args';
import { parse, wholeNumber, str, many, flag, out, json, withService, type Command } from '../util';
import { say } from '../../cmo/logMessages';
import { words } from '../lang';

/** Filter flags shared by `cmo search` and `cmo autocode`. */
export const filterOptions = {
  case: many,
  role: many,
  participant: many,
  source: many,
  kind: many,
  pt: many,
  coded: flag,
  uncoded: flag,
  fuzzy: flag,
  'no-aa': flag,
} as const;

export function filterParams(values: {
  case?: string[];
  role?: string[];
  participant?: string[];
  source?: string[];
  kind?: string[];
  pt?: string[];
  coded?: boolean;
  uncoded?: boolean;
  fuzzy?: boolean;
  'no-aa'?: boolean;
}) {
  if (values.coded && values.uncoded) throw new UsageError(say('cliCodedUncoded'));
  return {
    cases: list(values.case),
    roles: list(values.role),
    participants: list(values.participant),
    sources: values.source,
    kinds: values.kind ? KindList.parse(values.kind) : undefined,
    coded: values.coded ? true : values.uncoded ? false : undefined,
    fuzzy: values.fuzzy ?? false,
    aa: !values['no-aa'],
  };
}

export const search: Command = async (args) => {
  const {
    positionals: [file, query],
    values,
  } = parse(args, { ...filterOptions, coder: many, limit: str, all: flag, json: flag }, 2);
  const limit = option('limit', wholeNumber(0, 100_000), values.limit ?? '200');
  const f = filterParams(values);
  return withService(file!, async (svc) => {
    const r = await svc.call('search.query', {
      query: query!,
      limit,
      ...f,
      pts: list(values.pt),
      // only hits in these coders' codings (autocode's --coder is who codes, so it is search's own)
      coders: list(values.coder),
      scope: values.json && !values.all ? ['transcripts', 'memos'] : undefined,
    });
    if (values.json) {
      const hits = r.hits.map((h) => ({
        type: 'transcript' as const,
        source: h.source,
        start: h.start,
        end: h.end,
        snippet: h.snippet,
        score: h.score,
      }));
      // memos on the project, a source, a case, a PT point or a code, after the transcript hits and marked as such
      const memos = r.others
        .filter((o) => o.memo)
        .map((o) => ({
          type: 'memo' as const,
          memo: o.id,
          on: o.memo!.on,
          target: o.memo!.target,
          label: o.label,
          source: null,
          start: o.start,
          end: o.end,
          snippet: o.snippet,
          score: o.score,
        }));
      json(values.all ? { hits, total: r.total, others: r.others } : [...hits, ...memos]);
      return 0;
    }
    out(words('cliSearchTotal', { total: r.total, plus: r.totalExact ? '' : '+', ms: r.tookMs }));
    let last = '';
    for (const h of r.hits) {
      if (h.source !== last) {
        out(`\n${h.source}`);
        last = h.source;
      }
      const s = h.snippet;
      out(
        `  [${h.start}–${h.end}] ${s.slice(0, h.highlight[0])}«${s.slice(h.highlight[0], h.highlight[1])}»` +
          `${s.slice(h.highlight[1])}${h.segmentIds.length ? words('cliSearchCoded') : ''}`,
      );
    }
    if (r.others.length) {
      out(`\n${words('cliSearchOthers')}`);
      for (const o of r.others) out(`  ${o.type} ${o.label} (${o.field}): ${o.snippet}`);
    }
    return 0;
  });
};
