import fs from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../args';
import { parse, str, flag, out, json, withService, writeOut, type Command } from '../util';
import { codesMap } from './codesMap';
import { say } from '../../cmo/logMessages';
import { words } from '../lang';

/** `cmo codes list|add|rename|move|merge|remove|export-qdc|import-qdc|export-csv <project> …`: the codebook. */
export const codes: Command = async (args) => {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'map':
      return codesMap(rest);
    case 'list': {
      const {
        positionals: [file],
        values,
      } = parse(rest, { json: flag }, 1);
      return withService(file!, async (svc) => {
        const all = await svc.call('codes.list', {});
        if (values.json)
          json(
            all.map(({ id, name, path: p, parent, codable, color, description, segments }) => ({
              id,
              name,
              path: p,
              parent,
              codable,
              color,
              description,
              segments,
            })),
          );
        else
          for (const c of all)
            out(
              `${'  '.repeat(c.path.split('/').length - 1)}${c.name}${c.codable ? '' : words('cliFolder')}` +
                (c.segments ? `  [${c.segments}]` : ''),
            );
        return 0;
      });
    }
    case 'add': {
      const {
        positionals: [file, codePath],
        values,
      } = parse(rest, { description: str, color: str, folder: flag }, 2);
      return withService(file!, async (svc) => {
        const c = await svc.call('codes.add', {
          path: codePath!,
          description: values.description,
          color: values.color,
          codable: values.folder ? false : undefined,
        });
        out(words('cliCodeAdded', { path: c.path }));
        return 0;
      });
    }
    case 'rename':
    case 'move': {
      const {
        positionals: [file, ref, to],
      } = parse(rest, {}, 3);
      return withService(file!, async (svc) => {
        const c = await svc.call(
          'codes.update',
          sub === 'rename' ? { id: ref!, name: to! } : { id: ref!, parent: to === '/' ? null : to! },
        );
        out(words(sub === 'rename' ? 'cliCodeRenamed' : 'cliCodeMoved', { path: c.path }));
        return 0;
      });
    }
    case 'merge': {
      const {
        positionals: [file, from, into],
      } = parse(rest, {}, 3);
      return withService(file!, async (svc) => {
        const c = await svc.call('codes.merge', { from: from!, into: into! });
        out(words('cliCodeMerged', { path: c.path }));
        return 0;
      });
    }
    case 'remove': {
      const {
        positionals: [file, ref],
      } = parse(rest, {}, 2);
      return withService(file!, async (svc) => {
        const r = await svc.call('codes.remove', { id: ref! });
        out(words('cliCodeRemoved', { flagged: r.flagged }));
        return 0;
      });
    }
    case 'export-qdc':
    case 'export-csv': {
      const {
        positionals: [file, target],
      } = parse(rest, {}, 2);
      return withService(file!, async (svc) => {
        const f = await svc.call('codes.export', { format: sub === 'export-qdc' ? 'qdc' : 'csv' });
        await writeOut(target!, Buffer.from(f.dataBase64, 'base64'));
        out(words('cliWrote', { file: target }));
        return 0;
      });
    }
    case 'import-qdc':
    case 'import-csv': {
      const {
        positionals: [file, source],
      } = parse(rest, {}, 2);
      let xml: string;
      try {
        xml = await fs.readFile(source!, 'utf8');
      } catch (e) {
        throw new UsageError(say('cliCannotRead', { file: source, code: (e as NodeJS.ErrnoException).code }));
      }
      return withService(file!, async (svc) => {
        const r =
          sub === 'import-qdc'
            ? await svc.call('codes.importQdc', { fileName: path.basename(source!), xml })
            : await svc.call('codes.importCsv', { fileName: path.basename(source!), text: xml });
        out(words('cliCodesImported', { added: r.added, total: r.total }));
        return 0;
      });
    }
    default:
      throw new UsageError(say('cliUsage', { usage: say('cliUsageCodes') }));
  }
};
