/**
 * The cases' (or the sources') attribute definitions: each one's label, type and values, edited in
 * place, removed (after a confirm saying how many hold a value and what becomes of the quotes' attribution;
 * refused beforehand while a matrix summary is kept by it), and a form for a new one.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { AttributeDef } from '../../../src/cmo/model';
import { useApi } from '../shared/useApi';
import { ns } from './i18n';

const TYPES = ['text', 'number', 'category'] as const;

function AttributeForm({ def, on, onDone }: { def: AttributeDef | null; on: 'case' | 'source'; onDone?: () => void }) {
  const { t } = useTranslation(ns);
  const { attempt, mutate } = useApi();
  const [label, setLabel] = useState(def?.label ?? '');
  const [type, setType] = useState<AttributeDef['type']>(def?.type ?? 'category');
  const [values, setValues] = useState(def?.values.join('\n') ?? '');
  useEffect(() => {
    setLabel(def?.label ?? '');
    setType(def?.type ?? 'category');
    setValues(def?.values.join('\n') ?? '');
  }, [def]);
  const list = values
    .split('\n')
    .map((v) => v.trim())
    .filter(Boolean);
  const dirty = !def || label.trim() !== def.label || type !== def.type || list.join('\n') !== def.values.join('\n');
  const save = async () => {
    const r = await mutate('attributes.define', {
      on,
      ...(def ? { id: def.id } : {}),
      label: label.trim(),
      type,
      ...(type === 'category' ? { values: list } : {}),
    });
    if (r && !def) {
      setLabel('');
      setValues('');
    }
    if (r) onDone?.();
  };
  const remove = async () => {
    if (!def) return;
    // what the removal touches, asked of the project now (another window may have changed it)
    const what = await attempt('attributes.removal', { on, id: def.id });
    if (!what) return;
    if (what.summaries) {
      window.alert(t('removeBlocked', { label: def.label, count: what.summaries }));
      return;
    }
    const side = on === 'case' ? t('sideCase') : t('sideSource');
    const held = t(on === 'case' ? 'removeHeldCase' : 'removeHeldSource', { count: what.held });
    const attribution =
      what.attribution === null
        ? ''
        : what.attribution
          ? ` ${t('removeAttribution', { attribution: what.attribution })}`
          : ` ${t('removeAttributionEmpty')}`;
    if (!window.confirm(t('removeConfirm', { side, label: def.label, held: held + attribution }))) return;
    await mutate('attributes.remove', { on, id: def.id });
  };
  const id = def?.id ?? 'new';
  return (
    <form
      className="attr-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (label.trim() && dirty) void save();
      }}
      data-attribute={def?.id ?? ''}
      data-on={on}
    >
      <input
        value={label}
        aria-label={def ? t('attribute') : t('newAttribute')}
        placeholder={def ? undefined : t('newAttribute')}
        onChange={(e) => setLabel(e.target.value)}
      />
      <select
        aria-label={t('type')}
        value={type}
        onChange={(e) => setType(TYPES.find((x) => x === e.target.value) ?? 'text')}
      >
        {TYPES.map((x) => (
          <option key={x} value={x}>
            {t(`types.${x}`)}
          </option>
        ))}
      </select>
      {type === 'category' && (
        <textarea
          id={`values-${id}`}
          rows={Math.min(6, Math.max(2, list.length + 1))}
          value={values}
          aria-label={`${t('values')} (${t('valuesHint')})`}
          placeholder={t('valuesHint')}
          onChange={(e) => setValues(e.target.value)}
        />
      )}
      <button type="submit" className="small-button" disabled={!label.trim() || !dirty}>
        {def ? t('save') : t('add')}
      </button>
      {def && (
        <button
          type="button"
          className="small-button attr-remove"
          aria-label={t('removeLabel', { label: def.label })}
          onClick={() => void remove()}
        >
          {t('remove')}
        </button>
      )}
    </form>
  );
}

export function AttributeDefs({ defs, on }: { defs: AttributeDef[]; on: 'case' | 'source' }) {
  return (
    <div className="attr-list">
      {defs.map((d) => (
        <AttributeForm key={d.id} def={d} on={on} />
      ))}
      <AttributeForm def={null} on={on} />
    </div>
  );
}
