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

function WordDiff({ before, after }: { before: string; after: string }) {
  const { t } = useTranslation(ns);
  const parts = useMemo(() => diffWords(before, after), [before, after]);
  return (
    <>
      <div className="review-text"><span className="review-label">{t('before')}</span>
        <span className="review-quote">”{parts.filter((p) => !p.added).map((p, i) => (p.removed ? <del key={i} title={t('removed')}>{p.value}</del> : <span key={i}>{p.value}</span>))}”</span>
      </div>
      <div className="review-text"><span className="review-label">{t('now')}</span>
        <span className="review-quote">”{parts.filter((p) => !p.removed).map((p, i) => (p.added ? <ins key={i} title={t('added')}>{p.value}</ins> : <span key={i}>{p.value}</span>))}”</span>
      </div>
    </>
  );
}

export function ReviewList({ segments, text, describe, selected, onApprove, onJump, onClose }: {
  segments: readonly Segment[];
  /** the source's current text */
  text: string;
  /** `Mekanisme · #4a` */
  describe: (s: Segment) => string;
  selected: string | null;
  onApprove: (id: string) => void;
  onJump: (id: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation(ns);
  return (
    <section className="review-list" aria-label={t('title')}>
      <div className="review-head">
        <h3>{t('title')} <span className="count">{segments.length}</span></h3>
        <button type="button" className="icon-button" aria-label={t('close')} title={t('close')} onClick={onClose}>×</button>
      </div>
      {segments.length === 0 ? <p className="muted">{t('none')}</p> : <p className="muted small review-intro">{t('intro')}</p>}
      <ol className="review-items">
        {segments.map((s) => (
          <li key={s.id} className={`review-item${s.id === selected ? ' is-selected' : ''}`} data-segment-id={s.id}>
            <div className="review-item-head">
              <span className={`kind-tag kind-${s.kind ?? 'T'}`}>{describe(s)}</span>
              <span className="review-actions">
                <button type="button" onClick={() => onJump(s.id)}>{t('jump')}</button>
                <button type="button" className="primary" title={t('approveTitle')} onClick={() => onApprove(s.id)}>{t('approve')}</button>
              </span>
            </div>
            {s.previousText !== null
              ? <WordDiff before={s.previousText} after={text.slice(s.start, s.end)} />
              : <><p className="muted small">{t('noBefore')}</p><div className="review-text"><span className="review-label">{t('now')}</span><span className="review-quote">”{text.slice(s.start, s.end)}”</span></div></>}
          </li>
        ))}
      </ol>
    </section>
  );
}
