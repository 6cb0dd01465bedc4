import { UsageError } from '../args';
import { parse, flag, many, out, json, withService, type Command } from '../util';
import { reportLeaks, parseAttrs } from './quotes';
import { list } from '../args';
import { say } from '../../cmo/logMessages';
import { words } from '../lang';

/**
 * `cmo pseudonyms add|remove|list|check|apply <projekt> …` (apply: into the stored transcripts, remapping the coding)
 */
export const pseudonyms: Command = async (args) => {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'add': {
      const {
        positionals: [file, name, replacement],
      } = parse(rest, {}, 3);
      return withService(file!, async (svc) => {
        const l = await svc.call('pseudonyms.add', { name: name!, replacement: replacement! });
        out(words('cliPseudonymAdded', { name, replacement, count: l.length }));
        return 0;
      });
    }
    case 'remove': {
      const {
        positionals: [file, name],
      } = parse(rest, {}, 2);
      return withService(file!, async (svc) => {
        const l = await svc.call('pseudonyms.remove', { name: name! });
        out(words('cliPseudonymRemoved', { name, count: l.length }));
        return 0;
      });
    }
    case 'list': {
      const {
        positionals: [file],
        values,
      } = parse(rest, { json: flag }, 1);
      return withService(file!, async (svc) => {
        const l = await svc.call('pseudonyms.list', {});
        if (values.json) json(l);
        else out(l.length ? l.map((p) => `${p.name} → ${p.replacement}`).join('\n') : words('cliNoPseudonyms'));
        return 0;
      });
    }
    case 'check': {
      const {
        positionals: [file],
        values,
      } = parse(rest, { json: flag, pt: many, case: many, role: many, attr: many }, 1);
      return withService(file!, async (svc) => {
        const r = await svc.call('quotes.leaks', {
          pts: list(values.pt),
          cases: list(values.case),
          roles: list(values.role),
          attrs: parseAttrs(values.attr),
        });
        if (values.json) json(r);
        else if (!r.leaks.length) out(words('cliNoLeaks', { count: r.count }));
        else reportLeaks(r.leaks);
        return r.leaks.length ? 1 : 0;
      });
    }
    case 'apply': {
      const {
        positionals: [file],
        values,
      } = parse(rest, { source: many, json: flag }, 1);
      return withService(file!, async (svc) => {
        const r = await svc.call('pseudonyms.applyToTranscripts', { sources: list(values.source) });
        if (values.json) json(r);
        else
          out(
            words('cliPseudonymsApplied', {
              replacements: r.replacements,
              sources: r.sources,
              flagged: r.flagged.length,
            }),
          );
        return 0;
      });
    }
    default:
      throw new UsageError(
        say('cliUnknownSubcommand', { usage: 'cmo pseudonyms add|remove|list|check|apply', sub: sub ?? '' }),
      );
  }
};
