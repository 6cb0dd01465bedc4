/** What the matrix counts: rows, columns, measure and which kinds. */
import type { MatrixQuery } from '../../../src/cmo/matrix';
import { KINDS, KIND_LABEL, type Kind } from '../shared/labels';

export type Rows = 'case' | 'role' | 'source';
export type Cols = 'pt' | 'kind' | 'pt-kind' | 'verdict';
export type Measure = 'segments' | 'sources' | 'words';
export interface MatrixSettings { rows: Rows; cols: Cols; measure: Measure; kinds: Kind[] }

export const ROWS = { case: 'Case', role: 'Rolle', source: 'Kilde' } as const satisfies Record<Rows, string>;
export const COLS = { pt: 'Programteoripunkt', kind: 'Type (C/M/O)', 'pt-kind': 'Punkt × type', verdict: 'Vurdering' } as const satisfies Record<Cols, string>;
export const MEASURES = { segments: 'Antal kodninger', sources: 'Antal kilder', words: 'Antal ord' } as const satisfies Record<Measure, string>;

export function toQuery(s: MatrixSettings): MatrixQuery {
  return { rows: s.rows, cols: s.cols, measure: s.measure, ...(s.kinds.length < KINDS.length ? { kinds: s.kinds } : {}) };
}

function Select<T extends string>({ id, label, options, value, onChange }: {
  id: string; label: string; options: Record<T, string>; value: T; onChange: (v: T) => void;
}) {
  const keys = Object.keys(options).filter((k): k is T => k in options);
  return (
    <div className="control">
      <label className="field-label" htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => { const v = keys.find((k) => k === e.target.value); if (v) onChange(v); }}>
        {keys.map((k) => <option key={k} value={k}>{options[k]}</option>)}
      </select>
    </div>
  );
}

export function MatrixControls({ value, onChange }: { value: MatrixSettings; onChange: (s: MatrixSettings) => void }) {
  const toggleKind = (k: Kind) => {
    const kinds = value.kinds.includes(k) ? value.kinds.filter((x) => x !== k) : KINDS.filter((x) => x === k || value.kinds.includes(x));
    if (kinds.length) onChange({ ...value, kinds });
  };
  return (
    <div className="controls" role="group" aria-label="Matrixindstillinger">
      <Select id="m-rows" label="Rækker" options={ROWS} value={value.rows} onChange={(rows) => onChange({ ...value, rows })} />
      <Select id="m-cols" label="Kolonner" options={COLS} value={value.cols} onChange={(cols) => onChange({ ...value, cols })} />
      <Select id="m-measure" label="Tal" options={MEASURES} value={value.measure} onChange={(measure) => onChange({ ...value, measure })} />
      <fieldset className="control kinds-filter">
        <legend className="field-label">Typer</legend>
        {KINDS.map((k) => (
          <label key={k} className={`check kind-check kind-${k}`}>
            <input type="checkbox" checked={value.kinds.includes(k)} onChange={() => toggleKind(k)} /> {KIND_LABEL[k]}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
