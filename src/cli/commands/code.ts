import { z } from 'zod';
import { KindArg, UsageError, VerdictArg, list } from '../args';
import { parse, str, many, flag, out, json, withService, type Command } from '../util';
import { say } from '../../cmo/logMessages';
import { missing, words } from '../lang';

/** `cmo code`: C/M/O with PT points (`--kind`, `--pt`), and/or thematic codes (`--code`, repeatable). */
export const code: Command = async (args) => {
  const {
    positionals: [file],
    values,
  } = parse(
    args,
    { source: str, text: str, kind: str, pt: many, code: many, verdict: str, memo: str, coder: str, json: flag },
    1,
  );
  const p = z
    .object({
      source: z.string({ error: missing('source') }).min(1),
      text: z.string({ error: missing('text') }).min(1),
      kind: KindArg.optional(),
      pt: z.array(z.string()).optional(),
      code: z.array(z.string()).optional(),
      verdict: VerdictArg.optional(),
      memo: z.string().optional(),
      coder: z.string().optional(),
    })
    .parse(values);
  if (!p.kind && !p.code?.length) throw new UsageError(say('cliNeedCoding'));
  if (p.kind && !p.pt?.length) throw new UsageError(say('cliMissingPt'));
  return withService(file!, async (svc) => {
    const seg = await svc.call('segment.codeText', {
      source: p.source,
      text: p.text,
      kind: p.kind,
      pt: list(p.pt),
      codes: p.code,
      verdict: p.verdict,
      memo: p.memo,
      coder: p.coder,
    });
    if (values.json) json(seg);
    else
      out(
        words('cliCoded', {
          coding: [seg.kind, ...seg.pt].filter(Boolean).join(' '),
          codes: seg.codes.length,
          start: seg.start,
          end: seg.end,
        }),
      );
    return 0;
  });
};
