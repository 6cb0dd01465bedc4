import { z } from 'zod';
import { KindArg, VerdictArg, list } from '../args';
import { parse, str, many, flag, out, json, withService, type Command } from '../util';

export const code: Command = async (args) => {
  const { positionals: [file], values } = parse(args, { source: str, text: str, kind: str, pt: many, verdict: str, memo: str, coder: str, json: flag }, 1);
  const p = z.object({
    source: z.string({ error: '--source mangler' }).min(1),
    text: z.string({ error: '--text mangler' }).min(1),
    kind: KindArg, pt: z.array(z.string(), { error: '--pt mangler' }).min(1, '--pt mangler'),
    verdict: VerdictArg.optional(), memo: z.string().optional(), coder: z.string().optional(),
  }).parse(values);
  return withService(file!, async (svc) => {
    const seg = await svc.call('segment.codeText', { ...p, pt: list(p.pt)! });
    if (values.json) json(seg); else out(`Kodede ${seg.kind} ${seg.pt.join(' ')} [${seg.start}, ${seg.end})`);
    return 0;
  });
};
