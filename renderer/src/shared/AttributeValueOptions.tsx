import type { ProjectInfo } from '../../../src/api/contract';
import type { AttributeDef } from '../../../src/cmo/model';
import { attributeValues } from '../../../src/cmo/lookup';

/**
 * `<optgroup>`s of every attribute's values, each option `id=value` (for attribute filters): the
 * cases' attributes by default, or (`on="source"`) the sources': the defined values and those in use.
 */
export function AttributeValueOptions({
  info,
  on = 'case',
}: {
  info: Pick<ProjectInfo, 'attributeDefs' | 'cases' | 'sourceAttributeDefs' | 'sourceList'>;
  on?: 'case' | 'source';
}) {
  const defs = on === 'case' ? info.attributeDefs : info.sourceAttributeDefs;
  const holders = on === 'case' ? info.cases : info.sourceList.map((s) => ({ attributes: s.attributes ?? {} }));
  const valuesOf = (a: AttributeDef) => attributeValues(a, holders);
  return (
    <>
      {defs.map((a) => {
        const values = valuesOf(a);
        return values.length === 0 ? null : (
          <optgroup key={a.id} label={a.label}>
            {values.map((v) => (
              <option key={v} value={`${a.id}=${v}`}>
                {a.label}: {v}
              </option>
            ))}
          </optgroup>
        );
      })}
    </>
  );
}
