/** The passages behind one matrix cell, each a link to its place in the transcript. */
import { useEffect, useRef } from 'react';
import type { Quote } from '../../../src/cmo/quotes';
import { QuoteItem } from '../quotes/QuoteItem';

export function CellSegments(props: {
  title: string; ids: readonly string[]; quotes: readonly Quote[] | undefined; loading: boolean;
  onJump: (sourceId: string, segmentId: string) => void; onClose: () => void;
}) {
  const want = new Set(props.ids);
  const shown = props.quotes?.filter((q) => want.has(q.segmentId)) ?? [];
  const here = useRef<HTMLElement>(null);
  useEffect(() => { here.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' }); }, [props.title]);
  return (
    <section ref={here} className="cell-segments" aria-label="Kodninger i cellen">
      <div className="panel-head">
        <h3>{props.title} <span className="count">{props.ids.length} {props.ids.length === 1 ? 'kodning' : 'kodninger'}</span></h3>
        <button type="button" className="icon-button" aria-label="Luk" onClick={props.onClose}>×</button>
      </div>
      {props.loading && !props.quotes && <p className="muted">Henter passager…</p>}
      <ul className="quote-list">
        {shown.map((q) => <QuoteItem key={q.segmentId} quote={q} onJump={props.onJump} />)}
      </ul>
    </section>
  );
}
