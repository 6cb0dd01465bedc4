/** Choose programme-theory points: type `4a` (Enter or comma adds it) or toggle them in the grid. */
import { useState, type KeyboardEvent, type RefObject } from 'react';
import type { PtPoint } from '../../../src/cmo/model';
import { normalizePtRef } from '../../../src/cmo/lookup';
import { ptShort } from '../shared/labels';

/** A typed reference (`4a`, `#4A`, `overordnet`) resolved to a point id, or null. */
export function resolvePtRef(points: readonly PtPoint[], ref: string): string | null {
  const want = normalizePtRef(ref);
  if (!want) return null;
  const hit = points.find((p) => p.id.toLowerCase() === want || p.title.toLowerCase() === want)
    ?? (want.length >= 3 ? points.find((p) => !p.id.startsWith('#') && p.id.toLowerCase().startsWith(want)) : undefined);
  return hit?.id ?? null;
}

export function PtPicker(props: {
  points: readonly PtPoint[]; value: readonly string[]; onChange: (ids: string[]) => void;
  inputRef?: RefObject<HTMLInputElement | null>; id: string;
  /** Enter in an empty field: the form's own action (code the passage) */
  onSubmit?: () => void;
}) {
  const { points, value, onChange } = props;
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const toggle = (id: string) => onChange(value.includes(id) ? value.filter((x) => x !== id) : [...value, id]);

  const addTyped = (): boolean => {
    const refs = typed.split(/[,\s]+/).filter(Boolean);
    if (!refs.length) return false;
    const ids: string[] = [];
    for (const r of refs) {
      const id = resolvePtRef(points, r);
      if (!id) { setProblem(`Ukendt programteoripunkt: ${r}`); return true; }
      ids.push(id);
    }
    onChange([...new Set([...value, ...ids])]);
    setTyped('');
    setProblem(null);
    return true;
  };

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      e.stopPropagation();
      if (!addTyped()) props.onSubmit?.();
    } else if (e.key === ',') {
      e.preventDefault();
      addTyped();
    } else if (e.key === 'Backspace' && !typed && value.length) {
      onChange(value.slice(0, -1));
    }
  };

  return (
    <div className="pt-picker">
      <div className="pt-chosen" aria-live="polite">
        {value.length === 0 && <span className="muted small">Intet punkt valgt</span>}
        {value.map((id) => (
          <span key={id} className="chip chosen">
            {id}
            <button type="button" className="chip-x" aria-label={`Fjern ${id}`} onClick={() => toggle(id)}>×</button>
          </span>
        ))}
        <input id={props.id} ref={props.inputRef} className="pt-input" value={typed} placeholder="skriv fx 4a"
          aria-label="Programteoripunkt" aria-invalid={problem !== null}
          onChange={(e) => { setTyped(e.target.value); setProblem(null); }} onKeyDown={onKey} onBlur={() => { if (typed) addTyped(); }} />
      </div>
      {problem && <p className="field-error" role="alert">{problem}</p>}
      <div className="pt-grid" role="group" aria-label="Programteoripunkter">
        {points.map((p) => (
          <button key={p.id} type="button" className="chip" aria-pressed={value.includes(p.id)} title={`${p.id} ${p.title}`}
            onMouseDown={(e) => e.preventDefault()} onClick={() => toggle(p.id)}>
            {ptShort(p)}
          </button>
        ))}
      </div>
    </div>
  );
}
