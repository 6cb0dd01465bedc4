import { z } from 'zod';
import { KindArg, UsageError, VerdictArg, list } from '../args';
import { parse, str, flag, out, json, withService, type Command } from '../util';
import { filterOptions, filterParams } from './search';
import { say } from '../../cmo/logMessages';
import { missing, words } from '../lang';

/**
 * `cmo autocode <projekt> "<søgning>" --kind O --pt #10 [--widen sentence|turn]`: codes every hit in one undoable step.
 */
export const autocode: Command = async (args) => {
  const {
    positionals: [file, query],
    values,
  } = parse(
    args,
    {
      ...filterOptions,
      widen: str,
      verdict: str,
      memo: str,
      coder: str,
      max: str,
      json: flag,
      'include-interviewer': flag,
    },
    2,
  );
  const { kind: kinds, pt: pts, 'include-interviewer': includeInterviewer, ...rest } = values;
  // in autocode --kind and --pt say what to code as; filtering by kind/PT is left to `cmo search`
  const p = z
    .object({
      kind: KindArg,
      pt: z.array(z.string(), { error: missing('pt') }).min(1, { error: missing('pt') }),
      widen: z.enum(['none', 'sentence', 'turn'], { error: () => words('cliBadWiden') }).default('none'),
      verdict: VerdictArg.optional(),
      memo: z.string().optional(),
      coder: z.string().optional(),
      max: z.coerce.number().int().positive().optional(),
    })
    .parse({
      kind: kinds?.[0],
      pt: pts,
      widen: values.widen,
      verdict: values.verdict,
      memo: values.memo,
      coder: values.coder,
      max: values.max,
    });
  if ((kinds?.length ?? 0) > 1) throw new UsageError(say('cliOneKind'));
  const { kinds: _k, ...filters } = filterParams({ ...rest });
  return withService(file!, async (svc) => {
    const r = await svc.call('search.autocode', {
      query: query!,
      ...filters,
      ...p,
      pt: list(p.pt)!,
      includeInterviewer: !!includeInterviewer,
    });
    if (values.json) json(r);
    else {
      const left = [
        r.skipped ? words('cliAlreadyCoded', { count: r.skipped }) : '',
        r.skippedInterviewer ? words('cliSkippedInterviewer', { count: r.skippedInterviewer }) : '',
        r.skippedUnattributed ? words('cliSkippedUnattributed', { count: r.skippedUnattributed }) : '',
      ].filter(Boolean);
      const pt = r.created[0]?.pt.join(' ') ?? '';
      out(words('cliAutocoded', { count: r.created.length, kind: p.kind, pt, hits: r.hits, left: left.join('; ') }));
      if (r.skippedInterviewer + r.skippedUnattributed) out(words('cliAutocodeHint'));
    }
    return 0;
  });
};
