import { z } from 'zod';
import { parse, str, flag, out, json, withService, type Command } from '../util';

/** `cmo edit <project> --source … --find … --replace … [--all]`: a correction that remaps the coding. */
export const edit: Command = async (args) => {
  const {
    positionals: [file],
    values,
  } = parse(args, { source: str, find: str, replace: str, all: flag, json: flag }, 1);
  const p = z
    .object({
      source: z.string({ error: '--source mangler' }).min(1),
      find: z.string({ error: '--find mangler' }).min(1, '--find må ikke være tom'),
      replace: z.string({ error: '--replace mangler' }),
    })
    .parse(values);
  return withService(file!, async (svc) => {
    const r = await svc.call('source.edit', { ...p, all: values.all ?? false });
    if (values.json) json(r);
    else out(`Rettede ${r.edits} sted(er); ${r.moved} kodning(er) flyttet, ${r.flagged.length} markeret til gennemsyn`);
    return 0;
  });
};
