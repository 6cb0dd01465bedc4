import { option } from '../args';
import { logText } from '../../cmo/logMessages';
import { parse, wholeNumber, str, flag, out, json, withService, type Command } from '../util';
import { askedLang } from '../lang';

export const log: Command = async (args) => {
  const {
    positionals: [file],
    values,
  } = parse(args, { limit: str, json: flag }, 1);
  const limit = option('limit', wholeNumber(1), values.limit ?? '50');
  // --lang (src/cli/lang.ts): each entry in that language; without it, as recorded (the project's language then)
  const lang = askedLang();
  return withService(file!, async (svc) => {
    const log = (await svc.call('log.list', { limit })).map((e) => ({
      ...e,
      summary: (lang && e.message && logText(e.message, lang)) || e.summary,
    }));
    if (values.json) json(log.map((e) => ({ at: e.at, coder: e.who, command: e.command, summary: e.summary })));
    else for (const e of log) out(`${e.at}  ${e.who || '-'}  ${e.summary}`);
    return 0;
  });
};
