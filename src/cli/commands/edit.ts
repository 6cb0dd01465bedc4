import { z } from 'zod';
import { parse, str, flag, out, json, withService, type Command } from '../util';
import { missing, words } from '../lang';

/** `cmo edit <project> --source … --find … --replace … [--all]`: a correction that remaps the coding. */
export const edit: Command = async (args) => {
  const {
    positionals: [file],
    values,
  } = parse(args, { source: str, find: str, replace: str, all: flag, json: flag }, 1);
  const p = z
    .object({
      source: z.string({ error: missing('source') }).min(1),
      find: z.string({ error: missing('find') }).min(1, { error: () => words('cliEmptyFlag', { flag: 'find' }) }),
      replace: z.string({ error: missing('replace') }),
    })
    .parse(values);
  return withService(file!, async (svc) => {
    const r = await svc.call('source.edit', { ...p, all: values.all ?? false });
    if (values.json) json(r);
    else out(words('cliEdited', { edits: r.edits, moved: r.moved, flagged: r.flagged.length }));
    return 0;
  });
};
