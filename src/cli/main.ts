import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { z, ZodError } from 'zod';
import { firstIssue } from '../cmo/model';
import { TEMPLATE_IDS, projectFromTemplate } from '../cmo/templates/index';
import { matrixToCsv } from '../cmo/matrix';
import { createProjectFile } from '../store/projectFile';
import { openService, toReply, defaultUser } from '../service/service';
import { KindArg, KindList, UsageError, VerdictArg, list } from './args';

const USAGE = `cmo — CMO Workbench på kommandolinjen

  cmo new <projekt.cmo.json> [--template nfa-aftaleforloeb|blank] [--name "Navn"]
  cmo info <projekt> [--json]
  cmo import <projekt> <fil…> [--case <id|nr>] [--role <rolle>] [--json]
  cmo code <projekt> --source <navn|id> --text "<passage>" --kind C|M|O --pt <id> [--pt <id>…]
           [--verdict supports|refutes|refines|unclear] [--memo …] [--coder …]
  cmo matrix <projekt> [--rows case|role|participant|source] [--cols pt|kind|pt-kind|verdict]
           [--kind C,M,O] [--measure segments|sources|participants|words] [--format json|csv]
  cmo quotes <projekt> [--pt <id>…] [--case <id>…] [--role <r>…] [--kind …] [--verdict …] [--format md|json]
  cmo log <projekt> [--limit N] [--json]
`;

type Opts = NonNullable<ParseArgsConfig['options']>;
const str = { type: 'string' } as const;
const many = { type: 'string', multiple: true } as const;
const flag = { type: 'boolean' } as const;

function parse<O extends Opts>(args: string[], options: O, positionals: number | 'many') {
  try {
    const r = parseArgs({ args, options: { ...options, help: flag }, allowPositionals: true, strict: true });
    if (positionals !== 'many' && r.positionals.length !== positionals) throw new UsageError(`forventede ${positionals} argument(er), fik ${r.positionals.length}`);
    return r;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError((e as Error).message);
  }
}

const out = (s: string) => process.stdout.write(s.endsWith('\n') ? s : s + '\n');
const json = (v: unknown) => out(JSON.stringify(v, null, 2));

async function withService<T>(file: string, f: (svc: Awaited<ReturnType<typeof openService>>) => Promise<T>): Promise<T> {
  const svc = await openService(file, { user: process.env.CMO_CODER || defaultUser() });
  return f(svc);
}

