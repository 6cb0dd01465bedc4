/**
 * REFI-QDA Variables ↔ our attributes, typed. A Variable's `typeOfVariable` (Text, Boolean, Integer,
 * Float, Date, DateTime) is kept as the attribute's `refiType` and its values are normalised to it
 * (Boolean → true/false). A Variable with values on cases becomes a case attribute, one with values
 * on sources a source attribute (used on both: both); a declared Variable with no value becomes a
 * case attribute. On the way out every attribute goes as its type when all its values fit it, else
 * as Text, so the .qde always validates.
 */
import type { AttributeDef } from '../cmo/model';
import type { OurData } from './ours';
import type { RefiProject, RValue, RVariable } from './qdpxRead';

export type RefiType = NonNullable<AttributeDef['refiType']>;
const TYPES: readonly RefiType[] = ['Text', 'Boolean', 'Integer', 'Float', 'Date', 'DateTime'];

/** `typeOfVariable` as written (any case); unknown or absent: Text. */
export function refiTypeOf(s: string): RefiType {
  const want = s.trim().toLowerCase();
  return TYPES.find((t) => t.toLowerCase() === want) ?? 'Text';
}

const ZONE = '(Z|[+-]\\d\\d:\\d\\d)?';
const FITS: Record<RefiType, RegExp> = {
  Text: /^[\s\S]*$/,
  Boolean: /^(true|false|1|0)$/,
  Integer: /^[+-]?\d+$/,
  Float: /^[+-]?(\d+(\.\d*)?|\.\d+)$/,
  Date: new RegExp(`^-?\\d{4,}-\\d\\d-\\d\\d${ZONE}$`),
  DateTime: new RegExp(`^-?\\d{4,}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?${ZONE}$`),
};

/** Whether `value` is a valid value of `type` (the XSD's boolean, integer, decimal, date, dateTime). */
export const fitsType = (type: RefiType, value: string) => FITS[type].test(value);

/** A value as its type stores it: Boolean as true/false, the others trimmed; Text as written. */
export function typedValue(type: RefiType, raw: string): string {
  if (type === 'Text') return raw;
  const v = raw.trim();
  if (type === 'Boolean') return /^(true|1)$/i.test(v) ? 'true' : /^(false|0)$/i.test(v) ? 'false' : v;
  return v;
}

/** The attribute a Variable becomes (numbers as number, Boolean as the category true/false). */
export function attributeFor(v: RVariable, id: string): AttributeDef {
  const refiType = refiTypeOf(v.type);
  const label = v.name.trim() || id;
  const cat = /^Kategori:\s*(.*)$/m.exec(v.description);
  if (cat && refiType === 'Text') {
    const values = cat[1]!
      .split('|')
      .map((x) => x.trim())
      .filter(Boolean);
    return { id, label, type: 'category', values, refiType };
  }
  if (refiType === 'Integer' || refiType === 'Float') return { id, label, type: 'number', values: [], refiType };
  if (refiType === 'Boolean') return { id, label, type: 'category', values: ['true', 'false'], refiType };
  return { id, label, type: 'text', values: [], refiType };
}

/** The type an attribute goes out as, given every value it has. */
export function exportType(def: AttributeDef, values: readonly string[]): RefiType {
  const want = def.refiType ?? (def.type === 'number' ? 'Float' : 'Text');
  if (values.every((v) => fitsType(want, v.trim()))) return want;
  if (def.type === 'number' && values.every((v) => fitsType('Float', v.trim()))) return 'Float';
  return 'Text';
}

/** A `VariableValue`'s value element for a value of an attribute going out as `type`. */
export function valueElement(type: RefiType, value: string): Record<string, string> {
  return type === 'Text' ? { TextValue: value } : { [`${type}Value`]: value.trim() };
}

const slug = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\w]+/g, '-')
    .replace(/^-|-$/g, '') || 'egenskab';

export interface VariableMap {
  caseDefs: AttributeDef[];
  sourceDefs: AttributeDef[];
  /** a case's values as its attributes (attribute id → value) */
  caseAttributes(values: readonly RValue[]): Record<string, string>;
  sourceAttributes(values: readonly RValue[]): Record<string, string>;
  /** how many Variables came over as attributes */
  count: number;
}

/** The Variables of a read .qdpx as case and source attributes (ours: as they were). */
export function mapVariables(r: RefiProject, ours: OurData | null): VariableMap {
  const onCase = new Set(r.cases.flatMap((c) => c.values.map((v) => v.varGuid)));
  const onSource = new Set(r.sources.flatMap((s) => s.values.map((v) => v.varGuid)));
  const typeOf = new Map(r.variables.map((v) => [v.guid, refiTypeOf(v.type)]));
  const caseDefs: AttributeDef[] = [],
    sourceDefs: AttributeDef[] = [];
  const caseId = new Map<string, string>(),
    sourceId = new Map<string, string>();
  const came = new Set<string>();
  const add = (defs: AttributeDef[], ids: Map<string, string>, v: RVariable, known: AttributeDef | undefined) => {
    let id = known?.id ?? slug(v.name);
    for (let i = 2; defs.some((a) => a.id === id); i++) id = `${slug(v.name)}-${i}`;
    ids.set(v.guid, id);
    defs.push(known ?? attributeFor(v, id));
    came.add(v.guid);
  };
  for (const v of r.variables) {
    // ours: the Variables the data note names (Rolle and Deltagere come back as roles and participants)
    const ourCase = ours?.variables[v.guid],
      ourSource = ours?.sourceVariables[v.guid];
    const toCase = ours ? !!ourCase : onCase.has(v.guid) || !onSource.has(v.guid);
    const toSource = ours ? !!ourSource : onSource.has(v.guid);
    if (toCase)
      add(
        caseDefs,
        caseId,
        v,
        ours?.attributeDefs.find((a) => a.id === ourCase),
      );
    if (toSource)
      add(
        sourceDefs,
        sourceId,
        v,
        ours?.sourceAttributeDefs.find((a) => a.id === ourSource),
      );
  }
  const attributes = (ids: Map<string, string>) => (values: readonly RValue[]) => {
    const out: Record<string, string> = {};
    for (const v of values) {
      const id = ids.get(v.varGuid);
      if (id && v.value.trim() !== '') out[id] = typedValue(typeOf.get(v.varGuid) ?? 'Text', v.value);
    }
    return out;
  };
  return {
    caseDefs,
    sourceDefs,
    caseAttributes: attributes(caseId),
    sourceAttributes: attributes(sourceId),
    count: came.size,
  };
}
