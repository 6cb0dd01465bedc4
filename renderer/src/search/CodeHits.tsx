/**
 * "Code all hits": the search's transcript hits (or the chosen ones) coded as one kind and PT
 * point, optionally widened to the whole sentence or speaker turn — one command, one undo step.
 * Asks first, saying how many; then says what was created and what was skipped, with an undo.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { Params } from '../../../src/api/contract';
import type { Kind, PtPoint } from '../../../src/cmo/model';
import type { TranscriptHit } from '../../../src/api/contract';
import { useApi } from '../shared/useApi';
import { ns } from './i18n';
import { ptOption } from './results';
import type { SearchParams } from './useLiveSearch';

type Widen = 'none' | 'sentence' | 'turn';
/** the service refuses more in one go (search.autocode `max`) */
const MAX = 5000;

interface Done {
  created: number;
  skipped: number;
  interviewer: number;
  unattributed: number;
  kind: Kind;
  pt: string;
  rev: number | null;
  stale: boolean;
  undone: boolean;
}

export function CodeHits(props: {
  points: PtPoint[];
  revision: number;
  search: SearchParams;
  total: number;
  totalExact: boolean;
  chosen: TranscriptHit[];
  onCoded: () => void;
}) {
  const { points, revision, search, total, totalExact, chosen } = props;
  const { t } = useTranslation(ns);
  const { mutate } = useApi();
  const [kind, setKind] = useState<Kind | null>(null);
  const [pt, setPt] = useState('');
  const [widen, setWiden] = useState<Widen>('none');
  const [includeInterviewer, setIncludeInterviewer] = useState(false);
  const [asking, setAsking] = useState(false);
  const [working, setWorking] = useState(false);
  const [done, setDone] = useState<Done | null>(null);
  const yes = useRef<HTMLButtonElement>(null);

  const count = chosen.length || total;
  const tooMany = !chosen.length && (total > MAX || !totalExact);
  const ready = kind !== null && pt !== '' && !tooMany;
  const ptLabel = pt.startsWith('#') ? pt : (points.find((p) => p.id === pt)?.title ?? pt);
  // the result line says `M #4`: the point's id when it has one
  const ptShort = pt.startsWith('#') ? pt : ptLabel;
  // after coding, the search may have no hits left (an "uncoded" filter): only the result line stays
  const nothingLeft = total === 0 && !chosen.length;

  // the undo offered after coding applies only while nothing else has changed the project
  const waiting = done?.rev === null;
  useEffect(() => {
    setDone((d) =>
      !d ? d : d.rev === null ? { ...d, rev: revision } : d.rev !== revision && !d.stale ? { ...d, stale: true } : d,
    );
  }, [revision, waiting]);
  // a new question closes the confirmation
  useEffect(() => {
    setAsking(false);
  }, [search.query, chosen.length]);
  useEffect(() => {
    if (asking) yes.current?.focus();
  }, [asking]);

  const run = async () => {
    if (!kind || !pt) return;
    setWorking(true);
    const common = { kind, pt: [pt], widen, includeInterviewer };
    const params: Params<'search.autocode'> = chosen.length
      ? { ...common, hits: chosen.map((h) => ({ sourceId: h.sourceId, start: h.start, end: h.end })) }
      : {
          ...common,
          query: search.query,
          fuzzy: search.fuzzy,
          aa: search.aa,
          cases: search.cases,
          roles: search.roles,
          participants: search.participants,
          coded: search.coded,
          kinds: search.kinds,
          pts: search.pts,
        };
    const r = await mutate('search.autocode', params);
    setWorking(false);
    setAsking(false);
    if (!r) return;
    setDone({
      created: r.created.length,
      skipped: r.skipped,
      interviewer: r.skippedInterviewer,
      unattributed: r.skippedUnattributed,
      kind,
      pt: ptShort,
      rev: null,
      stale: false,
      undone: false,
    });
    props.onCoded();
  };
  const undo = async () => {
    if (await mutate('history.undo', {})) setDone((d) => d && { ...d, undone: true });
  };

  const label = chosen.length ? t('code.selected', { count }) : t('code.all', { count });
  return (
    <section className="code-hits" aria-labelledby="code-hits-title">
      <h3 id="code-hits-title" className="code-hits-title">
        {t('code.title')}
      </h3>
      {!nothingLeft && (
        <>
          <div className="code-hits-row">
            <div className="kind-buttons" role="radiogroup" aria-label={t('code.kind')}>
              {(['C', 'M', 'O'] as const).map((k) => (
                <button
                  key={k}
                  type="button"
                  role="radio"
                  aria-checked={kind === k}
                  className={`kind-button kind-${k}`}
                  onClick={() => setKind(k)}
                >
                  {t(`kind.${k}`)}
                </button>
              ))}
            </div>
            <label className="code-hits-field">
              <span className="sr-only">{t('code.pt')}</span>
              <select aria-label={t('code.pt')} value={pt} onChange={(e) => setPt(e.target.value)}>
                <option value="">{t('code.choosePt')}</option>
                {points.map((p) => (
                  <option key={p.id} value={p.id}>
                    {ptOption(p)}
                  </option>
                ))}
              </select>
            </label>
            <label className="code-hits-field">
              <span className="muted small">{t('code.widen')}</span>{' '}
              <select aria-label={t('code.widen')} value={widen} onChange={(e) => setWiden(e.target.value as Widen)}>
                <option value="none">{t('code.widenNone')}</option>
                <option value="sentence">{t('code.widenSentence')}</option>
                <option value="turn">{t('code.widenTurn')}</option>
              </select>
            </label>
            <label className="code-hits-field" title={t('code.includeInterviewerTitle')}>
              <input
                type="checkbox"
                checked={includeInterviewer}
                onChange={(e) => setIncludeInterviewer(e.target.checked)}
              />{' '}
              <span className="small">{t('code.includeInterviewer')}</span>
            </label>
            <span className="actions">
              <button
                type="button"
                className="primary"
                disabled={!ready || working || asking}
                onClick={() => setAsking(true)}
                title={tooMany ? t('code.tooMany', { max: MAX }) : !ready ? t('code.needKindPt') : undefined}
              >
                {label}
              </button>
            </span>
          </div>
          {tooMany && <p className="hint">{t('code.tooMany', { max: MAX })}</p>}
        </>
      )}
      {asking && kind && (
        <div
          className="code-confirm"
          role="alertdialog"
          aria-labelledby="code-confirm-q"
          aria-describedby="code-confirm-note"
        >
          <p id="code-confirm-q" className="code-confirm-q">
            <strong>
              {t('code.confirm', {
                count,
                kind: t(`kind.${kind}`),
                pt: ptLabel,
                widen: widen === 'none' ? '' : t(`code.confirmWiden.${widen}`),
              })}
            </strong>
          </p>
          <p id="code-confirm-note" className="muted small">
            {t('code.confirmNote')}
          </p>
          <div className="actions">
            <button ref={yes} type="button" className="primary" disabled={working} onClick={() => void run()}>
              {t('code.yes')}
            </button>
            <button type="button" disabled={working} onClick={() => setAsking(false)}>
              {t('code.cancel')}
            </button>
          </div>
        </div>
      )}
      {done && !asking && (
        <p className="code-done" role="status">
          {done.undone ? (
            t('code.undone')
          ) : (
            <>
              {/* one line: `12 passager kodet som M #4; 3 allerede kodet; 2 i interviewerens tale ikke kodet` */}
              <strong>{t('code.done', { count: done.created, kind: done.kind, pt: done.pt })}</strong>
              {done.skipped > 0 && <span>; {t('code.skipped', { count: done.skipped })}</span>}
              {done.interviewer > 0 && (
                <span className="code-left-out">; {t('code.leftOutInterviewer', { count: done.interviewer })}</span>
              )}
              {done.unattributed > 0 && (
                <span className="code-left-out">; {t('code.leftOutUnattributed', { count: done.unattributed })}</span>
              )}
              {!done.stale && (
                <>
                  {' '}
                  <button type="button" className="link-button" onClick={() => void undo()}>
                    {t('code.undo')}
                  </button>
                </>
              )}
            </>
          )}
          <button type="button" className="icon-button" aria-label={t('code.dismiss')} onClick={() => setDone(null)}>
            ×
          </button>
        </p>
      )}
    </section>
  );
}
