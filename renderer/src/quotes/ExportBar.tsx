/**
 * Exports of the quotes shown: Word (optionally with provenance footnotes), Markdown, CSV, Excel,
 * and the clipboard (rich text + plain text, or Markdown). Every export is pseudonymised by the
 * service; before it, the leak check runs and, if a listed name would still appear, says where
 * and lets the author go to the quote or export anyway.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { Leak } from '../../../src/cmo/pseudonyms';
import { LeakList } from '../pseudonyms/LeakList';
import { downloadFile } from '../shared/download';
import { useApi } from '../shared/useApi';
import { copyRich, copyText } from './clipboard';
import { Dialog } from './Dialog';
import type { QuoteQuery } from './filter';
import { ns } from './i18n';
import { api } from '../api';
import type { Method, Params, Result } from '../../../src/api/contract';
import { errorText } from '../shared/errors';
import { isUnattributedRefusal, withAllowance } from './unattributed';
import { UnattributedNotice } from './UnattributedNotice';

type Action = { kind: 'file'; format: 'docx' | 'md' | 'csv' | 'xlsx' } | { kind: 'copy' } | { kind: 'copyMd' };

export function ExportBar({
  query,
  count,
  onGo,
}: {
  query: QuoteQuery;
  count: number;
  onGo: (quoteId: string) => void;
}) {
  const { t } = useTranslation(ns);
  const { attempt, report } = useApi();
  /** an export refused for quotes without a participant's voice: its line, and the author's "allow anyway" */
  const [refused, setRefused] = useState<{ action: Action; line: string } | null>(null);
  const [allow, setAllow] = useState(false);
  const [footnotes, setFootnotes] = useState(false);
  const [inline, setInline] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [held, setHeld] = useState<{ action: Action; leaks: Leak[] } | null>(null);
  // a message about an earlier export does not stand beside other quotes
  const queryKey = JSON.stringify(query);
  useEffect(() => {
    setStatus(null);
    setRefused(null);
    setAllow(false);
  }, [queryKey]);

  /** like attempt, but the refusal of unattributed quotes is kept here, beside its checkbox */
  const call = async <M extends Method>(action: Action, method: M, params: Params<M>) => {
    try {
      return await api.call<M>(method, params);
    } catch (e) {
      if (isUnattributedRefusal(e)) setRefused({ action, line: errorText(e) });
      else report(e);
      return undefined as Result<M> | undefined;
    }
  };

  const run = async (action: Action) => {
    setHeld(null);
    setRefused(null);
    setBusy(true);
    const q = withAllowance(query, allow);
    try {
      if (action.kind === 'file') {
        const f = await call(action, 'quotes.export', {
          ...q,
          format: action.format,
          footnotes: action.format === 'docx' && footnotes,
          inline: action.format === 'docx' && inline,
        });
        if (!f) return;
        downloadFile(f);
        setStatus(t('export.downloaded', { file: f.fileName, count: f.count }));
      } else if (action.kind === 'copy') {
        const c = await call(action, 'quotes.clipboard', q);
        if (!c) return;
        const rich = await copyRich(c.text, c.html);
        setStatus(t(rich ? 'export.copied' : 'export.copiedPlain', { count: c.count }));
      } else {
        const md = await call(action, 'quotes.markdown', q);
        if (!md) return;
        await copyText(md.markdown);
        setStatus(t('export.copiedMd', { count: md.count }));
      }
    } catch (e) {
      report(e);
    } finally {
      setBusy(false);
    }
  };

  /** The leak check first; with findings, the author decides. */
  const start = async (action: Action) => {
    setStatus(null);
    setBusy(true);
    const check = await attempt('quotes.leaks', query);
    setBusy(false);
    if (!check) return;
    if (check.leaks.length) setHeld({ action, leaks: check.leaks });
    else await run(action);
  };

  const disabled = busy || count === 0;
  return (
    <div className="export-bar" role="group" aria-label={t('export.group')}>
      <span className="export-label">{t('export.label', { count })}</span>
      <span className="export-docx">
        <button
          type="button"
          disabled={disabled}
          title={t('export.docxTitle')}
          onClick={() => void start({ kind: 'file', format: 'docx' })}
        >
          {t('export.docx')}
        </button>
        <label className="check small" title={t('export.footnotesTitle')}>
          <input type="checkbox" checked={footnotes} onChange={(e) => setFootnotes(e.target.checked)} />{' '}
          {t('export.footnotes')}
        </label>
        <label className="check small" title={t('export.inlineTitle')}>
          <input type="checkbox" checked={inline} onChange={(e) => setInline(e.target.checked)} /> {t('export.inline')}
        </label>
      </span>
      <button
        type="button"
        disabled={disabled}
        title={t('export.mdTitle')}
        onClick={() => void start({ kind: 'file', format: 'md' })}
      >
        {t('export.md')}
      </button>
      <button
        type="button"
        disabled={disabled}
        title={t('export.csvTitle')}
        onClick={() => void start({ kind: 'file', format: 'csv' })}
      >
        {t('export.csv')}
      </button>
      <button
        type="button"
        disabled={disabled}
        title={t('export.xlsxTitle')}
        onClick={() => void start({ kind: 'file', format: 'xlsx' })}
      >
        {t('export.xlsx')}
      </button>
      <span className="export-sep" aria-hidden="true" />
      <button
        type="button"
        disabled={disabled}
        title={t('export.copyTitle')}
        onClick={() => void start({ kind: 'copy' })}
      >
        {t('export.copy')}
      </button>
      <button type="button" disabled={disabled} onClick={() => void start({ kind: 'copyMd' })}>
        {t('export.copyMd')}
      </button>
      {busy && <span className="muted small">{t('export.working')}</span>}
      {status && (
        <span className="copied" role="status">
          {status}
        </span>
      )}
      {refused && (
        <UnattributedNotice
          line={refused.line}
          allow={allow}
          onAllow={setAllow}
          onRetry={() => void run(refused.action)}
          onClose={() => setRefused(null)}
          busy={busy}
          copy={refused.action.kind !== 'file'}
        />
      )}
      {held && (
        <Dialog
          title={t('export.leakTitle')}
          closeLabel={t('export.cancel')}
          onClose={() => setHeld(null)}
          wide
          className="leak-dialog"
        >
          <p className="warn-box">{t('export.leakIntro', { count: held.leaks.length })}</p>
          <LeakList
            leaks={held.leaks}
            onGo={(id) => {
              setHeld(null);
              onGo(id);
            }}
          />
          <div className="actions dialog-actions">
            <button type="button" onClick={() => setHeld(null)}>
              {t('export.cancel')}
            </button>
            <button type="button" className="primary warn-primary" onClick={() => void run(held.action)}>
              {held.action.kind === 'file' ? t('export.anyway') : t('export.copyAnyway')}
            </button>
          </div>
        </Dialog>
      )}
    </div>
  );
}
