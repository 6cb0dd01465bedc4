/**
 * Compare coders: κ, percent agreement and α per source × unit (weakest first, coloured), the
 * passages of a chosen row side by side with both coders' stripes and the disagreements in red,
 * and one coder's coding adopted as the consensus coder's (one undoable step). Saved as a workbook (.xlsx).
 */
import { useMemo, useState } from 'react';
import type { ProjectInfo } from '../../../src/api/contract';
import type { AgreementBy, AgreementRow } from '../../../src/cmo/agreement';
import type { Segment } from '../../../src/cmo/model';
import { currentLanguage } from '../i18n';
import { useTranslation } from '../i18n/useTranslation';
import { downloadFile } from '../shared/download';
import { useApi } from '../shared/useApi';
import { useQuery } from '../shared/useQuery';
import { useCoder } from './coderStore';
import { ns } from './i18n';
import './team.css';

const BY: AgreementBy[] = ['pt-kind', 'pt', 'kind', 'code'];
const fixed = (x: number | null, d = 3) => (x === null ? '–' : x.toFixed(d));
const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)} %`);
/** red (κ ≤ 0) through yellow to green (κ = 1) */
const shade = (k: number) => `hsl(${Math.round(Math.max(0, Math.min(1, k)) * 120)}, 70%, 85%)`;

const inRow = (s: Segment, r: AgreementRow) =>
  (r.kind ? s.kind === r.kind : true) &&
  (r.pt ? s.pt.includes(r.pt) : true) &&
  (r.code ? s.codes.includes(r.code) : true);
const share = (x: Segment, y: Segment) => {
  const inter = Math.min(x.end, y.end) - Math.max(x.start, y.start);
  return inter <= 0 ? 0 : inter / (Math.max(x.end, y.end) - Math.min(x.start, y.start));
};
/** `Karens`, `Mads'` (Danish genitive); `Karen's`, `Mads's` */
const genitive = (name: string) =>
  currentLanguage() === 'da' ? (/[sxz]$/i.test(name) ? `${name}'` : `${name}s`) : `${name}'s`;
/** a segment disagrees when none of the other coder's overlaps it by 90 % of their union */
const off = (s: Segment, others: readonly Segment[]) => !others.some((o) => share(s, o) >= 0.9);

export function CompareView({ onJump }: { info: ProjectInfo; onJump: (sourceId: string, segmentId: string) => void }) {
  const { t } = useTranslation(ns);
  const tools = useApi();
  const { data: coders } = useQuery('coders.list', {});
  const active = useMemo(() => (coders ?? []).filter((c) => c.segments > 0), [coders]);
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const [by, setBy] = useState<AgreementBy>('pt-kind');
  const [chosen, setChosen] = useState<string | null>(null);
  const me = useCoder();
  // the one at the keyboard first, against the coder with the most codings
  const ca = a || active.find((c) => c.name === me)?.name || active[0]?.name || '';
  const cb = b || [...active].sort((x, y) => y.segments - x.segments).find((c) => c.name !== ca)?.name || '';
  const { data: ag } = useQuery('coders.agreement', ca && cb && ca !== cb ? { coders: [ca, cb], by } : null);
  const rows = useMemo(() => [...(ag?.rows ?? [])].sort((x, y) => x.kappa - y.kappa || x.percent - y.percent), [ag]);
  const key = (r: AgreementRow) => `${r.sourceId} ${r.unit}`;
  const row = rows.find((r) => key(r) === chosen) ?? null;
  const color = (name: string) => coders?.find((c) => c.name === name)?.color ?? '#888';

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
          <select
            value={ca}
            onChange={(e) => {
              setA(e.target.value);
              setChosen(null);
            }}
          >
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
          onClose={() => setChosen(null)}
          onJump={onJump}
          onAdopt={(from) =>
            void tools.mutate('coders.adopt', {
              source: row.sourceId,
              from,
              unit: { kind: row.kind, pt: row.pt, code: row.code },
            })
          }
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
              <th>{t('both')}</th>
              <th>{t('aOnly')}</th>
              <th>{t('bOnly')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={key(r)}
                className={key(r) === chosen ? 'chosen' : ''}
                onClick={() => setChosen(key(r))}
                tabIndex={0}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') setChosen(key(r));
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

function CompareDetail({
  row,
  a,
  b,
  color,
  onClose,
  onAdopt,
  onJump,
}: {
  row: AgreementRow;
  a: string;
  b: string;
  color: (name: string) => string;
  onClose: () => void;
  onAdopt: (from: string) => void;
  onJump: (sourceId: string, segmentId: string) => void;
}) {
  const { t } = useTranslation(ns);
  const { data } = useQuery('source.get', { id: row.sourceId });
  const segs = useMemo(() => (data?.segments ?? []).filter((s) => inRow(s, row)), [data, row]);
  const mine = segs.filter((s) => s.coder === a),
    theirs = segs.filter((s) => s.coder === b);
  const n = Math.max(1, row.n);
  const bar = (s: Segment, cls: string, others: Segment[]) => (
    <span
      key={s.id}
      className={`${cls}${off(s, others) ? ' off' : ''}`}
      title={s.text}
      style={{
        left: `${(s.start / n) * 100}%`,
        width: `${Math.max(0.4, ((s.end - s.start) / n) * 100)}%`,
        background: color(cls === 'a' ? a : b),
      }}
    />
  );
  const side = (coder: string, list: Segment[], others: Segment[]) => (
    <div style={{ ['--coder' as string]: color(coder) }}>
      <h4>
        <span className="coder-dot" style={{ background: color(coder) }} aria-hidden="true" />
        {t('codedBy', { gen: genitive(coder) })}
      </h4>
      {list.length ? (
        <ul>
          {list.map((s) => (
            <li key={s.id} className={off(s, others) ? 'off' : ''} onDoubleClick={() => onJump(row.sourceId, s.id)}>
              ”{s.text}”{' '}
              <small>
                [{s.start}–{s.end}]{off(s, others) ? ` · ${t('disagree')}` : ''}
              </small>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('nothingHere')}</p>
      )}
      <button
        type="button"
        onClick={() => onAdopt(coder)}
        title={t('adoptTitle', { gen: genitive(coder), unit: row.unit })}
      >
        {t('adopt', { gen: genitive(coder) })}
      </button>
    </div>
  );
  return (
    <div className="compare-detail" role="region" aria-label={t('passages')}>
      <header>
        <strong>
          {row.source} · {row.unit}
        </strong>
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </header>
      <div className="compare-strip" title={t('strip')}>
        {mine.map((s) => bar(s, 'a', theirs))}
        {theirs.map((s) => bar(s, 'b', mine))}
      </div>
      <div className="compare-sides">
        {side(a, mine, theirs)}
        {side(b, theirs, mine)}
      </div>
    </div>
  );
}
