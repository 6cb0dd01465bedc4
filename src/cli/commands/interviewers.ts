import { UsageError } from '../args';
import { parse, flag, out, json, withService, type Command } from '../util';
import { say } from '../../cmo/logMessages';
import { words } from '../lang';

/** `cmo interviewers add|remove|list <projekt> [navn…]`: the names whose voices are the interviewer's. */
export const interviewers: Command = async (args) => {
  const [sub, ...rest] = args;
  const {
    positionals: [file, ...names],
    values,
  } = parse(rest, { json: flag }, 'many');
  if (!file) throw new UsageError(say('cliNeedProject'));
  if (sub !== 'list' && !names.length) throw new UsageError(say('cliNeedName', { sub: sub ?? '' }));
  return withService(file, async (svc) => {
    switch (sub) {
      case 'list': {
        const l = await svc.call('interviewers.list', {});
        if (values.json) json(l);
        else out(`${l.names.join('\n')}${l.custom ? '' : `\n${words('cliDefaultList')}`}`);
        return 0;
      }
      case 'add': {
        const r = await svc.call('interviewers.add', { names });
        if (values.json) json(r);
        else {
          out(words('cliInterviewers', { names: r.names.join(', ') }));
          for (const u of r.unmapped) out(words('cliUnmapped', { label: u.label, source: u.source }));
        }
        return 0;
      }
      case 'remove': {
        const r = await svc.call('interviewers.remove', { names });
        if (values.json) json(r);
        else out(words('cliInterviewers', { names: r.names.join(', ') }));
        return 0;
      }
      default:
        throw new UsageError(say('cliUsage', { usage: say('cliUsageInterviewers') }));
    }
  });
};
