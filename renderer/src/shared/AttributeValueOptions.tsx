import type { ProjectInfo } from '../../../src/api/contract';
import { attributeValues } from '../../../src/cmo/lookup';

/** `<optgroup>`s of every case attribute's values, each option `id=value` (for attribute filters). */
export function AttributeValueOptions({ info }: { info: Pick<ProjectInfo, 'attributeDefs' | 'cases'> }) {
  return (
    <>
      {info.attributeDefs.map((a) => {
        const values = attributeValues(a, info.cases);
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
