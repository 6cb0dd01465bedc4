/**
 * The mapping table: every code in use, with the kind, PT point and verdict its passages should
 * get — prefilled from the proposals of `codes.proposeMap` — applied in one undoable step.
 */
import { useEffect, useState } from 'react';
import type { Kind, Verdict } from '../../../src/cmo/model';
import type { Notice } from '../../../src/cmo/notice';
import { noticeInWords } from '../i18n/logWords';
import { Dialog } from '../quotes/Dialog';
import { useTranslation } from '../i18n/useTranslation';
import { useApi } from '../shared/useApi';
import { useQuery } from '../shared/useQuery';
import { ns } from './i18n';
import './refi.css';

interface Row {
  code: string;
  path: string;
  segments: number;
  kind: Kind | '';
  pt: string;
  verdict: Verdict | '';
  use: boolean;
  /** why it was proposed, as codes and data (worded when shown) */
  because: Notice[];
}

export function MappingDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(ns);
  const tools = useApi();
  const { data: info } = useQuery('project.info', {});
  const [rows, setRows] = useState<Row[] | null>(null);
  const [keep, setKeep] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = async () => {
    const [codes, proposals] = await Promise.all([
      tools.attempt('codes.list', {}),
      tools.attempt('codes.proposeMap', {}),
    ]);
    if (!codes || !proposals) return;
    const byCode = new Map(proposals.map((p) => [p.code, p]));
    setRows(
      codes
        .filter((c) => c.segments > 0)
        .map((c) => {
          const p = byCode.get(c.id);
          return {
            code: c.id,
            path: c.path,
            segments: c.segments,
            kind: p?.kind ?? '',
            pt: p?.pt?.[0] ?? '',
            verdict: p?.verdict ?? '',
            use: !!p,
            because: p?.because ?? [],
          };
        }),
    );
  };
  useEffect(() => {
    void load();
  }, []); // once, when the dialog opens

  const set = (i: number, patch: Partial<Row>) =>
    setRows((rs) => rs && rs.map((r, j) => (j === i ? { ...r, ...patch, use: patch.use ?? true } : r)));
  const chosen = (rows ?? []).filter((r) => r.use && (r.kind || r.pt || r.verdict));
  const apply = async () => {
    setBusy(true);
    const r = await tools.mutate('codes.map', {
      mappings: chosen.map((x) => ({
        code: x.code,
        ...(x.kind ? { kind: x.kind } : {}),
        ...(x.pt ? { pt: [x.pt] } : {}),
        ...(x.verdict ? { verdict: x.verdict } : {}),
      })),
      keep,
    });
    setBusy(false);
    if (r) {
      setNotice(t('applied', r));
      await load();
    }
  };

  return (
    <Dialog title={t('title')} closeLabel={t('close')} onClose={onClose} wide className="refi-mapping">
      <p className="muted small">{t('intro')}</p>
      {notice && (
        <p className="refi-notice" role="status">
          {notice}
        </p>
      )}
      {rows && rows.length === 0 && <p>{t('noCodes')}</p>}
      {rows && rows.length > 0 && (
        <div className="refi-table-wrap">
          <table className="refi-table">
            <thead>
              <tr>
                <th>{t('use')}</th>
                <th>{t('code')}</th>
                <th>{t('passages')}</th>
                <th>{t('kind')}</th>
                <th>{t('pt')}</th>
                <th>{t('verdict')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={r.code} className={r.use ? 'on' : ''}>
                  <td>
                    <input
                      type="checkbox"
                      checked={r.use}
                      aria-label={`${t('use')}: ${r.path}`}
                      onChange={(e) => set(i, { use: e.target.checked })}
                    />
                  </td>
                  <td
                    title={
                      r.because.length ? t('proposed', { because: r.because.map(noticeInWords).join('; ') }) : undefined
                    }
                  >
                    {r.path}
                  </td>
                  <td className="num">{r.segments}</td>
                  <td>
                    <select
                      aria-label={`${t('kind')}: ${r.path}`}
                      value={r.kind}
                      onChange={(e) => set(i, { kind: e.target.value as Kind | '' })}
                    >
                      <option value="">{t('none')}</option>
                      {(['C', 'M', 'O'] as const).map((k) => (
                        <option key={k} value={k}>
                          {t(k)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select
                      aria-label={`${t('pt')}: ${r.path}`}
                      value={r.pt}
                      onChange={(e) => set(i, { pt: e.target.value })}
                    >
                      <option value="">{t('none')}</option>
                      {(info?.ptPoints ?? []).map((p) => (
                        <option key={p.id} value={p.id}>
                          {p.id} {p.title.slice(0, 40)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select
                      aria-label={`${t('verdict')}: ${r.path}`}
                      value={r.verdict}
                      onChange={(e) => set(i, { verdict: e.target.value as Verdict | '' })}
                    >
                      <option value="">{t('none')}</option>
                      {(['supports', 'refutes', 'refines'] as const).map((v) => (
                        <option key={v} value={v}>
                          {t(v)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="refi-actions">
        <label>
          <input type="checkbox" checked={keep} onChange={(e) => setKeep(e.target.checked)} /> {t('keep')}
        </label>
        <button type="button" className="primary" disabled={busy || chosen.length === 0} onClick={() => void apply()}>
          {t('apply', { count: chosen.length })}
        </button>
      </div>
    </Dialog>
  );
}
