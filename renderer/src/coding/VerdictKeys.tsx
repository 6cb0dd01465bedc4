/**
 * How the passage bears on the hypothesis: bekræfter / afkræfter / nuancerer / uafklaret, chosen
 * with keys 1–4 while the group has focus (or by click). One focusable group, so Enter still
 * submits the form around it.
 */
import { forwardRef, type KeyboardEvent } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { VERDICTS, type Verdict } from '../shared/labels';
import { ns } from './i18n';

export const VERDICT_KEYS: Record<string, Verdict> = { 1: 'supports', 2: 'refutes', 3: 'refines', 4: 'unclear' };

export const VerdictKeys = forwardRef<HTMLDivElement, { id: string; value: Verdict; onChange: (v: Verdict) => void }>(
  function VerdictKeys({ id, value, onChange }, ref) {
    const { t } = useTranslation(ns);
    const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const v = VERDICT_KEYS[e.key];
      const i = VERDICTS.indexOf(value);
      if (v) {
        e.preventDefault();
        e.stopPropagation();
        onChange(v);
      } else if (e.key === 'ArrowRight' || e.key === 'ArrowDown') {
        e.preventDefault();
        onChange(VERDICTS[(i + 1) % VERDICTS.length]!);
      } else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') {
        e.preventDefault();
        onChange(VERDICTS[(i + VERDICTS.length - 1) % VERDICTS.length]!);
      }
    };
    return (
      <div
        id={id}
        ref={ref}
        className="verdict-keys"
        role="radiogroup"
        tabIndex={0}
        aria-label={`${t('verdictLabel')} (${t('verdictHint')})`}
        data-verdict-keys=""
        onKeyDown={onKey}
      >
        {VERDICTS.map((v, i) => (
          <span
            key={v}
            role="radio"
            aria-checked={value === v}
            className={`verdict-key verdict-${v}`}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onChange(v)}
          >
            <kbd>{i + 1}</kbd> {t(`verdict.${v}`)}
          </span>
        ))}
      </div>
    );
  },
);
