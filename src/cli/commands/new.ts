import path from 'node:path';
import { z } from 'zod';
import { TEMPLATE_IDS, projectFromTemplate } from '../../cmo/templates/index';
import { createProjectFile } from '../../store/projectFile';
import { projectFromQdpx, readQdpxFile } from '../../refi/qdpxImport';
import { option } from '../args';
import { parse, str, flag, out, json, type Command } from '../util';

export const newCmd: Command = async (args) => {
  const {
    positionals: [file],
    values,
  } = parse(args, { template: str, name: str, language: str, from: str, json: flag }, 1);
  const t = option('template', z.enum(TEMPLATE_IDS), values.template ?? 'nfa-aftaleforloeb');
  const lang = option('language', z.enum(['da', 'en']), values.language ?? 'da');
  const name = values.name ?? path.basename(file!).replace(/\.cmo\.json$|\.json$/i, '');
  const now = new Date().toISOString();
  const base = projectFromTemplate(t, { id: crypto.randomUUID(), name, now, language: lang });
  if (values.from) {
    // a REFI-QDA project: its sources, coding, codebook, cases; the template gives the programteori and roles
    const { project, report } = projectFromQdpx(await readQdpxFile(values.from), path.basename(values.from), base, now);
    await createProjectFile(file!, project);
    if (values.json) out(JSON.stringify(report));
    else {
      out(
        `Oprettede ${path.resolve(file!)} fra ${path.basename(values.from)} (${report.origin || 'ukendt program'}; positioner som ${report.offsets === 'utf16' ? 'UTF-16-enheder' : 'kodepunkter'})`,
      );
      out(
        `  ${report.sources} kilder, ${report.segments} kodede passager (${report.codings} kodninger), ${report.codes} koder, ${report.cases} cases, ${report.users} kodere, ${report.memos} noter`,
      );
      for (const l of report.lost) out(`  ikke overført: ${l.count} ${l.what} — ${l.why}`);
    }
    return 0;
  }
  await createProjectFile(file!, base);
  if (values.json) json({ file: path.resolve(file!), template: t });
  else out(`Oprettede ${path.resolve(file!)} (skabelon ${t})`);
  return 0;
};
