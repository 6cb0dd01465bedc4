/**
 * Assign thematic codes by keyboard: type to filter the codebook (fuse.js), ↑/↓ to move, Enter
 * to add the highlighted code — or, when nothing matches, to create a code by that name.
 * Enter in the empty field hands over to the form (code / save); Escape leaves the field.
 */
import { useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { ns } from './i18n';
import type { CodeView } from './useCodes';

export function CodePicker(props: {
  id: string;
  value: readonly string[];
  onChange: (ids: string[]) => void;
  codes: { byId: Map<string, CodeView>; search: (q: string, codableOnly?: boolean) => CodeView[] };
  onCreate: (name: string) => Promise<string | undefined>;
  inputRef?: RefObject<HTMLInputElement | null>;
  onSubmit?: () => void;
  onLeave?: () => void;
}) {
  const { t } = useTranslation(ns);
  const { value, onChange, codes } = props;
  const [q, setQ] = useState('');
  const [hi, setHi] = useState(0);
  const [open, setOpen] = useState(false);
  const hits = open
    ? codes
        .search(q, true)
        .filter((c) => !value.includes(c.id))
        .slice(0, 8)
    : [];
  const canCreate = q.trim().length > 0 && !hits.some((c) => c.name.toLowerCase() === q.trim().toLowerCase());
  const options = hits.length + (canCreate ? 1 : 0);

  const pick = async (i: number) => {
    const hit = hits[i];
    const id = hit ? hit.id : canCreate ? await props.onCreate(q.trim()) : undefined;
    if (!id) return;
    onChange([...value, id]);
    setQ('');
    setHi(0);
  };

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setHi((h) => Math.min(h + 1, Math.max(0, options - 1)));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setHi((h) => Math.max(0, h - 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      e.stopPropagation();
      if (q.trim() && options) void pick(Math.min(hi, options - 1));
      else if (!q.trim()) props.onSubmit?.();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      if (q) setQ('');
      else {
        setOpen(false);
        props.onLeave?.();
      }
    } else if (e.key === 'Backspace' && !q && value.length) onChange(value.slice(0, -1));
  };

  return (
    <div className="code-picker">
      <div className="pt-chosen">
        {value.map((id) => {
          const c = codes.byId.get(id);
          return (
            <span key={id} className="chip chosen code-chip" title={c?.path ?? id}>
              {c?.name ?? id}
              <button
                type="button"
                className="chip-x"
                aria-label={t('remove', { name: c?.name ?? id })}
                onClick={() => onChange(value.filter((x) => x !== id))}
              >
                ×
              </button>
            </span>
          );
        })}
        <input
          id={props.id}
          ref={props.inputRef}
          className="pt-input"
          value={q}
          placeholder={t('pickerPlaceholder')}
          aria-label={t('pickerLabel')}
          role="combobox"
          aria-expanded={options > 0}
          aria-controls={`${props.id}-list`}
          autoComplete="off"
          onChange={(e) => {
            setQ(e.target.value);
            setHi(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={onKey}
        />
      </div>
      {options > 0 && q.trim() !== '' && (
        <ul className="suggest" id={`${props.id}-list`} role="listbox" aria-label={t('suggestions')}>
          {hits.map((c, i) => (
            <li
              key={c.id}
              role="option"
              aria-selected={i === hi}
              className={i === hi ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                void pick(i);
              }}
            >
              <span className="suggest-main">{c.name}</span>
              {c.path !== c.name && <span className="suggest-sub">{c.path}</span>}
            </li>
          ))}
          {canCreate && (
            <li
              role="option"
              aria-selected={hi === hits.length}
              className={`create${hi === hits.length ? ' active' : ''}`}
              onMouseDown={(e) => {
                e.preventDefault();
                void pick(hits.length);
              }}
            >
              + {t('create', { name: q.trim() })}
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
