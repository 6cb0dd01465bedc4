import { z } from 'zod';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { openService, defaultUser, type Service } from '../service/service';
import { UsageError } from './args';
import { say } from '../cmo/logMessages';
import { followProject, words } from './lang';

type Opts = NonNullable<ParseArgsConfig['options']>;
export const str = { type: 'string' } as const;
export const many = { type: 'string', multiple: true } as const;
export const flag = { type: 'boolean' } as const;

/** parseArgs with our usage errors; `positionals` is the exact count wanted, or 'many'. */
export function parse<O extends Opts>(args: string[], options: O, positionals: number | 'many') {
  try {
    const r = parseArgs({ args, options: { ...options, help: flag }, allowPositionals: true, strict: true });
    if (positionals !== 'many' && r.positionals.length !== positionals)
      throw new UsageError(say('cliArgCount', { want: positionals, got: r.positionals.length }));
    return r;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(parseArgsProblem(e as Error & { code?: string }));
  }
}

// node's parseArgs words its refusals in English with the option in quotes ('--limit <value>'): reworded by its code
const PARSE_ARGS_KEYS = {
  ERR_PARSE_ARGS_UNKNOWN_OPTION: 'cliUnknownOption',
  ERR_PARSE_ARGS_INVALID_OPTION_VALUE: 'cliOptionNeedsValue',
} as const;

function parseArgsProblem(e: Error & { code?: string }) {
  const option = /'(-[^' ]+)/.exec(e.message)?.[1];
  const key = e.code && option ? PARSE_ARGS_KEYS[e.code as keyof typeof PARSE_ARGS_KEYS] : undefined;
  if (!key) return say('cliBadArgs', { detail: e.message });
  // "Option '--json' does not take an argument" has the same code as a missing value
  if (key === 'cliOptionNeedsValue' && /does not take/.test(e.message)) return say('cliOptionIsFlag', { option });
  return say(key, { option });
}

/** A whole-number option (`--limit 20`) from `min` (to `max`), refused in one line when it is not one. */
export function wholeNumber(min: number, max?: number) {
  const error = () => words('cliWholeNumber', { min, max });
  const n = z.coerce.number({ error }).int({ error }).min(min, { error });
  return max === undefined ? n : n.max(max, { error });
}
export const out = (s: string) => process.stdout.write(s.endsWith('\n') ? s : s + '\n');
export const json = (v: unknown) => out(JSON.stringify(v, null, 2));

export async function withService<T>(file: string, f: (svc: Service) => Promise<T>): Promise<T> {
  const svc = await openService(file, { user: process.env.CMO_CODER || defaultUser() });
  followProject(svc.project().language);
  return f(svc);
}

export type Command = (args: string[]) => Promise<number>;

/** Writes an export atomically (temp + rename), never leaving a half-written file behind. */
export async function writeOut(file: string, data: string | Buffer): Promise<void> {
  const { default: fs } = await import('node:fs/promises');
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new UsageError(say('cliCannotWrite', { file, code }));
  }
}
