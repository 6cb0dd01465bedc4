import { z } from 'zod';
import { UsageError, list, option } from '../args';
import { parse, flag, many, str, out, json, withService, type Command } from '../util';
import { say } from '../../cmo/logMessages';
import { attributeValues } from '../../cmo/lookup';
import { findAttributeDef, type AttributeHolder } from '../../cmo/cases';
import type { AttributeDef } from '../../cmo/model';
import type { Service } from '../../service/service';
import { words } from '../lang';

const SUBS = ['list', 'define', 'rename', 'change', 'remove'] as const;
type Sub = (typeof SUBS)[number];
const isSub = (s: string | undefined): s is Sub => SUBS.some((x) => x === s);
const ON = z.enum(['case', 'source']);
const TYPE = z.enum(['text', 'number', 'category']);
const usage = () => new UsageError(say('cliUsage', { usage: say('cliUsageAttributes') }));

/** One attribute as listed: its definition, the values it has (declared, then those in use) and how many hold it. */
interface Listed extends AttributeDef {
  held: string[];
  used: number;
}

async function listed(svc: Service): Promise<Record<AttributeHolder, Listed[]>> {
  const info = await svc.call('project.info', {});
  const holders = {
    case: info.cases.map((c) => ({ attributes: c.attributes })),
    source: info.sourceList.map((s) => ({ attributes: s.attributes ?? {} })),
  };
  const each = (on: AttributeHolder, defs: readonly AttributeDef[]) =>
    defs.map((d) => ({
      ...d,
      held: attributeValues(d, holders[on]),
      used: holders[on].filter((h) => h.attributes[d.id]).length,
    }));
  return { case: each('case', info.attributeDefs), source: each('source', info.sourceAttributeDefs) };
}

/** The definition `ref` names (id or label): on `--on`'s side, else a case attribute, else a source attribute. */
async function named(svc: Service, ref: string, on: AttributeHolder | undefined) {
  const info = await svc.call('project.info', {});
  const defs = { case: info.attributeDefs, source: info.sourceAttributeDefs };
  const side =
    on ??
    (['case', 'source'] as const).find((s) => {
      try {
        return !!findAttributeDef(defs[s], ref, s);
      } catch {
        return false;
      }
    }) ??
    'case';
  return { on: side, def: findAttributeDef(defs[side], ref, side) };
}

function printDone(def: AttributeDef, on: AttributeHolder, created: boolean) {
  const values = def.type === 'category' ? def.values.join(', ') : undefined;
  out(words('cliAttrDone', { created: created ? 1 : 0, source: on === 'source' ? 1 : 0, ...def, values }));
}

/**
 * `cmo attributes <project> [list|define|rename|change|remove] …` (or the subcommand first): the case and source
 * attributes listed with their type and values, a new one defined, one renamed, its type or category values changed
 * — each change one undoable step through `attributes.define` — or one removed with its values (`attributes.remove`).
 */
export const attributes: Command = async (args) => {
  const [a, b, ...rest] = args;
  const [sub, file, more] = isSub(a) ? [a, b, rest] : [isSub(b) ? b : 'list', a, isSub(b) ? rest : args.slice(1)];
  if (!file || file.startsWith('-')) throw new UsageError(say('cliNeedProject'));
  if (!isSub(a) && b !== undefined && !isSub(b) && !b.startsWith('-')) {
    // `cmo attributes frob p.cmo.json` as well as `cmo attributes p.cmo.json frob`
    const asked = /\.json$/i.test(b) && !/\.json$/i.test(a ?? '') ? a : b;
    throw new UsageError(say('cliUnknownSubcommand', { usage: say('cliUsageAttributes'), sub: asked ?? '' }));
  }
  const opts = { on: str, json: flag, name: str, type: str, values: many, to: str };
  const { positionals, values } = parse(more, opts, sub === 'list' || sub === 'define' ? 0 : 1);
  const on = values.on === undefined ? undefined : option('on', ON, values.on);
  const type = values.type === undefined ? undefined : option('type', TYPE, values.type);
  const given = values.values === undefined ? undefined : (list(values.values) ?? []);
  return withService(file, async (svc) => {
    switch (sub) {
      case 'list': {
        const all = await listed(svc);
        const sides = on ? [on] : (['case', 'source'] as const);
        if (values.json) json(on ? all[on] : all);
        else
          for (const side of sides) {
            const source = side === 'source' ? 1 : 0;
            out(words('cliAttrsHeading', { source, count: all[side].length }));
            if (!all[side].length) out(words('cliAttrsNone'));
            for (const d of all[side]) {
              const { id, label, type: t, used } = d;
              out(words('cliAttrsLine', { source, id, label, type: t, used, values: d.held.join(', ') || undefined }));
            }
          }
        return 0;
      }
      case 'define': {
        if (!values.name) throw new UsageError(say('cliMissingFlag', { flag: 'name' }));
        if (!type) throw new UsageError(say('cliMissingFlag', { flag: 'type' }));
        const side = on ?? 'case';
        if (given && type !== 'category')
          throw new UsageError(say('cliAttrValuesNotCategory', { label: values.name, type }));
        const def = await svc.call('attributes.define', {
          on: side,
          label: values.name,
          type,
          ...(given ? { values: given } : {}),
        });
        if (values.json) json(def);
        else printDone(def, side, true);
        return 0;
      }
      case 'remove': {
        const { on: side, def: old } = await named(svc, positionals[0]!, on);
        const r = await svc.call('attributes.remove', { on: side, id: old.id });
        const { cleared, attribution } = r;
        const source = side === 'source' ? 1 : 0;
        if (values.json) json(r);
        else
          out(words('attributeRemoved', { source, label: old.label, cleared, attribution: attribution ?? undefined }));
        return 0;
      }
      case 'rename':
      case 'change': {
        const { on: side, def: old } = await named(svc, positionals[0]!, on);
        if (sub === 'rename' && !values.to) throw new UsageError(say('cliMissingFlag', { flag: 'to' }));
        if (sub === 'change' && !type && !given) throw usage();
        if (sub === 'rename' && values.to!.trim() === old.label)
          throw new UsageError(say('cliAttrSameName', { label: old.label }));
        const becomes = type ?? old.type;
        if (given && becomes !== 'category')
          throw new UsageError(say('cliAttrValuesNotCategory', { label: old.label, type: becomes }));
        const def = await svc.call('attributes.define', {
          on: side,
          id: old.id,
          label: sub === 'rename' ? values.to! : old.label,
          type: becomes,
          ...(becomes === 'category' ? { values: given ?? old.values } : {}),
        });
        if (values.json) json(def);
        else printDone(def, side, false);
        return 0;
      }
    }
  });
};
