import { z } from 'zod';
import { UsageError, option } from '../args';
import { parse, str, flag, out, json, withService, writeOut, type Command } from '../util';
import { MEMO_TARGETS } from '../../cmo/model';
import type { MemoView } from '../../cmo/memos';
import { say } from '../../cmo/logMessages';
import { askedLang, words } from '../lang';

const On = z.enum(MEMO_TARGETS, { error: () => words('cliMustBe', { choices: MEMO_TARGETS.join(', ') }) });
/** `--on source "Case 01 - Leder"`: the target follows --on as a positional (or is given with --target). */
const target = (values: { target?: string }, positional: string | undefined) => values.target ?? positional;

/** what a memo is on: the project, or `source Case 01 - Leder` */
const onWords = (m: MemoView) => (m.on === 'project' ? words('cliOnProject') : `${m.on} ${m.label}`);

function line(m: MemoView): string {
  const on = onWords(m);
  const text = m.text.replace(/\s+/g, ' ');
  return (
    `${m.id}  [${on}]  ${m.coder ? `${m.coder}, ` : ''}${m.updatedAt.slice(0, 10)}\n    ` +
    `${text.length > 200 ? `${text.slice(0, 199)}…` : text}`
  );
}

/** `cmo memo add|edit|remove|list|export <projekt> …`: memos on the project, a source, a case, a PT point or a code. */
export const memo: Command = async (args) => {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'add': {
      const {
        positionals: [file, ref, ...extra],
        values,
      } = parse(rest, { on: str, target: str, text: str, coder: str, json: flag }, 'many');
      if (!file || extra.length) throw new UsageError(say('cliUsage', { usage: say('cliUsageMemoAdd') }));
      if (!values.on) throw new UsageError(say('cliMissingOn'));
      if (values.text === undefined) throw new UsageError(say('cliMissingFlag', { flag: 'text' }));
      const on = option('on', On, values.on);
      return withService(file, async (svc) => {
        const m = await svc.call('memo.add', {
          on,
          target: target(values, ref) ?? null,
          text: values.text!,
          ...(values.coder ? { coder: values.coder } : {}),
        });
        if (values.json) json(m);
        else out(words('cliMemoAdded', { id: m.id, on: onWords(m) }));
        return 0;
      });
    }
    case 'edit': {
      const {
        positionals: [file, id],
        values,
      } = parse(rest, { text: str, json: flag }, 2);
      if (values.text === undefined) throw new UsageError(say('cliMissingFlag', { flag: 'text' }));
      return withService(file!, async (svc) => {
        const m = await svc.call('memo.edit', { id: id!, text: values.text! });
        if (values.json) json(m);
        else out(words('cliMemoEdited', { id: m.id }));
        return 0;
      });
    }
    case 'remove': {
      const {
        positionals: [file, id],
      } = parse(rest, {}, 2);
      return withService(file!, async (svc) => {
        await svc.call('memo.remove', { id: id! });
        out(words('cliMemoRemoved', { id }));
        return 0;
      });
    }
    case 'list': {
      const {
        positionals: [file, ref, ...extra],
        values,
      } = parse(rest, { on: str, target: str, json: flag }, 'many');
      if (!file || extra.length) throw new UsageError(say('cliUsage', { usage: say('cliUsageMemoList') }));
      const on = values.on ? option('on', On, values.on) : undefined;
      if (!on && target(values, ref)) throw new UsageError(say('cliOnBeforeTarget'));
      return withService(file, async (svc) => {
        const list = await svc.call('memo.list', { on, target: target(values, ref) });
        if (values.json) json(list);
        else out(list.length ? list.map(line).join('\n') : words('cliNoMemos'));
        return 0;
      });
    }
    case 'export': {
      const {
        positionals: [file, ref, ...extra],
        values,
      } = parse(rest, { format: str, out: str, on: str, target: str }, 'many');
      if (!file || extra.length) throw new UsageError(say('cliUsage', { usage: say('cliUsageMemoExport') }));
      const format = option('format', z.enum(['docx', 'md']), values.format ?? 'md');
      if (format === 'docx' && !values.out) throw new UsageError(say('cliFormatNeedsOut', { format: 'docx' }));
      const on = values.on ? option('on', On, values.on) : undefined;
      const lang = askedLang();
      return withService(file, async (svc) => {
        const f = await svc.call('memo.export', { format, on, target: target(values, ref), lang });
        const data = Buffer.from(f.dataBase64, 'base64');
        if (values.out) {
          await writeOut(values.out, data);
          process.stderr.write(`${words('cliMemosWritten', { file: values.out })}\n`);
        } else out(data.toString('utf8'));
        return 0;
      });
    }
    default:
      throw new UsageError(
        say('cliUnknownSubcommand', { usage: 'cmo memo add|edit|remove|list|export', sub: sub ?? '' }),
      );
  }
};