const commands: Record<string, (args: string[]) => Promise<number>> = {
  async new(args) {
    const { positionals: [file], values } = parse(args, { template: str, name: str, language: str }, 1);
    const t = z.enum(TEMPLATE_IDS).parse(values.template ?? 'nfa-aftaleforloeb');
    const lang = z.enum(['da', 'en']).parse(values.language ?? 'da');
    const name = values.name ?? path.basename(file!).replace(/\.cmo\.json$|\.json$/i, '');
    const now = new Date().toISOString();
    await createProjectFile(file!, projectFromTemplate(t, { id: crypto.randomUUID(), name, now, language: lang }));
    out(`Oprettede ${path.resolve(file!)} (skabelon ${t})`);
    return 0;
  },

  async info(args) {
    const { positionals: [file], values } = parse(args, { json: flag }, 1);
    return withService(file!, async (svc) => {
      const info = await svc.call('project.info', {});
      if (values.json) {
        json({
          name: info.name, file: info.file, template: info.template, language: info.language,
          sources: info.sources, segments: info.segments, configurations: info.configurations,
          cases: info.cases, ptPoints: info.ptPoints, roles: info.roles, attributeDefs: info.attributeDefs,
          participants: info.participants, sourceList: info.sourceList,
        });
      } else {
        out(`${info.name} — ${info.sources} kilder, ${info.segments} kodninger, ${info.cases.length} cases, ${info.ptPoints.length} programteoripunkter`);
        for (const s of info.sourceList) out(`  ${s.name}  (${s.words} ord, ${s.segments} kodninger${s.caseId ? `, ${info.cases.find((c) => c.id === s.caseId)?.label}` : ''})`);
      }
      return 0;
    });
  },

  async import(args) {
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
  },

  async code(args) {
    const { positionals: [file], values } = parse(args, { source: str, text: str, kind: str, pt: many, verdict: str, memo: str, coder: str, json: flag }, 1);
    const p = z.object({
      source: z.string({ error: '--source mangler' }).min(1),
      text: z.string({ error: '--text mangler' }).min(1),
      kind: KindArg, pt: z.array(z.string(), { error: '--pt mangler' }).min(1, '--pt mangler'),
      verdict: VerdictArg.optional(), memo: z.string().optional(), coder: z.string().optional(),
    }).parse(values);
    return withService(file!, async (svc) => {
      const seg = await svc.call('segment.codeText', { ...p, pt: list(p.pt)! });
      if (values.json) json(seg); else out(`Kodede ${seg.kind} ${seg.pt.join(' ')} [${seg.start}, ${seg.end})`);
      return 0;
    });
  },

  async matrix(args) {
    const { positionals: [file], values } = parse(args, { rows: str, cols: str, kind: many, measure: str, format: str, pt: many, case: many, role: many, verdict: many }, 1);
    const format = z.enum(['json', 'csv']).parse(values.format ?? 'json');
    const kinds = values.kind ? KindList.parse(values.kind) : undefined;
    const verdicts = values.verdict ? z.array(VerdictArg).parse(list(values.verdict)) : undefined;
    return withService(file!, async (svc) => {
      const m = await svc.call('matrix.compute', {
        rows: values.rows, cols: values.cols, measure: values.measure, kinds, verdicts,
        pts: list(values.pt), cases: list(values.case), roles: list(values.role),
      });
      if (format === 'csv') out(matrixToCsv(m));
      else json({ rows: m.rows, cols: m.cols, cells: m.cells, measure: m.measure });
      return 0;
    });
  },

  async quotes(args) {
    const { positionals: [file], values } = parse(args, { pt: many, case: many, role: many, kind: many, verdict: many, format: str }, 1);
    const format = z.enum(['md', 'json']).parse(values.format ?? 'md');
    const filter = {
      pts: list(values.pt), cases: list(values.case), roles: list(values.role),
      kinds: values.kind ? KindList.parse(values.kind) : undefined,
      verdicts: values.verdict ? z.array(VerdictArg).parse(list(values.verdict)) : undefined,
    };
    return withService(file!, async (svc) => {
      if (format === 'json') json(await svc.call('quotes.list', filter));
      else out((await svc.call('quotes.markdown', filter)).markdown);
      return 0;
    });
  },

  async log(args) {
    const { positionals: [file], values } = parse(args, { limit: str, json: flag }, 1);
    const limit = z.coerce.number().int().positive().parse(values.limit ?? '50');
    return withService(file!, async (svc) => {
      const log = await svc.call('log.list', { limit });
      if (values.json) json(log); else for (const e of log) out(`${e.at}  ${e.who || '-'}  ${e.summary}`);
      return 0;
    });
  },
};

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') { out(USAGE); return cmd ? 0 : 2; }
  const run = commands[cmd];
  if (!run) { process.stderr.write(`cmo: ukendt kommando "${cmd}"\n\n${USAGE}`); return 2; }
  if (rest.includes('--help')) { out(USAGE); return 0; }
  try {
    return await run(rest);
  } catch (e) {
    const msg = e instanceof UsageError ? `${e.message}\n(se cmo --help)` : e instanceof ZodError ? `ugyldigt input — ${firstIssue(e)}` : toReply(e).error;
    process.stderr.write(`cmo ${cmd}: ${msg}\n`);
    return e instanceof UsageError ? 2 : 1;
  }
}
