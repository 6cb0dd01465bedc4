import { z } from 'zod';
import { KindArg, UsageError, VerdictArg, list } from '../args';
import { parse, str, flag, out, json, withService, type Command } from '../util';
import { filterOptions, filterParams } from './search';
import { say } from '../../cmo/logMessages';

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
      pt: z.array(z.string(), { error: '--pt mangler' }).min(1, '--pt mangler'),
      widen: z.enum(['none', 'sentence', 'turn'], { error: '--widen skal være sentence eller turn' }).default('none'),
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
        r.skipped ? `${r.skipped} allerede kodet` : '',
        r.skippedInterviewer ? `${r.skippedInterviewer} i interviewerens tale, ikke kodet` : '',
        r.skippedUnattributed ? `${r.skippedUnattributed} uden deltager, ikke kodet` : '',
      ].filter(Boolean);
      out(
        `Kodede ${r.created.length} passager som ${p.kind} ${r.created[0]?.pt.join(' ') ?? ''} (${r.hits} ` +
          `fund${left.length ? `; ${left.join('; ')}` : ''}) — fortryd med: cmo undo`,
      );
      if (r.skippedInterviewer + r.skippedUnattributed) out('(kod dem også med --include-interviewer)');
    }
    return 0;
  });
};
