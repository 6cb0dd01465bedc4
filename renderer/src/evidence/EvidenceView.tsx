/**
 * Does the programme theory hold? One PT point's hypothesis (kontekst, mekanisme, outcome)
 * beside the evidence: passages and CMO configurations by case, split by verdict (bekræfter /
 * afkræfter / nuancerer / uafklaret), with the quotes. Filterable to cases with an attribute
 * value (e.g. public organisations); passages can be picked and linked into a configuration.
 */
import { knownPair } from '../shared/knownAttributes';
import { CoderFilter, codersParam } from '../team/CoderFilter';
import { useEffect, useMemo, useRef, useState } from 'react';
import { AttributeValueOptions } from '../shared/AttributeValueOptions';
import { useTranslation } from '../i18n/useTranslation';
import type { ProjectInfo } from '../../../src/api/contract';
import type { ConfigurationView } from '../../../src/cmo/configurations';
import { casesWithAttributes } from '../../../src/cmo/framework';
import { KINDS, VERDICTS, type Verdict } from '../../../src/cmo/model';
import type { Quote } from '../../../src/cmo/quotes';
import { CmocEditor, type EditorTarget } from '../cmoc/CmocEditor';
import { CmocGraph } from '../cmoc/CmocGraph';
import { CmocList } from '../cmoc/CmocList';
import { ns as cmocNs } from '../cmoc/i18n';
import { PassageItem } from '../cmoc/PassageItem';
import { useSelection } from '../cmoc/selection';
import { SelectionTray } from '../cmoc/SelectionTray';
import { saveSvg } from '../matrix/saveFile';
import { useApi } from '../shared/useApi';
import { useQuery } from '../shared/useQuery';
import { ns } from './i18n';
import { MemoPanel } from '../memos/MemoPanel';
import './evidence.css';

