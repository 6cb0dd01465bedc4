/** One attribute value, edited in place: a select for a category, a field that commits for text and numbers. */
import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { AttributeDef } from '../../../src/cmo/model';
import { ns } from './i18n';

/**
 * A text field that commits on Enter or leaving it, and goes back on Escape — or when the change
 * was refused (`onCommit` resolving to undefined), so the field never shows what was not saved.
 */
export function Commit({
  value,
  label,
  onCommit,
  type = 'text',
  className,
}: {
  value: string;
  label: string;
  onCommit: (v: string) => Promise<unknown>;
  type?: string;
  className?: string;
}) {
  const [v, setV] = useState(value);
  useEffect(() => setV(value), [value]);
  return (
    <input
      className={className}
      type={type}
      value={v}
      aria-label={label}
      onChange={(e) => setV(e.target.value)}
      onBlur={() => {
        if (v.trim() !== value)
          void onCommit(v.trim()).then((ok) => {
            if (ok === undefined) setV(value);
          });
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
        if (e.key === 'Escape') setV(value);
      }}
    />
  );
}

export function AttributeValue({
  def,
  value,
  label,
  onCommit,
}: {
  def: AttributeDef;
  value: string | undefined;
  label: string;
  onCommit: (v: string) => Promise<unknown>;
}) {
  const { t } = useTranslation(ns);
  if (def.type !== 'category')
    return (
      <Commit type={def.type === 'number' ? 'number' : 'text'} value={value ?? ''} label={label} onCommit={onCommit} />
    );
  return (
    <select aria-label={label} value={value ?? ''} onChange={(e) => void onCommit(e.target.value)}>
      <option value="">{t('empty')}</option>
      {def.values.map((v) => (
        <option key={v} value={v}>
          {v}
        </option>
      ))}
      {value && !def.values.includes(value) && <option value={value}>{value}</option>}
    </select>
  );
}
