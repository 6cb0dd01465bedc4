import { z } from 'zod';
import { list } from '../args';
import { parse, str, flag, out, json, withService, type Command } from '../util';

export const log: Command = async (args) => {
  const { positionals: [file], values } = parse(args, { limit: str, json: flag }, 1);
  const limit = z.coerce.number().int().positive().parse(values.limit ?? '50');
  return withService(file!, async (svc) => {
    const log = await svc.call('log.list', { limit });
    if (values.json) json(log.map((e) => ({ at: e.at, coder: e.who, command: e.command, summary: e.summary }))); else for (const e of log) out(`${e.at}  ${e.who || '-'}  ${e.summary}`);
    return 0;
  });
};
