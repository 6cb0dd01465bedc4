/** A PT point's hypothesised kontekst, mekanisme and outcome, and its research questions. */
import { useTranslation } from '../i18n/useTranslation';
import type { PtPoint } from '../../../src/cmo/model';
import { ns } from './i18n';

export function Hypothesis({ point, compact = false }: { point: PtPoint; compact?: boolean }) {
  const { t } = useTranslation(ns);
  const rows = [
    ['C', point.context],
    ['M', point.mechanism],
    ['O', point.outcome],
  ] as const;
  return (
    <>
      <dl className={compact ? 'hyp-list compact' : 'hyp-list'}>
        {rows.map(([k, text]) => (
          <div key={k} className={`hyp hyp-${k}`}>
            <dt>{t(`kind.${k}`)}</dt>
            <dd>{text || <span className="muted">—</span>}</dd>
          </div>
        ))}
      </dl>
      {point.questions.length > 0 && (
        <>
          <h4 className="hyp-questions-title">{t('questions')}</h4>
          <ul className="questions">
            {point.questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** `#4a`, or the overall hypothesis' name in the UI language. */
export function usePtShort() {
  const { t } = useTranslation(ns);
  return (p: { id: string }) => (p.id.startsWith('#') ? p.id : t('overall'));
}
