import { z } from 'zod';
import { UsageError, VerdictArg, list } from '../args';
import { parse, str, many, flag, out, json, withService, type Command } from '../util';
import { say } from '../../cmo/logMessages';
import { missing, words } from '../lang';

/** `cmo cmoc add|list|remove <project> …`: CMO configurations. */
export const cmoc: Command = async (args) => {
  const [sub, ...rest] = args;
  if (sub === 'add') {
    const {
      positionals: [file],
      values,
    } = parse(rest, { pt: str, segments: many, verdict: str, statement: str, json: flag }, 1);
    const p = z
      .object({
        pt: z.string({ error: missing('pt') }),
        verdict: VerdictArg.optional(),
        statement: z.string().optional(),
      })
      .parse(values);
    const segmentIds = list(values.segments);
    if (!segmentIds?.length) throw new UsageError(say('cliMissingSegments'));
    return withService(file!, async (svc) => {
      const c = await svc.call('cmoc.add', { ...p, segmentIds });
      if (values.json) json(c);
      else out(words('cliCmocAdded', { id: c.id, pt: c.pt, segments: c.segments.length }));
      return 0;
    });
  }
  if (sub === 'list') {
    const {
      positionals: [file],
      values,
    } = parse(rest, { pt: str, json: flag }, 1);
    return withService(file!, async (svc) => {
      const all = await svc.call('cmoc.list', { pt: values.pt });
      if (values.json)
        json(
          all.map((c) => ({
            id: c.id,
            pt: c.pt,
            verdict: c.verdict,
            statement: c.statement,
            segments: c.segments,
            contextIds: c.contextIds,
            mechanismIds: c.mechanismIds,
            outcomeIds: c.outcomeIds,
            cases: c.cases,
          })),
        );
      else for (const c of all) out(`${c.pt}  ${c.verdict}  ${c.cases.join(', ')}  ${c.statement}`);
      return 0;
    });
  }
  if (sub === 'remove') {
    const {
      positionals: [file, id],
    } = parse(rest, {}, 2);
    return withService(file!, async (svc) => {
      await svc.call('cmoc.remove', { id: id! });
      out(words('cliDeletedId', { id }));
      return 0;
    });
  }
  throw new UsageError(say('cliUsage', { usage: say('cliUsageCmoc') }));
};
