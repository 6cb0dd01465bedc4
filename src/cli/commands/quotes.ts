import { z } from 'zod';
import { KindList, VerdictArg, list } from '../args';
import { parse, str, many, out, json, withService, type Command } from '../util';

export const quotes: Command = async (args) => {
  const { positionals: [file], values } = parse(args, { pt: many, case: many, role: many, kind: many, verdict: many, format: str }, 1);
  const format = z.enum(['md', 'json']).parse(values.format ?? 'md');
  const filter = {
    pts: list(values.pt), cases: list(values.case), roles: list(values.role),
    kinds: values.kind ? KindList.parse(values.kind) : undefined,
    verdicts: values.verdict ? z.array(VerdictArg).parse(list(values.verdict)) : undefined,
  };
  return withService(file!, async (svc) => {
    if (format === 'json') json(await svc.call('quotes.list', filter));
    else out((await svc.call('quotes.markdown', filter)).markdown);
    return 0;
  });
};
