import { z } from 'zod';
import { KINDS, VERDICTS, type Kind, type Verdict } from '../cmo/model';

export class UsageError extends Error {}

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

export const KindArg = z.string().transform((s, ctx) => {
  const k = KIND_WORDS[s.trim().toLowerCase()];
  if (!k) {
    ctx.addIssue({ code: 'custom', message: `--kind skal være ${KINDS.join(', ')} (fik "${s}")` });
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
      if (!k) ctx.addIssue({ code: 'custom', message: `--kind skal være ${KINDS.join(', ')} (fik "${s}")` });
      return k ?? 'C';
    }),
);
export const VerdictArg = z.string().transform((s, ctx) => {
  const v = VERDICT_WORDS[s.trim().toLowerCase()];
  if (!v) {
    ctx.addIssue({
      code: 'custom',
      message: `--verdict skal være ${VERDICTS.join(', ')} eller bekræfter/afkræfter/nuancerer/uafklaret (fik "${s}")`,
    });
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
      `--${name}: ${r.error.issues[0]?.message ?? 'ugyldig værdi'}${value !== undefined ? ` (fik "${String(value)}")` : ''}`,
    );
  return r.data;
}
