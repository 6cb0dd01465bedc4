import path from 'node:path';
import { z } from 'zod';
import { TEMPLATE_IDS, projectFromTemplate } from '../../cmo/templates/index';
import { createProjectFile } from '../../store/projectFile';
import { option } from '../args';
import { parse, str, out, json, type Command } from '../util';

export const newCmd: Command = async (args) => {
  const { positionals: [file], values } = parse(args, { template: str, name: str, language: str }, 1);
  const t = option('template', z.enum(TEMPLATE_IDS), values.template ?? 'nfa-aftaleforloeb');
  const lang = option('language', z.enum(['da', 'en']), values.language ?? 'da');
  const name = values.name ?? path.basename(file!).replace(/\.cmo\.json$|\.json$/i, '');
  const now = new Date().toISOString();
  await createProjectFile(file!, projectFromTemplate(t, { id: crypto.randomUUID(), name, now, language: lang }));
  out(`Oprettede ${path.resolve(file!)} (skabelon ${t})`);
  return 0;
};
