/**
 * One filter of a filter row (the matrix's, the quotes'): a labelled select whose first option, value `''`, is "all"
 * — and the attribute filter built on it, a case or source attribute's values as `id=value` options.
 */
import type { ReactNode } from 'react';
import type { ProjectInfo } from '../../../src/api/contract';
import { AttributeValueOptions } from './AttributeValueOptions';

export function FilterSelect(props: {
  id: string;
  label: ReactNode;
  /** `''`: the "all" option */
  value: string;
  onChange: (value: string) => void;
  /** the words of the "all" option */
  all: string;
  disabled?: boolean;
  /** the choices: a plain list (a value is its own words) or ids with labels; or `children` for other options */
  options?: readonly (string | { id: string; label: string })[];
  children?: ReactNode;
}) {
  return (
    <div className="control">
      <label className="field-label" htmlFor={props.id}>
        {props.label}
      </label>
      <select
        id={props.id}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        disabled={props.disabled}
      >
        <option value="">{props.all}</option>
        {props.options?.map((o) =>
          typeof o === 'string' ? (
            <option key={o} value={o}>
              {o}
            </option>
          ) : (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ),
        )}
        {props.children}
      </select>
    </div>
  );
}

/** A case (or, `on="source"`, source) attribute filter: one select of every attribute's values, `id=value`. */
export function AttributeFilterSelect(props: {
  id: string;
  label: string;
  all: string;
  info: Pick<ProjectInfo, 'attributeDefs' | 'cases' | 'sourceAttributeDefs' | 'sourceList'>;
  on?: 'case' | 'source';
  value: string;
  onChange: (value: string) => void;
}) {
  const { info, on, ...select } = props;
  return (
    <FilterSelect {...select}>
      <AttributeValueOptions info={info} on={on} />
    </FilterSelect>
  );
}
