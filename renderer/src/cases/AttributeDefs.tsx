/**
 * The cases' (or the sources') attribute definitions: each one's label, type and values, edited in
 * place, removed (after a confirm saying how many hold a value), and a form for a new one.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { AttributeDef } from '../../../src/cmo/model';
import { useApi } from '../shared/useApi';
import { ns } from './i18n';

const TYPES = ['text', 'number', 'category'] as const;

/** what holds the attributes' values: the cases, or the sources */
type Holders = readonly { attributes?: Record<string, string> }[];

function AttributeForm({
  def,
  on,
  held = 0,
  onDone,
}: {
  def: AttributeDef | null;
  on: 'case' | 'source';
  /** how many cases (sources) hold a value for it */
  held?: number;
  onDone?: () => void;
}) {
  const { t } = useTranslation(ns);
  const { mutate } = useApi();
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
    const side = on === 'case' ? t('sideCase') : t('sideSource');
    const heldSaid = t(on === 'case' ? 'removeHeldCase' : 'removeHeldSource', { count: held });
    if (!window.confirm(t('removeConfirm', { side, label: def.label, held: heldSaid }))) return;
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

export function AttributeDefs({
  defs,
  on,
  holders,
}: {
  defs: AttributeDef[];
  on: 'case' | 'source';
  holders: Holders;
}) {
  return (
    <div className="attr-list">
      {defs.map((d) => (
        <AttributeForm key={d.id} def={d} on={on} held={holders.filter((h) => h.attributes?.[d.id]).length} />
      ))}
      <AttributeForm def={null} on={on} />
    </div>
  );
}