export function EvidenceView({
  info,
  pt,
  onPt,
  onJump,
}: {
  info: ProjectInfo;
  pt: string | null;
  onPt: (id: string) => void;
  onJump: (sourceId: string, segmentId: string) => void;
}) {
  const { t } = useTranslation(ns);
  const { t: tc } = useTranslation(cmocNs);
  const tools = useApi();
  const ptId =
    pt ?? info.ptPoints.find((p) => (info.segmentCountByPt[p.id] ?? 0) > 0)?.id ?? info.ptPoints[0]?.id ?? '';
  const [coder, setCoder] = useState('');
  const { data: ev, loading } = useQuery('evidence.get', ptId ? { pt: ptId, ...codersParam(coder) } : null);
  const [attrSet, setAttr] = useState('');
  // an attribute removed since it was chosen (here or by the CLI) filters nothing rather than everything
  const attr = knownPair(info.attributeDefs, attrSet) ?? '';
  const selection = useSelection();
  const [editor, setEditor] = useState<EditorTarget | null>(null);
  const figure = useRef<SVGSVGElement>(null);
  const figureBox = useRef<HTMLDivElement>(null);
  const [figureWidth, setFigureWidth] = useState(900);

  const allowed = useMemo(() => {
    const at = attr.indexOf('=');
    const ids = at > 0 ? casesWithAttributes(info.cases, { [attr.slice(0, at)]: attr.slice(at + 1) }) : null;
    return ids ? new Set(ids) : null;
  }, [attr, info.cases]);
  const caseOk = (id: string | null) => !allowed || (id !== null && allowed.has(id));
  const quotes = useMemo(() => ev?.quotes.filter((q) => caseOk(q.case)) ?? [], [ev, allowed]);
  const configs = useMemo(
    () => ev?.configurations.filter((c) => !allowed || c.cases.some((id) => allowed.has(id))) ?? [],
    [ev, allowed],
  );
  const byCase = ev?.byCase.filter((r) => caseOk(r.case)) ?? [];
  const cfgIds = configs.map((c) => c.id);
  // asked again only once the evidence itself is fresh: with the project's revision, a deleted
  // configuration's id would still be asked for while the evidence reloads
  const evVersion = useRef({ ev, n: 0 });
  if (evVersion.current.ev !== ev) evVersion.current = { ev, n: evVersion.current.n + 1 };
  const { data: cfgQuotes } = useQuery('quotes.list', cfgIds.length ? { cmocs: cfgIds } : null, evVersion.current.n);
  useEffect(() => {
    const el = figureBox.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setFigureWidth(Math.max(640, Math.floor(el.clientWidth))));
    ro.observe(el);
    return () => ro.disconnect();
  }, [configs.length > 0, !!cfgQuotes]); // the figure's box appears once there is something to draw
  const quoteMap = useMemo(() => new Map((cfgQuotes ?? []).map((q) => [q.id, q])), [cfgQuotes]);

  const caseLabel = (id: string) => info.cases.find((c) => c.id === id)?.label ?? id;
  const point = info.ptPoints.find((p) => p.id === ptId);
  const ptText = (id: string) => (id.startsWith('#') ? id : tc('overall'));
  const attrLabel = (() => {
    const at = attr.indexOf('=');
    if (at <= 0) return '';
    return (
      `${info.attributeDefs.find((a) => a.id === attr.slice(0, at))?.label ?? attr.slice(0, at)}: ` +
      `${attr.slice(at + 1)}`
    );
  })();
  const withEvidence = new Set(byCase.map((r) => r.case));
  const without = info.cases.filter((c) => caseOk(c.id) && !withEvidence.has(c.id));

  const byVerdict = (v: Verdict) => quotes.filter((q) => q.verdict === v);
  const groupByCase = (qs: Quote[]) => {
    const order = new Map(info.cases.map((c, i) => [c.id, i]));
    const groups = new Map<string, Quote[]>();
    for (const q of qs) {
      const k = q.case ?? '';
      groups.set(k, [...(groups.get(k) ?? []), q]);
    }
    return [...groups.entries()].sort((a, b) => (order.get(a[0]) ?? 1e9) - (order.get(b[0]) ?? 1e9));
  };
  const editConfig = async (c: ConfigurationView) => {
    const qs = await tools.attempt('quotes.list', { cmocs: [c.id] });
    if (qs) setEditor({ config: c, quotes: qs, pt: c.pt });
  };

  return (
    <div className="evidence-view">
      <div className="controls" role="group" aria-label={t('filters')}>
        <div className="control">
          <label className="field-label" htmlFor="ev-pt">
            {t('pt')}
          </label>
          <select id="ev-pt" value={ptId} onChange={(e) => onPt(e.target.value)}>
            {info.ptPoints.map((p) => (
              <option key={p.id} value={p.id}>
                {ptText(p.id)} {p.title} ({info.segmentCountByPt[p.id] ?? 0})
              </option>
            ))}
          </select>
        </div>
        <div className="control">
          <label className="field-label" htmlFor="ev-attr">
            {t('attr')}
          </label>
          <select id="ev-attr" value={attr} onChange={(e) => setAttr(e.target.value)}>
            <option value="">{t('allCases')}</option>
            <AttributeValueOptions info={info} />
          </select>
        </div>
        <CoderFilter id="ev-coder" value={coder} onChange={setCoder} />
      </div>

      {point && (
        <header className="evidence-head">
          <h2>
            {point.id.startsWith('#') ? `${point.id} ` : ''}
            {point.title}
          </h2>
          <p className="muted">
            {t('question')}
            {attrLabel && (
              <>
                {' '}
                <strong className="filter-note">{t('filtered', { filter: attrLabel })}</strong>
              </>
            )}
          </p>
          <section className="hypothesis-grid" aria-label={t('hypothesis')}>
            {KINDS.map((k) => {
              const text = k === 'C' ? point.context : k === 'M' ? point.mechanism : point.outcome;
              return (
                <div key={k} className={`hyp-card hyp-card-${k}`}>
                  <h3 className={`kind-tag kind-${k}`}>{tc(`kind.${k}`)}</h3>
                  <p>{text || '—'}</p>
                </div>
              );
            })}
          </section>
          {/* the realist argument beside the hypothesis: the point's memo */}
          <MemoPanel on="pt" target={point.id} compact />
          {point.questions.length > 0 && (
            <details className="questions-box">
              <summary>
                {t('questions')} ({point.questions.length})
              </summary>
              <ul>
                {point.questions.map((q) => (
                  <li key={q}>{q}</li>
                ))}
              </ul>
            </details>
          )}
        </header>
      )}

      {!ev && loading && <p className="muted">{t('loading')}</p>}
      {ev && (
        <>
          <section className="verdict-overview" aria-label={t('summary.label')}>
            {VERDICTS.map((v) => {
              const qs = byVerdict(v);
              const cs = configs.filter((c) => c.verdict === v);
              const cases = [
                ...new Set([...qs.map((q) => q.case), ...cs.flatMap((c) => c.cases)].filter((x): x is string => !!x)),
              ];
              const order = new Map(info.cases.map((c, i) => [c.id, i]));
              cases.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
              return (
                <div
                  key={v}
                  className={`verdict-tile verdict-${v}${qs.length + cs.length ? '' : ' none'}`}
                  data-verdict={v}
                >
                  <span className="verdict-tag">{tc(`verdict.${v}`)}</span>
                  <div className="tile-counts">
                    <span>{t('summary.passages', { count: qs.length })}</span>
                    <span>{t('summary.configs', { count: cs.length })}</span>
                  </div>
                  <div className="tile-cases">
                    {cases.length
                      ? t('summary.cases', { cases: cases.map(caseLabel).join(', ') })
                      : t('summary.noCases')}
                  </div>
                </div>
              );
            })}
          </section>

          <section className="by-case">
            <h3>{t('byCase.title')}</h3>
            {byCase.length === 0 ? (
              <p className="muted">{t('byCase.none')}</p>
            ) : (
              <table className="evidence-table">
                <thead>
                  <tr>
                    <th scope="col">{t('byCase.case')}</th>
                    {VERDICTS.map((v) => (
                      <th key={v} scope="col" className={`verdict-${v}`}>
                        <span className="verdict-tag">{tc(`verdict.${v}`)}</span>
                      </th>
                    ))}
                    <th scope="col">{t('byCase.configs')}</th>
                  </tr>
                </thead>
                <tbody>
                  {byCase.map((r) => (
                    <tr key={r.case ?? ''} data-case={r.caseLabel}>
                      <th scope="row">{r.case ? r.caseLabel : tc('noCase')}</th>
                      {VERDICTS.map((v) => (
                        <td key={v} className={r.verdicts[v] ? `n verdict-${v}` : 'zero'}>
                          {r.verdicts[v]}
                        </td>
                      ))}
                      <td className={configs.some((c) => r.cmoc.includes(c.id)) ? 'n' : 'zero'}>
                        {r.cmoc.filter((id) => cfgIds.includes(id)).length}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {without.length > 0 && byCase.length > 0 && (
              <p className="muted small">
                {t('byCase.without', { count: without.length, cases: without.map((c) => c.label).join(', ') })}
              </p>
            )}
          </section>

          <section className="evidence-configs">
            <div className="panel-head">
              <h3>
                {t('configs.title')} <span className="count">{tc('list.count', { count: configs.length })}</span>
              </h3>
              {configs.length > 0 && (
                <button
                  type="button"
                  className="small-button"
                  onClick={() => figure.current && saveSvg(figure.current, `cmo-${ptId.replace(/[^\w-]+/g, '')}.svg`)}
                >
                  {tc('graph.download')}
                </button>
              )}
            </div>
            {configs.length > 0 && cfgQuotes && (
              <div className="cmoc-figure" ref={figureBox}>
                <CmocGraph
                  ref={figure}
                  pt={ptId}
                  configs={configs}
                  quotes={quoteMap}
                  caseLabel={caseLabel}
                  width={figureWidth}
                />
              </div>
            )}
            <CmocList configs={configs} caseLabel={caseLabel} onEdit={(c) => void editConfig(c)} />
          </section>

          <section className="evidence-verdicts">
            <h3>{t('verdicts.title')}</h3>
            <SelectionTray selection={selection} onCreate={() => setEditor({ quotes: selection.quotes, pt: ptId })} />
            <div className="verdict-columns">
              {VERDICTS.map((v) => {
                const qs = byVerdict(v);
                return (
                  <section key={v} className={`verdict-column verdict-${v}`} aria-label={tc(`verdict.${v}`)}>
                    <h4>
                      <span className="verdict-tag">{tc(`verdict.${v}`)}</span>{' '}
                      <span className="count">{t('summary.passages', { count: qs.length })}</span>
                    </h4>
                    {qs.length === 0 && <p className="muted small">{t('verdicts.empty')}</p>}
                    {groupByCase(qs).map(([caseId, list]) => (
                      <div key={caseId} className="case-group">
                        <h5>{caseId ? caseLabel(caseId) : tc('noCase')}</h5>
                        <ul className="passage-list">
                          {list.map((q) => (
                            <PassageItem
                              key={q.id}
                              quote={q}
                              showVerdict={false}
                              selected={selection.has(q.id)}
                              onToggle={selection.toggle}
                              onJump={onJump}
                            />
                          ))}
                        </ul>
                      </div>
                    ))}
                  </section>
                );
              })}
            </div>
          </section>
        </>
      )}
      {editor && (
        <CmocEditor
          target={editor}
          points={info.ptPoints}
          onClose={() => setEditor(null)}
          onSaved={() => {
            if (!editor.config) selection.clear();
          }}
        />
      )}
    </div>
  );
}
