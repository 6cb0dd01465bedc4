/**
 * One coded passage as the report quotes it (”…” then the attribution), with a check box to pick it and a link to its
 * place in the transcript.
 */
import { useTranslation } from '../i18n/useTranslation';
import type { Quote } from '../../../src/cmo/quotes';
import { ns } from './i18n';
import './cmoc.css';

export const quoted = (text: string): string => `\u201d${text}\u201d`;

export function PassageItem({
  quote,
  selected,
  onToggle,
  onJump,
  showVerdict = true,
}: {
  quote: Quote;
  selected?: boolean;
  onToggle?: (q: Quote) => void;
  onJump: (sourceId: string, segmentId: string) => void;
  showVerdict?: boolean;
}) {
  const { t } = useTranslation(ns);
  const id = `pick-${quote.id}`;
  return (
    <li
      className={`quote passage kind-border-${quote.kind ?? 'none'}${selected ? ' picked' : ''}`}
      data-segment={quote.id}
    >
      {onToggle && (
        <input
          id={id}
          type="checkbox"
          className="passage-pick"
          checked={!!selected}
          onChange={() => onToggle(quote)}
          aria-label={`${t('passage.select')}: ${quote.text.slice(0, 60)}`}
          title={t('passage.select')}
        />
      )}
      <div className="passage-body">
        <blockquote>
          <p className="quote-text passage-text">{quoted(quote.text)}</p>
          {quote.attribution && <p className="passage-attribution">{quote.attribution}</p>}
        </blockquote>
        <p className="passage-meta">
          {quote.kind && <span className={`kind-tag kind-${quote.kind}`}>{t(`kind.${quote.kind}`)}</span>}{' '}
          {quote.pt.map((p) => (p.startsWith('#') ? p : t('overall'))).join(', ')}
          {showVerdict && <> · {t(`verdict.${quote.verdict}`)}</>} · {quote.source}
          {quote.memo && (
            <span className="memo" title={quote.memo}>
              {' '}
              · {t('passage.memo')}
            </span>
          )}{' '}
          <button
            type="button"
            className="link-button"
            title={t('passage.showTitle')}
            onClick={() => onJump(quote.sourceId, quote.segmentId)}
          >
            {t('passage.show')}
          </button>
        </p>
      </div>
    </li>
  );
}
