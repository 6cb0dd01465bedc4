/**
 * Choose programme-theory points: type `4a` (completion from the programteori as you type, ↑/↓
 * to move, Enter or comma adds) or toggle them in the grid.
 */
import { useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { PtPoint } from '../../../src/cmo/model';
import { normalizePtRef } from '../../../src/cmo/lookup';
import { ns } from './i18n';

/** A typed reference (`4a`, `#4A`, `overordnet`) resolved to a point id, or null. */
export function resolvePtRef(points: readonly PtPoint[], ref: string): string | null {
  const want = normalizePtRef(ref);
  if (!want) return null;
  const hit =
    points.find((p) => p.id.toLowerCase() === want || p.title.toLowerCase() === want) ??
    (want.length >= 3 ? points.find((p) => !p.id.startsWith('#') && p.id.toLowerCase().startsWith(want)) : undefined);
  return hit?.id ?? null;
}

/** Points completing what was typed: an exact id first, then ids starting with it, then titles containing it. */
export function completePt(points: readonly PtPoint[], typed: string): PtPoint[] {
  const s = typed.trim().toLowerCase();
  if (!s) return [];
  const ref = normalizePtRef(s);
  const exact = resolvePtRef(points, s);
  const byId = /^#?\d/.test(s) ? points.filter((p) => p.id.toLowerCase().startsWith(ref)) : [];
  const byTitle =
    s.length >= 2 && !/^#?\d/.test(s)
      ? points.filter((p) => p.title.toLowerCase().includes(s) || p.id.toLowerCase().includes(s))
      : [];
  const out = [...points.filter((p) => p.id === exact), ...byId, ...byTitle];
  return [...new Set(out)].slice(0, 8);
}

export function PtPicker(props: {
  points: readonly PtPoint[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
  inputRef?: RefObject<HTMLInputElement | null>;
  id: string;
  /** Enter in an empty field: the form's own action (code the passage) */
  onSubmit?: () => void;
  /** a point was added by typing (the form moves on to the verdict) */
  onAdded?: () => void;
  /** the point the completion is showing, for the hypothesis beside the text */
  onPreview?: (id: string | null) => void;
}) {
  const { t } = useTranslation(ns);
  const { points, value, onChange } = props;
  const [typed, setTyped] = useState('');
  const [hi, setHi] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const toggle = (id: string) => onChange(value.includes(id) ? value.filter((x) => x !== id) : [...value, id]);
  const suggestions = completePt(points, typed).filter((p) => !value.includes(p.id));
  const short = (p: { id: string }) => (p.id.startsWith('#') ? p.id : t('overall'));

  const setText = (s: string) => {
    setTyped(s);
    setHi(0);
    setProblem(null);
    props.onPreview?.(completePt(points, s)[0]?.id ?? null);
  };

  const addTyped = (): 'added' | 'error' | 'empty' => {
    const refs = typed.split(/[,\s]+/).filter(Boolean);
    if (!refs.length) return 'empty';
    const ids: string[] = [];
    for (const r of refs) {
      const id = refs.length === 1 ? (resolvePtRef(points, r) ?? suggestions[hi]?.id ?? null) : resolvePtRef(points, r);
      if (!id) {
        setProblem(t('ptUnknown', { ref: r }));
        return 'error';
      }
      ids.push(id);
    }
    onChange([...new Set([...value, ...ids])]);
    setText('');
    props.onPreview?.(null);
    return 'added';
  };

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      e.stopPropagation();
      if (!typed.trim()) {
        props.onSubmit?.();
        return;
      }
      // an arrow-chosen suggestion wins over the literal text
      if (hi > 0 && suggestions[hi]) {
        onChange([...value, suggestions[hi]!.id]);
        setText('');
        props.onAdded?.();
        return;
      }
      if (addTyped() === 'added') props.onAdded?.();
    } else if (e.key === ',') {
      e.preventDefault();
      addTyped();
    } else if (e.key === 'ArrowDown' && suggestions.length) {
      e.preventDefault();
      const n = Math.min(hi + 1, suggestions.length - 1);
      setHi(n);
      props.onPreview?.(suggestions[n]!.id);
    } else if (e.key === 'ArrowUp' && suggestions.length) {
      e.preventDefault();
      const n = Math.max(hi - 1, 0);
      setHi(n);
      props.onPreview?.(suggestions[n]!.id);
    } else if (e.key === 'Backspace' && !typed && value.length) {
      onChange(value.slice(0, -1));
    }
  };

  return (
    <div className="pt-picker">
      <div className="pt-chosen" aria-live="polite">
        {value.length === 0 && !typed && <span className="muted small">{t('ptNone')}</span>}
        {value.map((id) => (
          <span key={id} className="chip chosen">
            {id.startsWith('#') ? id : t('overall')}
            <button type="button" className="chip-x" aria-label={t('ptRemove', { id })} onClick={() => toggle(id)}>
              ×
            </button>
          </span>
        ))}
        <input
          id={props.id}
          ref={props.inputRef}
          className="pt-input"
          value={typed}
          placeholder={t('ptPlaceholder')}
          aria-label={t('ptInput')}
          aria-invalid={problem !== null}
          role="combobox"
          aria-expanded={suggestions.length > 0}
          aria-controls={`${props.id}-list`}
          autoComplete="off"
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKey}
          onBlur={() => {
            if (typed) addTyped();
            props.onPreview?.(null);
          }}
        />
      </div>
      {suggestions.length > 0 && (
        <ul className="suggest" id={`${props.id}-list`} role="listbox" aria-label={t('ptSuggestions')}>
          {suggestions.map((p, i) => (
            <li
              key={p.id}
              role="option"
              aria-selected={i === hi}
              className={i === hi ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                onChange([...value, p.id]);
                setText('');
                props.onAdded?.();
              }}
            >
              <span className="suggest-id">{short(p)}</span> <span className="suggest-main">{p.title}</span>
            </li>
          ))}
        </ul>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="pt-grid" role="group" aria-label={t('ptGrid')}>
        {points.map((p) => (
          <button
            key={p.id}
            type="button"
            className="chip"
            aria-pressed={value.includes(p.id)}
            title={`${p.id} ${p.title}`}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => toggle(p.id)}
          >
            {short(p)}
          </button>
        ))}
      </div>
    </div>
  );
}
