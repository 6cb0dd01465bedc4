/** `cmo coder-copy`, `cmo merge`, `cmo agreement`: team coding on the command line. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { AGREEMENT_BY, type Agreement } from '../../cmo/agreement';
import { coderCopyFile } from '../../service/commands/team';
import { ProjectFileError } from '../../store/projectFile';
import { createProject } from '../../service/workspace/create';
import { UsageError, list, option } from '../args';
import { parse, str, many, flag, out, json, withService, writeOut, type Command } from '../util';
import { say } from '../../cmo/logMessages';
import { words } from '../lang';

/** `cmo coder-copy <project> <out.cmo.json> --coder <name> [--blind]` */
export const coderCopyCmd: Command = async (args) => {
  const {
    positionals: [file, target],
    values,
  } = parse(args, { coder: str, blind: flag, json: flag }, 2);
  const coder = (values.coder ?? process.env.CMO_CODER ?? '').trim();
  if (!coder) throw new UsageError(say('cliMissingCoder'));
  if (path.resolve(target!) === path.resolve(file!)) throw new UsageError(say('cliCopyOverProject', { file: target }));
  return withService(file!, async (svc) => {
    const copy = coderCopyFile(svc.project(), { coder, blind: !!values.blind });
    const { project } = copy;
    await createProject(target!, { project });
    const made = {
      file: path.resolve(target!),
      coder: copy.coder,
      blind: !!values.blind,
      sources: project.sources.length,
      segments: project.segments.length,
      configurations: project.configurations.length,
    };
    if (values.json) json(made);
    else out(words('cliCoderCopyWritten', { ...made, blind: made.blind ? 1 : 0 }));
    return 0;
  });
};

/** `cmo merge <project> <copy.cmo.json>… [--json]` */
export const mergeCmd: Command = async (args) => {
  const {
    positionals: [file, ...copies],
    values,
  } = parse(args, { json: flag }, 'many');
  if (!file || !copies.length) throw new UsageError(say('cliUsage', { usage: say('cliUsageMerge') }));
  const read = await Promise.all(
    copies.map(async (c) => {
      const bytes = await fs.readFile(c).catch((e: NodeJS.ErrnoException) => {
        const why = e.code === 'ENOENT' ? say('fileNotFound') : say('fileCannotRead', { code: String(e.code) });
        throw new ProjectFileError(path.resolve(c), why);
      });
      return { name: c, file: path.resolve(c), dataBase64: bytes.toString('base64') };
    }),
  );
  return withService(file, async (svc) => {
    const r = await svc.call('coders.merge', { copies: read });
    if (values.json) {
      json(r);
      return 0;
    }
    const a = r.added;
    const { segments, configurations, memos, codes, cases } = a;
    const counts = { segments, configurations, memos, codes, cases, skipped: r.skipped, flagged: r.flagged.length };
    // nothing added: the service kept no undo step and did not write the project
    const nothing = Object.values(a).every((x) => x === 0);
    if (nothing) out(words('cliMergedNothing', { copies: copies.length, skipped: r.skipped }));
    else out(words('cliMerged', { copies: copies.length, ...counts }));
    if (r.conflicts.length) out(words('cliConflicts', { count: r.conflicts.length }));
    for (const c of r.conflicts) {
      const { kind, what, here, there } = c;
      out(words('cliConflict', { kind, what, here, there, copy: path.basename(c.copy) }));
    }
    return 0;
  });
};

const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)} %`);
const num = (x: number | null) => (x === null ? '–' : x.toFixed(3));

function printAgreement(a: Agreement): void {
  const o = a.overall;
  const [first, second] = a.coders;
  const coders = { a: first, b: second };
  out(
    words('cliAgreement', {
      ...coders,
      by: a.by,
      kappa: num(o.kappa),
      percent: pct(o.percent),
      alpha: num(o.alpha),
      agree: a.segments.agree,
      disagree: a.segments.disagree,
      segmentPercent: pct(a.segments.percent),
    }),
  );
  for (const r of a.rows) {
    const { source, unit, both, aOnly, bOnly, neither } = r;
    const measures = { kappa: num(r.kappa), percent: pct(r.percent), alpha: num(r.alpha) };
    out(words('cliAgreementRow', { ...coders, source, unit, ...measures, both, aOnly, bOnly, neither }));
  }
}

/** `cmo agreement <project> --coders A,B [--by pt-kind|pt|kind|code] [--source …] [--overlap x] [--json|--out f]` */
export const agreementCmd: Command = async (args) => {
  const options = { coders: many, by: str, source: many, overlap: str, out: str, json: flag };
  const {
    positionals: [file],
    values,
  } = parse(args, options, 1);
  const coders = list(values.coders) ?? [];
  if (coders.length !== 2) throw new UsageError(say('cliTwoCoders'));
  const by = option('by', z.enum(AGREEMENT_BY), values.by ?? 'pt-kind');
  // a share written as a plain decimal (0.9, ,9 or 1); anything else, an empty value or 0 refused in words
  const written = (values.overlap ?? '0.9').trim().replace(',', '.');
  const overlap = /^(\d+\.?\d*|\.\d+)$/.test(written) ? Number(written) : NaN;
  if (!(overlap > 0 && overlap <= 1)) throw new UsageError(say('cliBadOverlap', { value: values.overlap ?? '' }));
  return withService(file!, async (svc) => {
    const q = { coders, by, sources: list(values.source), overlap };
    if (values.out) {
      const f = await svc.call('coders.exportAgreement', q);
      await writeOut(values.out, Buffer.from(f.dataBase64, 'base64'));
      out(words('cliWrote', { file: path.resolve(values.out) }));
      return 0;
    }
    const a = await svc.call('coders.agreement', q);
    if (values.json) {
      json({
        coders: a.coders,
        by: a.by,
        overall: a.overall,
        rows: a.rows.map((r) => ({
          source: r.source,
          sourceId: r.sourceId,
          kind: r.kind,
          pt: r.pt,
          code: r.code,
          unit: r.unit,
          kappa: r.kappa,
          percent: r.percent,
          alpha: r.alpha,
          both: r.both,
          aOnly: r.aOnly,
          bOnly: r.bOnly,
          neither: r.neither,
        })),
        segments: a.segments,
      });
    } else printAgreement(a);
    return 0;
  });
};
