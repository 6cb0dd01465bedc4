/**
 * "Only this coder's work": a select of the project's coders who have coded something, for the
 * views whose queries take `coders` (evidence, search). Empty value: every coder.
 */
import { useTranslation } from '../i18n/useTranslation';
import { useCoders } from './useCoders';
import { ns } from './i18n';

export const codersParam = (coder: string): { coders?: string[] } => (coder ? { coders: [coder] } : {});

export function CoderFilter({ id, value, onChange }: { id: string; value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation(ns);
  const coders = useCoders();
  const active = (coders ?? []).filter((c) => c.segments > 0 || c.name === value);
  if (active.length < 2 && !value) return null;
  return (
    <div className="control coder-filter">
      <label className="field-label" htmlFor={id}>
        {t('filterCoder')}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('filterAll')}</option>
        {active.map((c) => (
          <option key={c.id} value={c.name}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  );
}
