import { repairFile } from '../../store/repair';
import { parse, flag, out, json, type Command } from '../util';

export const repair: Command = async (args) => {
  const {
    positionals: [file],
    values,
  } = parse(args, { 'from-backup': flag, 'dry-run': flag, json: flag }, 1);
  const r = await repairFile(file!, { fromBackup: values['from-backup'], dryRun: values['dry-run'] });
  if (values.json) {
    json(r);
    return r.left.length ? 1 : 0;
  }
  if (!r.fixed.length && !r.left.length) {
    out(`${file}: intet at reparere — projektet hænger sammen`);
    return 0;
  }
  for (const f of r.fixed) out(`${values['dry-run'] ? 'ville rette' : 'rettet'}: ${f}`);
  for (const l of r.left) process.stderr.write(`kan ikke rettes: ${l.where}: ${l.problem}\n`);
  if (r.keptAs) out(`den beskadigede fil er gemt som ${r.keptAs}`);
  return r.left.length ? 1 : 0;
};
