/**
 * The codings a transcript correction flagged (`needsReview`): what the passage said before and
 * what it says now, word by word, with "Godkend" (clear the flag) and a jump to the passage.
 */
import { useMemo } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { diffWords } from 'diff';
import type { Segment } from '../../../src/cmo/model';
import { ns } from './i18n';
import './review.css';
import { quoteMarks, quoted } from '../i18n/quote';

function WordDiff({ before, after }: { before: string; after: string }) {
  const { t } = useTranslation(ns);
  const parts = useMemo(() => diffWords(before, after), [before, after]);
  const [open, close] = quoteMarks();
  return (
    <>
      <div className="review-text">
        <span className="review-label">{t('before')}</span>
        <span className="review-quote">
          {open}
          {parts
            .filter((p) => !p.added)
            .map((p, i) =>
              p.removed ? (
                <del key={i} title={t('removed')}>
                  {p.value}
                </del>
              ) : (
                <span key={i}>{p.value}</span>
              ),
            )}
          {close}
        </span>
      </div>
      <div className="review-text">
        <span className="review-label">{t('now')}</span>
        <span className="review-quote">
          {open}
          {parts
            .filter((p) => !p.removed)
            .map((p, i) =>
              p.added ? (
                <ins key={i} title={t('added')}>
                  {p.value}
                </ins>
              ) : (
                <span key={i}>{p.value}</span>
              ),
            )}
          {close}
        </span>
      </div>
    </>
  );
}

/** A coding to review: the segment, its passage as the text reads now, and where it is. */
export interface ReviewItem {
  segment: Segment;
  now: string;
  sourceId: string;
  sourceName?: string;
}

export function ReviewList({
  items,
  scope,
  counts,
  onScope,
  describe,
  selected,
  onApprove,
  onJump,
  onClose,
}: {
  items: readonly ReviewItem[];
  /** this source or every source (then each group is headed by its source's name) */
  scope: 'source' | 'all';
  counts: { source: number; all: number };
  onScope: (s: 'source' | 'all') => void;
  /** `Mekanisme · #4a` */
  describe: (s: Segment) => string;
  selected: string | null;
  onApprove: (id: string) => void;
  onJump: (item: ReviewItem) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation(ns);
  return (
    <section className="review-list" aria-label={t('title')}>
      <div className="review-head">
        <h3>
          {t('title')} <span className="count">{items.length}</span>
        </h3>
        {counts.all > counts.source && (
          <span className="review-scope" role="radiogroup" aria-label={t('scope')}>
            <button type="button" role="radio" aria-checked={scope === 'source'} onClick={() => onScope('source')}>
              {t('thisSource', { count: counts.source })}
            </button>
            <button type="button" role="radio" aria-checked={scope === 'all'} onClick={() => onScope('all')}>
              {t('allSources', { count: counts.all })}
            </button>
          </span>
        )}
        <button type="button" className="icon-button" aria-label={t('close')} title={t('close')} onClick={onClose}>
          ×
        </button>
      </div>
      {items.length === 0 ? (
        <p className="muted">{t(scope === 'all' ? 'noneAll' : 'none')}</p>
      ) : (
        <p className="muted small review-intro">{t('intro')}</p>
      )}
      <ol className="review-items">
        {items.map((item, i) => {
          const s = item.segment;
          const heading = scope === 'all' && item.sourceName && items[i - 1]?.sourceId !== item.sourceId;
          return (
            <li
              key={s.id}
              className={`review-item${s.id === selected ? ' is-selected' : ''}`}
              data-segment-id={s.id}
              data-source-id={item.sourceId}
            >
              {heading && <h4 className="review-source">{item.sourceName}</h4>}
              <div className="review-item-head">
                <span className={`kind-tag kind-${s.kind ?? 'T'}`}>{describe(s)}</span>
                <span className="review-actions">
                  <button type="button" onClick={() => onJump(item)}>
                    {t('jump')}
                  </button>
                  <button type="button" className="primary" title={t('approveTitle')} onClick={() => onApprove(s.id)}>
                    {t('approve')}
                  </button>
                </span>
              </div>
              {s.previousText !== null ? (
                <WordDiff before={s.previousText} after={item.now} />
              ) : (
                <>
                  <p className="muted small">{t('noBefore')}</p>
                  <div className="review-text">
                    <span className="review-label">{t('now')}</span>
                    <span className="review-quote">{quoted(item.now)}</span>
                  </div>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
