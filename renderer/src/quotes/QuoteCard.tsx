/**
 * A quote in the quotes tab: in the report's style (”…” with the attribution on its own line),
 * star and pick for the report, drag (or ↑ ↓) to order by hand, and the rendition editor.
 */
import { useEffect, useState, type DragEvent } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { Quote } from '../../../src/cmo/quotes';
import { ns } from './i18n';
import { checkNs } from '../import/checkI18n';
import { MarkedText } from './MarkedText';
import { RenditionEditor } from './RenditionEditor';

export interface CardActions {
  onJump: (sourceId: string, segmentId: string) => void;
  onMark: (id: string, m: { starred?: boolean; picked?: boolean }) => void;
  /** drop `dragged` before (or after) this quote */
  onDrop: (dragged: string, target: string, after: boolean) => void;
  onMove: (id: string, dir: -1 | 1) => void;
}

const DRAG_TYPE = 'application/x-cmo-quote';

export function QuoteCard(props: {
  quote: Quote;
  shown: { text: string; attribution: string };
  marks: readonly [string, string];
  first: boolean;
  last: boolean;
  manual: boolean;
  focused: boolean;
  actions: CardActions;
}) {
  const { quote: q, shown, marks, actions } = props;
  const { t } = useTranslation(ns);
  const { t: tc } = useTranslation(checkNs);
  const [editing, setEditing] = useState(false);
  const [dropAt, setDropAt] = useState<'before' | 'after' | null>(null);
  // star and pick show at once; the project's state follows (and wins) when it arrives
  const [starred, setStarred] = useState(q.starred);
  const [picked, setPicked] = useState(q.picked);
  useEffect(() => setStarred(q.starred), [q.starred]);
  useEffect(() => setPicked(q.picked), [q.picked]);
  const star = () => {
    setStarred(!starred);
    actions.onMark(q.id, { starred: !starred });
  };
  const pick = (on: boolean) => {
    setPicked(on);
    actions.onMark(q.id, { picked: on });
  };

  const half = (e: DragEvent<HTMLElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return e.clientY > r.top + r.height / 2 ? 'after' : 'before';
  };

  return (
    <li
      className={
        `quote quote-card kind-border-${q.kind ?? 'none'}${picked ? ' is-picked' : ''}` +
        `${props.focused ? ' flash' : ''}${dropAt ? ` drop-${dropAt}` : ''}`
      }
      data-quote-id={q.id}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes(DRAG_TYPE)) {
          e.preventDefault();
          setDropAt(half(e));
        }
      }}
      onDragLeave={() => setDropAt(null)}
      onDrop={(e) => {
        const dragged = e.dataTransfer.getData(DRAG_TYPE);
        setDropAt(null);
        if (dragged) {
          e.preventDefault();
          actions.onDrop(dragged, q.id, half(e) === 'after');
        }
      }}
    >
      <div className="quote-side">
        <span
          className="drag-handle"
          draggable
          title={t('item.drag')}
          aria-hidden="true"
          onDragStart={(e) => {
            e.dataTransfer.setData(DRAG_TYPE, q.id);
            e.dataTransfer.effectAllowed = 'move';
            const li = e.currentTarget.closest('li');
            if (li) e.dataTransfer.setDragImage(li, 12, 12);
          }}
        >
          ⠿
        </span>
        <button
          type="button"
          className={`star-button${starred ? ' on' : ''}`}
          aria-pressed={starred}
          aria-label={starred ? t('item.unstar') : t('item.star')}
          title={starred ? t('item.unstar') : t('item.star')}
          onClick={star}
        >
          {starred ? '★' : '☆'}
        </button>
        {props.manual && (
          <>
            <button
              type="button"
              className="move-button"
              aria-label={t('item.up')}
              title={t('item.up')}
              disabled={props.first}
              onClick={() => actions.onMove(q.id, -1)}
            >
              ↑
            </button>
            <button
              type="button"
              className="move-button"
              aria-label={t('item.down')}
              title={t('item.down')}
              disabled={props.last}
              onClick={() => actions.onMove(q.id, 1)}
            >
              ↓
            </button>
          </>
        )}
      </div>
      <div className="quote-body">
        <blockquote>
          <p className="quote-text">
            {marks[0]}
            <MarkedText text={shown.text} />
            {marks[1]}
          </p>
          {shown.attribution && <p className="quote-attribution">{shown.attribution}</p>}
        </blockquote>
        <p className="quote-meta">
          {q.kind && <span className={`kind-tag kind-${q.kind}`}>{t(`kind.${q.kind}`)}</span>} {q.pt.join(', ')} ·{' '}
          {t(`verdict.${q.verdict}`)} · {q.source}
          {q.coder && <> · {t('item.coder', { coder: q.coder })}</>}
          {q.memo && (
            <span className="memo" title={q.memo}>
              {' '}
              · {t('item.memo')}
            </span>
          )}
          {q.edited && <span className="badge edited-badge"> {t('item.edited')}</span>}
          {q.flagged && <span className="warn"> · {t('item.flagged')}</span>}
        </p>
        {q.unattributed && (
          <p className="warn small quote-unattributed" role="note">
            ⚠ {tc(q.unattributed === 'interviewer' ? 'unattributedInterviewer' : 'unattributedNone')}
          </p>
        )}
        {q.renditionStale && <p className="warn small">{t('item.stale')}</p>}
        <div className="quote-actions">
          <label className="pick-toggle" title={picked ? t('item.unpickTitle') : t('item.pickTitle')}>
            <input type="checkbox" checked={picked} onChange={(e) => pick(e.target.checked)} />
            {t('item.pick')}
          </label>
          <button type="button" className="link-button" aria-expanded={editing} onClick={() => setEditing(!editing)}>
            {t('item.edit')}
          </button>
          <button type="button" className="link-button" onClick={() => actions.onJump(q.sourceId, q.segmentId)}>
            {t('item.show')}
          </button>
        </div>
        {editing && <RenditionEditor quote={q} marks={marks} onClose={() => setEditing(false)} />}
      </div>
    </li>
  );
}
