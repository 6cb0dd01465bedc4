/** `cmo new <project> [--template] [--name] [--language] [--from f.qdpx] [--json]`: project.create in the CLI. */
import path from 'node:path';
import { z } from 'zod';
import { TEMPLATE_IDS, createProject } from '../../service/workspace/create';
import { readQdpxFile } from '../../refi/qdpxImport';
import { option } from '../args';
import { parse, str, flag, out, json, type Command } from '../util';
import { followProject, noticeJson, noticeWords, words } from '../lang';

export const newCmd: Command = async (args) => {
  const {
    positionals: [file],
    values,
  } = parse(args, { template: str, name: str, language: str, from: str, json: flag }, 1);
  const template = option('template', z.enum(TEMPLATE_IDS), values.template ?? 'nfa-aftaleforloeb');
  const language = option('language', z.enum(['da', 'en']), values.language ?? 'da');
  const name = values.name ?? path.basename(file!).replace(/\.cmo\.json$|\.json$/i, '');
  const from = values.from
    ? { fileName: path.basename(values.from), data: await readQdpxFile(values.from) }
    : undefined;
  const made = await createProject(file!, { name, template, language, ...(from ? { from } : {}) });
  followProject(language);
  const report = made.report;
  if (!report) {
    if (values.json) json({ file: made.file, template });
    else out(words('cliCreated', { file: made.file, template }));
    return 0;
  }
  // a REFI-QDA project: its sources, coding, codebook, cases; the template gives the programteori and roles
  if (values.json) {
    const lost = report.lost.map((l) => ({ count: l.count, what: noticeJson(l.what), why: noticeJson(l.why) }));
    out(JSON.stringify({ ...report, lost }));
  } else {
    const { origin, offsets, sources, segments, codings, codes, cases, users, memos } = report;
    out(words('cliCreatedFrom', { file: made.file, from: from!.fileName, origin, offsets }));
    out(words('cliCreatedCounts', { sources, segments, codings, codes, cases, users, memos }));
    for (const l of report.lost)
      out(words('cliNotCarried', { count: l.count, what: noticeWords(l.what), why: noticeWords(l.why) }));
  }
  return 0;
};
