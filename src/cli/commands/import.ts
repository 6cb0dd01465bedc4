import fs from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../args';
import { parse, str, many, flag, out, json, withService, type Command } from '../util';

export const importCmd: Command = async (args) => {
  const { positionals: [file, ...files], values } = parse(args, { case: str, role: str, json: flag, name: str }, 'many');
  if (!file || files.length === 0) throw new UsageError('angiv projektfilen og mindst én fil at importere');
  if (values.name && files.length > 1) throw new UsageError('--name kan kun bruges med én fil');
  // read every file first, so a missing one stops the run before anything is written
  const inputs = await Promise.all(files.map(async (f) => {
    try { return { f, data: await fs.readFile(f) }; } catch (e) { throw new UsageError(`${f}: kan ikke læses (${(e as NodeJS.ErrnoException).code})`); }
  }));
  return withService(file, async (svc) => {
    const done = [];
    for (const { f, data } of inputs) {
      try {
        done.push(await svc.call('source.import', { fileName: path.basename(f), dataBase64: data.toString('base64'), caseId: values.case, role: values.role, name: values.name }));
      } catch (e) {
        // all or nothing: take back this run's earlier imports
        for (let i = 0; i < done.length; i++) await svc.call('history.undo', {});
        throw e;
      }
    }
    if (values.json) json(done.map((d) => ({ ...d.source, warnings: d.warnings })));
    else for (const d of done) out(`Importerede "${d.source.name}" (${d.source.words} ord, ${d.source.speakers.length} talere)${d.warnings.length ? ` — ${d.warnings.join('; ')}` : ''}`);
    return 0;
  });
};
