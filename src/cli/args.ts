import { z } from 'zod';
import { KINDS, VERDICTS, type Kind, type Verdict } from '../cmo/model';
import { DomainError } from '../cmo/errors';
import { say } from '../cmo/logMessages';
import { words } from './lang';

/** A refusal of the command line itself (exit code 2): a DomainError with a `cli…` code (src/cmo/cliMessages.ts). */
export class UsageError extends DomainError {}

const KIND_WORDS: Record<string, Kind> = {
  c: 'C',
  m: 'M',
  o: 'O',
  kontekst: 'C',
  context: 'C',
  mekanisme: 'M',
  mechanism: 'M',
  outcome: 'O',
  udfald: 'O',
};
const VERDICT_WORDS: Record<string, Verdict> = {
  supports: 'supports',
  refutes: 'refutes',
  refines: 'refines',
  unclear: 'unclear',
  bekræfter: 'supports',
  afkræfter: 'refutes',
  nuancerer: 'refines',
  uafklaret: 'unclear',
};

const badKind = (value: string) => words('cliBadKind', { kinds: KINDS.join(', '), value });

export const KindArg = z.string().transform((s, ctx) => {
  const k = KIND_WORDS[s.trim().toLowerCase()];
  if (!k) {
    ctx.addIssue({ code: 'custom', message: badKind(s) });
    return z.NEVER;
  }
  return k;
});
/** `C,M` or repeated flags → kinds */
export const KindList = z.array(z.string()).transform((xs, ctx) =>
  xs
    .flatMap((x) => x.split(','))
    .filter(Boolean)
    .map((s) => {
      const k = KIND_WORDS[s.trim().toLowerCase()];
      if (!k) ctx.addIssue({ code: 'custom', message: badKind(s) });
      return k ?? 'C';
    }),
);
export const VerdictArg = z.string().transform((s, ctx) => {
  const v = VERDICT_WORDS[s.trim().toLowerCase()];
  if (!v) {
    const message = words('cliBadVerdict', { verdicts: VERDICTS.join(', '), value: s });
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  }
  return v;
});
export const list = (xs: string[] | undefined) =>
  xs
    ?.flatMap((x) => x.split(','))
    .map((x) => x.trim())
    .filter(Boolean);

/** Parses one option's value, naming the option in the error (`--format: …`). */
export function option<T>(name: string, schema: z.ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value);
  if (!r.success)
    throw new UsageError(
      say('cliBadValue', {
        flag: name,
        issue: r.error.issues[0]?.message ?? say('cliInvalidValue'),
        value: value === undefined ? undefined : String(value),
      }),
    );
  return r.data;
}
