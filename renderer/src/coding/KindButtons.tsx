/** Kontekst / Mekanisme / Outcome as three toggle buttons, each in its highlight colour and underline style. */
import { useTranslation } from '../i18n/useTranslation';
import { KINDS, KIND_KEY, type Kind } from '../shared/labels';
import { ns } from './i18n';

export function KindButtons({ value, onChange }: { value: Kind | null; onChange: (k: Kind | null) => void }) {
  const { t } = useTranslation(ns);
  return (
    <div className="kind-buttons" role="radiogroup" aria-label={t('type')}>
      {KINDS.map((k) => (
        <button
          key={k}
          type="button"
          role="radio"
          aria-checked={value === k}
          className={`kind-button kind-${k}`}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onChange(value === k ? null : k)}
          title={t('kindKeyTitle', { label: t(`kind.${k}`), key: KIND_KEY[k] })}
        >
          <kbd>{KIND_KEY[k]}</kbd> {t(`kind.${k}`)}
        </button>
      ))}
    </div>
  );
}
