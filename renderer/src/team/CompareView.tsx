/**
 * Compare coders: κ, percent agreement and α per source × unit (weakest first, coloured), the
 * passages of a chosen row side by side (CompareDetail) with both coders' stripes and the disagreements in red,
 * one coder's coding adopted as the consensus coder's (one undoable step) or the consensus written in the
 * transcript. Saved as a workbook (.xlsx). Every part is reachable by keyboard: Tab to a row, Enter or Space.
 */
import { useMemo, useRef, useState } from 'react';
import type { ProjectInfo } from '../../../src/api/contract';
import type { AgreementBy, AgreementRow } from '../../../src/cmo/agreement';
import { currentLanguage } from '../i18n';
import { useTranslation } from '../i18n/useTranslation';
import { downloadFile } from '../shared/download';
import { useApi } from '../shared/useApi';
import { useQuery } from '../shared/useQuery';
import { setCoder, useCoder } from './coderStore';
import { CONSENSUS, CompareDetail } from './CompareDetail';
import { figureFormat, shade } from './compareText';
import { ns } from './i18n';
import './team.css';

const BY: AgreementBy[] = ['pt-kind', 'pt', 'kind', 'code'];

export function CompareView({ onJump }: { info: ProjectInfo; onJump: (sourceId: string, segmentId: string) => void }) {
  const { t } = useTranslation(ns);
  const tools = useApi();
  const { data: coders } = useQuery('coders.list', {});
  const active = useMemo(() => (coders ?? []).filter((c) => c.segments > 0), [coders]);
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const [by, setBy] = useState<AgreementBy>('pt-kind');
  const [chosen, setChosen] = useState<string | null>(null);
  const table = useRef<HTMLTableSectionElement>(null);
  const me = useCoder();
  const { fixed, pct } = figureFormat(currentLanguage());
  // the one at the keyboard first, against the coder with the most codings
  const ca = a || active.find((c) => c.name === me)?.name || active[0]?.name || '';
  const cb = b || [...active].sort((x, y) => y.segments - x.segments).find((c) => c.name !== ca)?.name || '';
  const { data: ag } = useQuery('coders.agreement', ca && cb && ca !== cb ? { coders: [ca, cb], by } : null);
  const rows = useMemo(() => [...(ag?.rows ?? [])].sort((x, y) => x.kappa - y.kappa || x.percent - y.percent), [ag]);
  const key = (r: AgreementRow) => `${r.sourceId} ${r.unit}`;
  const row = rows.find((r) => key(r) === chosen) ?? null;
  const color = (name: string) => coders?.find((c) => c.name === name)?.color ?? '#888';
  const close = () => {
    const at = chosen;
    setChosen(null);
    // back to the row it was opened from
    requestAnimationFrame(() =>
      table.current?.querySelector<HTMLElement>(`tr[data-key="${CSS.escape(at ?? '')}"]`)?.focus(),
    );
  };
  // choosing the other side's coder swaps the two, so A and B never name the same coder
  const pickA = (v: string) => {
    if (v === cb) setB(ca);
    setA(v);
    setChosen(null);
  };

  const saveXlsx = async () => {
    const f = await tools.attempt('coders.exportAgreement', { coders: [ca, cb], by });
    if (f) downloadFile(f);
  };

  if (coders && active.length < 2) {
    return (
      <section className="compare">
        <h2>{t('title')}</h2>
        <p className="muted">{t('needTwo')}</p>
      </section>
    );
  }
  const o = ag?.overall;
  return (
    <section className="compare" aria-labelledby="compare-title">
      <h2 id="compare-title">{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      <div className="compare-controls">
        <label>
          {t('coderA')}
          <select value={ca} onChange={(e) => pickA(e.target.value)}>
            {active.map((c) => (
              <option key={c.id} value={c.name}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('coderB')}
          <select
            value={cb}
            onChange={(e) => {
              setB(e.target.value);
              setChosen(null);
            }}
          >
            {active
              .filter((c) => c.name !== ca)
              .map((c) => (
                <option key={c.id} value={c.name}>
                  {c.name}
                </option>
              ))}
          </select>
        </label>
        <label>
          {t('by')}
          <select
            value={by}
            onChange={(e) => {
              setBy(e.target.value as AgreementBy);
              setChosen(null);
            }}
          >
            {BY.map((x) => (
              <option key={x} value={x}>
                {t(`byOpt.${x}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void saveXlsx()} disabled={!rows.length}>
          {t('export')}
        </button>
      </div>
      {ag &&
        (rows.length ? (
          <p className="compare-overall">
            {t('overall', {
              kappa: fixed(o!.kappa),
              percent: pct(o!.percent),
              alpha: fixed(o!.alpha),
              agree: ag.segments.agree,
              disagree: ag.segments.disagree,
            })}
          </p>
        ) : (
          <p className="muted">{t('none')}</p>
        ))}
      {row && (
        <CompareDetail
          row={row}
          a={ca}
          b={cb}
          color={color}
          onClose={close}
          onJump={onJump}
          onAdopt={(from, segmentIds) =>
            void tools.mutate('coders.adopt', {
              source: row.sourceId,
              from,
              unit: { kind: row.kind, pt: row.pt, code: row.code },
              ...(segmentIds ? { segmentIds } : {}),
            })
          }
          onWrite={(segmentId) => {
            setCoder(CONSENSUS);
            onJump(row.sourceId, segmentId);
          }}
        />
      )}
      {!!rows.length && (
        <table className="compare-table">
          <thead>
            <tr>
              <th>{t('source')}</th>
              <th>{t('unit')}</th>
              <th>{t('kappa')}</th>
              <th>{t('percent')}</th>
              <th>{t('alpha')}</th>
              <th title={t('bothTitle')}>{t('both')}</th>
              <th title={t('onlyTitle', { name: ca })}>{t('only', { name: ca })}</th>
              <th title={t('onlyTitle', { name: cb })}>{t('only', { name: cb })}</th>
            </tr>
          </thead>
          <tbody ref={table}>
            {rows.map((r) => (
              <tr
                key={key(r)}
                data-key={key(r)}
                className={key(r) === chosen ? 'chosen' : ''}
                aria-selected={key(r) === chosen}
                title={t('rowTitle')}
                onClick={() => setChosen(key(r))}
                tabIndex={0}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    setChosen(key(r));
                  }
                }}
              >
                <td>{r.source}</td>
                <td>{r.unit}</td>
                <td className="num" style={{ background: shade(r.kappa) }}>
                  {fixed(r.kappa)}
                </td>
                <td className="num">{pct(r.percent)}</td>
                <td className="num">{fixed(r.alpha)}</td>
                <td className="num">{r.both}</td>
                <td className="num">{r.aOnly}</td>
                <td className="num">{r.bOnly}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!!rows.length && <p className="muted">{t('rows', { count: rows.length })}</p>}
    </section>
  );
}
