/**
 * Coding-sheet import: pick a CSV/XLSX, see every row with its status (placed / skipped /
 * failing with row number and reason), then apply all-or-nothing or only the valid rows —
 * one undoable step either way.
 */
import { useRef, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { CodeSheetResult, RowPlan, SheetPlan } from '../../../src/api/contract';
import { api } from '../api';
import { Dialog } from '../quotes/Dialog';
import { ns as quotesNs } from '../quotes/i18n';
import { errorText } from '../shared/errors';
import { noticeInWords } from '../i18n/logWords';
import { useApi } from '../shared/useApi';
import { ns } from './i18n';
import './codesheet.css';

type Show = 'all' | RowPlan['status'];

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result).replace(/^data:[^,]*,/, ''));
    r.onerror = () => reject(r.error ?? new Error(file.name));
    r.readAsDataURL(file);
  });
}

export function CodeSheetDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(ns);
  const { t: tq } = useTranslation(quotesNs);
  const tools = useApi();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ fileName: string; dataBase64: string } | null>(null);
  const [plan, setPlan] = useState<SheetPlan | null>(null);
  const [busy, setBusy] = useState<'reading' | 'applying' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<CodeSheetResult | null>(null);
  const [show, setShow] = useState<Show>('all');

  const choose = async (f: File | undefined) => {
    if (!f) return;
    setError(null);
    setPlan(null);
    setDone(null);
    setShow('all');
    setBusy('reading');
    try {
      const sheet = { fileName: f.name, dataBase64: await readBase64(f) };
      setFile(sheet);
      const p = await api.call('codeSheet.preview', sheet);
      setPlan(p);
      if (p.failed.length) setShow('failed');
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(null);
      if (input.current) input.current.value = '';
    }
  };

  const apply = async (partial: boolean) => {
    if (!file) return;
    setError(null);
    setBusy('applying');
    try {
      const r = await api.call('codeSheet.apply', { ...file, partial });
      setDone(r);
      // the views (matrix, quotes, undo) show the new coding
      await tools.mutate('history.state', {});
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(null);
    }
  };

  const rows = plan?.rows ?? [];
  const counts = {
    all: rows.length,
    ok: plan?.ok ?? 0,
    skipped: plan?.skipped.length ?? 0,
    failed: plan?.failed.length ?? 0,
  };
  const shown = show === 'all' ? rows : rows.filter((r) => r.status === show);

  return (
    <Dialog title={t('title')} closeLabel={t('close')} onClose={onClose} wide className="codesheet-dialog">
      <p className="hint">{t('intro')}</p>
      <div className="codesheet-file">
        <input
          ref={input}
          type="file"
          accept=".csv,.tsv,.txt,.xlsx,.xlsm"
          className="sr-only"
          aria-label={t('choose')}
          onChange={(e) => void choose(e.target.files?.[0])}
          data-testid="codesheet-file"
        />
        <button type="button" onClick={() => input.current?.click()} disabled={busy !== null}>
          {file ? t('chooseOther') : t('choose')}
        </button>
        {file && <span className="muted">{t('file', { name: file.fileName })}</span>}
        {busy === 'reading' && <span className="muted">{t('reading')}</span>}
      </div>
      {error && (
        <p className="rendition-error" role="alert">
          <strong>{t('error')}:</strong> {error}
        </p>
      )}
      {plan && (
        <>
          <p className="codesheet-summary" role="status">
            {t('summary', { total: counts.all, ok: counts.ok, skipped: counts.skipped, failed: counts.failed })}
          </p>
          <div className="codesheet-show" role="radiogroup" aria-label={t('show')}>
            {(['all', 'ok', 'skipped', 'failed'] as const).map((s) => (
              <button
                key={s}
                type="button"
                role="radio"
                aria-checked={show === s}
                className={`chip status-chip status-${s}`}
                disabled={s !== 'all' && !counts[s]}
                onClick={() => setShow(s)}
              >
                {t(s, { count: counts[s] })}
              </button>
            ))}
          </div>
          <div className="codesheet-table-wrap">
            <table className="codesheet-table">
              <thead>
                <tr>
                  <th>{t('col.row')}</th>
                  <th>{t('col.status')}</th>
                  <th>{t('col.source')}</th>
                  <th>{t('col.quote')}</th>
                  <th>{t('col.kind')}</th>
                  <th>{t('col.pt')}</th>
                  <th>{t('col.verdict')}</th>
                  <th>{t('col.note')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((r) => (
                  <tr key={r.row} className={`row-${r.status}`} data-row={r.row}>
                    <td className="num">{r.row}</td>
                    <td>
                      <span className={`status-tag status-${r.status}`}>{t(`status.${r.status}`)}</span>
                    </td>
                    <td>{r.source}</td>
                    <td className="sheet-quote">{r.quote}</td>
                    <td>{r.kind ? tq(`kind.${r.kind}`) : ''}</td>
                    <td>{r.pt.join(', ')}</td>
                    <td>{r.kind ? tq(`verdict.${r.verdict}`) : ''}</td>
                    <td className="note">
                      {r.reason && (
                        <span className={r.status === 'failed' ? 'reason' : 'muted'}>{noticeInWords(r.reason)}</span>
                      )}
                      {r.status === 'ok' && r.located && (
                        <span className="muted located" title={r.located}>
                          {t('located', { text: r.located.length > 90 ? `${r.located.slice(0, 90)}…` : r.located })}
                        </span>
                      )}
                      {r.status === 'ok' && r.edits.length > 0 && (
                        <span className="muted"> {t('cuts', { count: r.edits.length })}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {done && (
        <p className="copied codesheet-done" role="status">
          {t('done', { count: done.applied })}
          {done.failed.length ? ` ${t('doneFailed', { count: done.failed.length })}` : ''}
        </p>
      )}
      <div className="actions dialog-actions">
        {plan && !done && counts.failed > 0 && <p className="hint blocked">{t('applyAllBlocked')}</p>}
        {plan && !done && counts.ok === 0 && <p className="hint blocked">{t('nothing')}</p>}
        <button type="button" onClick={onClose}>
          {done ? t('close') : t('cancel')}
        </button>
        {plan && !done && (
          <>
            <button
              type="button"
              onClick={() => void apply(true)}
              disabled={busy !== null || counts.ok === 0 || counts.failed === 0}
            >
              {t('applyValid', { count: counts.ok })}
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => void apply(false)}
              disabled={busy !== null || counts.ok === 0 || counts.failed > 0}
            >
              {busy === 'applying' ? t('applying') : t('applyAll', { count: counts.ok })}
            </button>
          </>
        )}
      </div>
    </Dialog>
  );
}
