import { repairFile } from '../../store/repair';
import { parse, flag, out, json, type Command } from '../util';
import { noticeJson, noticeWords, words } from '../lang';

export const repair: Command = async (args) => {
  const {
    positionals: [file],
    values,
  } = parse(args, { 'from-backup': flag, 'dry-run': flag, json: flag }, 1);
  const r = await repairFile(file!, { fromBackup: values['from-backup'], dryRun: values['dry-run'] });
  if (values.json) {
    const left = r.left.map((l) => ({ where: l.where, problem: l.problem, ...noticeJson(l.said) }));
    json({ ...r, fixed: r.fixed.map(noticeJson), left });
    return r.left.length ? 1 : 0;
  }
  if (!r.fixed.length && !r.left.length) {
    out(words('cliNothingToRepair', { file }));
    return 0;
  }
  for (const fix of r.fixed) out(words('cliRepaired', { dry: values['dry-run'] ? 1 : 0, fix: noticeWords(fix) }));
  for (const l of r.left)
    process.stderr.write(`${words('cliCannotRepair', { where: l.where, problem: noticeWords(l.said) })}\n`);
  if (r.keptAs) out(words('cliKeptAs', { file: r.keptAs }));
  return r.left.length ? 1 : 0;
};
