import path from 'node:path';
import { projectToQdpx } from '../../refi/qdpxWrite';
import { parse, flag, out, json, withService, writeOut, type Command } from '../util';
import { words } from '../lang';

/** `cmo export-qdpx <project> <out.qdpx> [--json]`: the project as a REFI-QDA 1.5 project (src/refi/README.md). */
export const exportQdpx: Command = async (args) => {
  const {
    positionals: [file, target],
    values,
  } = parse(args, { json: flag }, 2);
  return withService(file!, async (svc) => {
    const { buffer, summary } = await projectToQdpx(svc.project());
    await writeOut(target!, buffer);
    if (values.json) json({ file: path.resolve(target!), ...summary });
    else out(words('cliQdpxWritten', { file: path.resolve(target!), ...summary }));
    return 0;
  });
};
