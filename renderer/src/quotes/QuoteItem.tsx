/** One quote in the report's style: ”…” then the attribution on its own line. */
import type { Quote } from '../../../src/cmo/quotes';
import { KIND_LABEL, VERDICT_LABEL } from '../shared/labels';

export const quoted = (text: string): string => `\u201d${text}\u201d`;

export function QuoteItem({ quote, onJump }: { quote: Quote; onJump: (sourceId: string, segmentId: string) => void }) {
  return (
    <li className={`quote kind-border-${quote.kind ?? 'none'}`}>
      <blockquote>
        <p className="quote-text">{quoted(quote.text)}</p>
        {quote.attribution && <p className="quote-attribution">{quote.attribution}</p>}
      </blockquote>
      <p className="quote-meta">
        {quote.kind && <span className={`kind-tag kind-${quote.kind}`}>{KIND_LABEL[quote.kind]}</span>}
        {' '}{quote.pt.join(', ')} · {VERDICT_LABEL[quote.verdict]} · {quote.source}
        {quote.memo && <span className="memo" title={quote.memo}> · memo</span>}
        {' '}<button type="button" className="link-button" onClick={() => onJump(quote.sourceId, quote.segmentId)}>Vis i transskriptionen →</button>
      </p>
    </li>
  );
}
