import { z } from 'zod';
import { KindList, UsageError, VerdictArg, list, option } from '../args';
import { parse, str, many, flag, out, json, withService, writeOut, type Command } from '../util';
import type { Leak } from '../../cmo/pseudonyms';
import { say } from '../../cmo/logMessages';
import { askedLang, words } from '../lang';

/** `sektor=Offentlig` (repeatable; `ansatte=10-34,35-99` for any of several) → `{ sektor: ['Offentlig'] }` */
export function parseAttrs(xs: string[] | undefined): Record<string, string[]> | undefined {
  if (!xs?.length) return undefined;
  const out: Record<string, string[]> = {};
  for (const x of xs) {
    const m = /^([^=]+)=(.*)$/.exec(x);
    if (!m || !m[1]!.trim() || !m[2]!.trim()) throw new UsageError(say('cliBadAttr', { value: x }));
    (out[m[1]!.trim()] ??= []).push(
      ...m[2]!
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    );
  }
  return out;
}

/** The leak check's findings on stderr: where a listed name would still appear. */
export function reportLeaks(leaks: readonly Leak[]): void {
  if (!leaks.length) return;
  const kind = { name: 'cliLeakName', variant: 'cliLeakVariant', part: 'cliLeakPart' } as const;
  process.stderr.write(`${words('cliLeaksHeader', { count: leaks.length })}\n`);
  for (const l of leaks.slice(0, 50)) {
    const { field, found, name, context } = l;
    const said = { quote: l.quoteId ?? '-', field, found, kind: words(kind[l.kind]), name, context };
    process.stderr.write(`${words('cliLeak', said)}\n`);
  }
  if (leaks.length > 50) process.stderr.write(`${words('cliLeaksMore', { count: leaks.length - 50 })}\n`);
}

const FORMATS = ['md', 'json', 'csv', 'docx', 'xlsx', 'txt', 'html'] as const;

export const quotes: Command = async (args) => {
  const {
    positionals: [file],
    values,
  } = parse(
    args,
    {
      pt: many,
      case: many,
      role: many,
      kind: many,
      verdict: many,
      coder: many,
      attr: many,
      'source-attr': many,
      cmoc: many,
      code: many,
      format: str,
      out: str,
      attribution: str,
      order: str,
      starred: flag,
      picked: flag,
      footnotes: flag,
      strict: flag,
      raw: flag,
      title: str,
      'allow-unattributed': flag,
      inline: flag,
    },
    1,
  );
  const format = option('format', z.enum(FORMATS), values.format ?? 'md');
  if ((format === 'docx' || format === 'xlsx') && !values.out)
    throw new UsageError(say('cliFormatNeedsOut', { format }));
  const query = {
    pts: list(values.pt),
    cases: list(values.case),
    roles: list(values.role),
    coders: list(values.coder),
    cmocs: list(values.cmoc),
    codes: values.code,
    kinds: values.kind ? KindList.parse(values.kind) : undefined,
    verdicts: values.verdict ? z.array(VerdictArg).parse(list(values.verdict)) : undefined,
    attrs: parseAttrs(values.attr),
    sourceAttrs: parseAttrs(values['source-attr']),
    order: values.order ? z.enum(['pt', 'manual']).parse(values.order) : undefined,
    starred: values.starred ? true : undefined,
    picked: values.picked ? true : undefined,
    attribution: values.attribution,
    allowUnattributed: values['allow-unattributed'] ? true : undefined,
  };
  const { pts, cases, roles, coders, cmocs, codes, kinds, verdicts, attrs, sourceAttrs, starred, picked } = query;
  const filters = [pts, cases, roles, coders, cmocs, codes, kinds, verdicts, attrs, sourceAttrs, starred, picked];
  /** none found: one line on stderr (stdout keeps the export as it is: an empty JSON list, the filter line) */
  const sayNone = (count: number) => {
    const filtered = filters.some((v) => v !== undefined) ? 1 : 0;
    if (!count) process.stderr.write(`${words('cliNoQuotes', { filtered })}\n`);
  };
  return withService(file!, async (svc) => {
    if (format === 'json' && values.raw) {
      // the quotes as stored, not pseudonymised: for tools, never for a report
      const found = await svc.call('quotes.list', query);
      sayNone(found.length);
      const body = JSON.stringify(found, null, 2);
      if (values.out) await writeOut(values.out, body);
      else json(JSON.parse(body));
      return 0;
    }
    const f = await svc.call('quotes.export', {
      ...query,
      format,
      footnotes: !!values.footnotes,
      inline: !!values.inline,
      ...(askedLang() ? { lang: askedLang() } : {}),
      ...(values.title !== undefined ? { title: values.title } : {}),
    });
    reportLeaks(f.leaks);
    sayNone(f.count);
    const data = Buffer.from(f.dataBase64, 'base64');
    if (values.out) await writeOut(values.out, data);
    else out(data.toString('utf8').replace(/^\uFEFF/, ''));
    if (values.out) process.stderr.write(`${words('cliQuotesWritten', { count: f.count, file: values.out })}\n`);
    return f.leaks.length && values.strict ? 1 : 0;
  });
};
