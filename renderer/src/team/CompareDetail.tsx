/**
 * One row of Compare coders opened: the two coders' passages of the unit in the source side by side, the characters
 * only one of them coded underlined in red and a passage with no partner marked "uenig"; each passage opened in the
 * transcript or adopted alone, a coder's whole coding adopted, and what the consensus coder has now, with a way to
 * write it in the transcript. Keyboard: the heading takes the focus when it opens, Escape closes it.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { AgreementRow } from '../../../src/cmo/agreement';
import type { Segment } from '../../../src/cmo/model';
import { currentLanguage } from '../i18n';
import { useTranslation } from '../i18n/useTranslation';
import { useQuery } from '../shared/useQuery';
import { disagrees, inRow, passageRuns } from './compareText';
import { ns } from './i18n';

/** the coder `coders.adopt` copies codings to */
export const CONSENSUS = 'Konsensus';

/** `Karens`, `Mads'` (Danish genitive); `Karen's`, `Mads's` */
export const genitive = (name: string): string =>
  currentLanguage() === 'da' ? (/[sxz]$/i.test(name) ? `${name}'` : `${name}s`) : `${name}'s`;

export interface CompareDetailProps {
  row: AgreementRow;
  a: string;
  b: string;
  color: (name: string) => string;
  onClose: () => void;
  /** a coder's coding of the unit here (or only the given segments) copied to the consensus coder */
  onAdopt: (from: string, segmentIds?: string[]) => void;
  onJump: (sourceId: string, segmentId: string) => void;
  /** code as the consensus coder from here, starting at this segment */
  onWrite: (segmentId: string) => void;
}

export function CompareDetail({ row, a, b, color, onClose, onAdopt, onJump, onWrite }: CompareDetailProps) {
  const { t } = useTranslation(ns);
  const { data } = useQuery('source.get', { id: row.sourceId });
  const head = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    head.current?.focus({ preventScroll: true });
    head.current?.scrollIntoView?.({ block: 'nearest' });
  }, [row.sourceId, row.unit]);
  const segs = useMemo(() => (data?.segments ?? []).filter((s) => inRow(s, row)), [data, row]);
  const mine = segs.filter((s) => s.coder === a),
    theirs = segs.filter((s) => s.coder === b),
    agreed = segs.filter((s) => s.coder === CONSENSUS);
  const textOf = (s: Segment) => data?.source.text.slice(s.start, s.end) ?? s.text;
  const n = Math.max(1, row.n);
  const bar = (s: Segment, cls: string, others: Segment[]) => (
    <span
      key={s.id}
      className={`${cls}${disagrees(s, others) ? ' off' : ''}`}
      title={textOf(s)}
      style={{
        left: `${(s.start / n) * 100}%`,
        width: `${Math.max(0.4, ((s.end - s.start) / n) * 100)}%`,
        background: color(cls === 'a' ? a : b),
      }}
    />
  );
  /** one coder's passage (`from`: adoptable) or the consensus coder's (null: not judged) */
  const passage = (s: Segment, others: Segment[], from: string | null) => {
    const off = from !== null && disagrees(s, others);
    return (
      <li key={s.id} className={off ? 'off' : ''} onDoubleClick={() => onJump(row.sourceId, s.id)}>
        <span className="compare-passage">
          ”
          {passageRuns(s, textOf(s), others).map((r, i) =>
            r.shared ? (
              <span key={i}>{r.text}</span>
            ) : (
              <mark key={i} className="only">
                {r.text}
              </mark>
            ),
          )}
          ”
        </span>
        <small>
          [{s.start}–{s.end}]{off ? ` · ${t('disagree')}` : ''}
          <button type="button" className="link" title={t('showTitle')} onClick={() => onJump(row.sourceId, s.id)}>
            {t('show')}
          </button>
          {from && (
            <button type="button" className="link" title={t('adoptOneTitle')} onClick={() => onAdopt(from, [s.id])}>
              {t('adoptOne')}
            </button>
          )}
        </small>
      </li>
    );
  };
  const side = (coder: string, list: Segment[], others: Segment[]) => (
    <div style={{ ['--coder' as string]: color(coder) }}>
      <h4>
        <span className="coder-dot" style={{ background: color(coder) }} aria-hidden="true" />
        {t('codedBy', { gen: genitive(coder) })}
      </h4>
      {list.length ? (
        <ul>{list.map((s) => passage(s, others, coder))}</ul>
      ) : (
        <p className="muted">{t('nothingHere')}</p>
      )}
      <button
        type="button"
        onClick={() => onAdopt(coder)}
        title={t('adoptTitle', { gen: genitive(coder), unit: row.unit })}
        disabled={!list.length}
      >
        {t('adopt', { gen: genitive(coder) })}
      </button>
    </div>
  );
  // where writing the consensus starts: the first passage they disagree on, else the first at all
  const start = [...mine, ...theirs].sort((x, y) => x.start - y.start);
  const first = start.find((s) => disagrees(s, s.coder === a ? theirs : mine)) ?? start[0];
  return (
    <div
      className="compare-detail"
      role="region"
      aria-label={t('passages')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header>
        <h3 ref={head} tabIndex={-1}>
          {row.source} · {row.unit}
        </h3>
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </header>
      <p className="muted compare-legend">{t('legend')}</p>
      <div className="compare-strip" title={t('strip')}>
        {mine.map((s) => bar(s, 'a', theirs))}
        {theirs.map((s) => bar(s, 'b', mine))}
      </div>
      <div className="compare-sides">
        {side(a, mine, theirs)}
        {side(b, theirs, mine)}
      </div>
      <div className="compare-consensus" style={{ ['--coder' as string]: color(CONSENSUS) }}>
        <h4>{t('consensusHead', { count: agreed.length })}</h4>
        {agreed.length ? (
          <ul>{agreed.map((s) => passage(s, [...mine, ...theirs], null))}</ul>
        ) : (
          <p className="muted">{t('consensusNone', { unit: row.unit })}</p>
        )}
        {first && (
          <button type="button" title={t('writeTitle')} onClick={() => onWrite(first.id)}>
            {t('write')}
          </button>
        )}
      </div>
    </div>
  );
}
