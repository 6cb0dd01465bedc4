import { z } from 'zod';
import { UsageError } from '../args';
import { parse, str, flag, out, json, withService, type Command } from '../util';
import type { TurnsResult } from '../../api/contract';
import { say } from '../../cmo/logMessages';
import { words } from '../lang';

const At = z.coerce
  .number({ error: () => words('cliBadAt') })
  .int()
  .nonnegative();

/**
 * `cmo turns split|merge|assign <projekt> --source <navn|id> --at <tegn> [--speaker <taler>]`
 * and `cmo turns list <projekt> --source …`: repairs of the speaker turns, one undoable step each.
 */
export const turns: Command = async (args) => {
  const [sub, ...rest] = args;
  const {
    positionals: [file],
    values,
  } = parse(rest, { source: str, at: str, speaker: str, json: flag }, 1);
  if (!values.source) throw new UsageError(say('cliMissingFlag', { flag: 'source' }));
  const source = values.source;
  return withService(file!, async (svc) => {
    if (sub === 'list') {
      const s = await svc.call('source.speakerSummary', { source });
      const { source: src } = await svc.call('source.get', { id: s.sourceId });
      if (values.json) json({ summary: s, turns: src.turns });
      else {
        for (const t of src.turns) {
          const said = src.text.slice(t.start, Math.min(t.end, t.start + 70)).replace(/\s+/g, ' ');
          out(`${t.start}–${t.end}  ${t.speaker || words('cliNoSpeaker')}  ${said}`);
        }
      }
      return 0;
    }
    if (values.at === undefined) throw new UsageError(say('cliMissingAt'));
    const at = At.parse(values.at);
    let r: TurnsResult;
    const speaker = values.speaker ? { speaker: values.speaker } : {};
    if (sub === 'split') r = await svc.call('turns.split', { source, at, ...speaker });
    else if (sub === 'merge') r = await svc.call('turns.merge', { source, at });
    else if (sub === 'assign') {
      if (!values.speaker) throw new UsageError(say('cliMissingFlag', { flag: 'speaker' }));
      r = await svc.call('turns.assign', { source, at, speaker: values.speaker });
    } else {
      throw new UsageError(say('cliUsage', { usage: say('cliUsageTurns') }));
    }
    if (values.json) json(r);
    else {
      out(words('cliTurnsDone', { turns: r.turns.length, flagged: r.flagged.length }));
    }
    return 0;
  });
};
