/**
 * One quote in the report's style: ”…” then the attribution on its own line
 * (as the matrix lists a cell's passages).
 */
import { useTranslation } from '../i18n/useTranslation';
import type { Quote } from '../../../src/cmo/quotes';
import { ns } from './i18n';

export const quoted = (text: string): string => `\u201d${text}\u201d`;

export function QuoteItem({ quote, onJump }: { quote: Quote; onJump: (sourceId: string, segmentId: string) => void }) {
  const { t } = useTranslation(ns);
  return (
    <li className={`quote kind-border-${quote.kind ?? 'none'}`}>
      <blockquote>
        <p className="quote-text">{quoted(quote.text)}</p>
        {quote.attribution && <p className="quote-attribution">{quote.attribution}</p>}
      </blockquote>
      <p className="quote-meta">
        {quote.kind && <span className={`kind-tag kind-${quote.kind}`}>{t(`kind.${quote.kind}`)}</span>}{' '}
        {quote.pt.join(', ')} · {t(`verdict.${quote.verdict}`)} · {quote.source}
        {quote.memo && (
          <span className="memo" title={quote.memo}>
            {' '}
            · {t('item.memo')}
          </span>
        )}{' '}
        <button type="button" className="link-button" onClick={() => onJump(quote.sourceId, quote.segmentId)}>
          {t('item.show')}
        </button>
      </p>
    </li>
  );
}
