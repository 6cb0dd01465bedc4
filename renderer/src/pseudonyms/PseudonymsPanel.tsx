/**
 * The project-wide pseudonym list: name → replacement (`Jens Hansen` → `[lederen]`), applied to
 * every export. Shows in how many of the quotes shown each name occurs.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { Pseudonym } from '../../../src/cmo/model';
import type { Quote } from '../../../src/cmo/quotes';
import { pseudonymizer } from '../../../src/cmo/pseudonyms';
import { collator } from '../i18n';
import { useApi } from '../shared/useApi';
import { ns } from './i18n';
import './pseudonyms.css';

const same = (a: string, b: string) =>
  a.trim().replace(/\s+/g, ' ').toLocaleLowerCase('da') === b.trim().replace(/\s+/g, ' ').toLocaleLowerCase('da');

export function PseudonymsPanel({
  list,
  quotes,
  onClose,
}: {
  list: readonly Pseudonym[];
  quotes: readonly Quote[] | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation(ns);
  const { mutate } = useApi();
  const [name, setName] = useState('');
  const [replacement, setReplacement] = useState('');
  const [applied, setApplied] = useState<string | null>(null);
  const sorted = useMemo(() => [...list].sort((a, b) => collator.compare(a.name, b.name)), [list]);
  const occurs = useMemo(() => {
    const out = new Map<string, number>();
    for (const p of list) {
      const ps = pseudonymizer([p]);
      let n = 0;
      for (const q of quotes ?? []) {
        const all = `${q.reportText}\n${q.attribution}\n${q.memo}`;
        if (ps(all) !== all.normalize('NFC')) n++;
      }
      out.set(p.name, n);
    }
    return out;
  }, [list, quotes]);
  const existing = list.find((p) => same(p.name, name));

  const add = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    if (await mutate('pseudonyms.add', { name: name.trim(), replacement: replacement.trim() })) {
      setName('');
      setReplacement('');
    }
  };

  return (
    <section className="pseudonyms-panel tool-panel" aria-label={t('region')}>
      <div className="panel-head">
        <h3>{t('title')}</h3>
        <button type="button" className="icon-button" aria-label={t('close')} title={t('close')} onClick={onClose}>
          ×
        </button>
      </div>
      <p className="hint">{t('intro')}</p>
      {sorted.length === 0 ? (
        <p className="muted">{t('empty')}</p>
      ) : (
        <table className="pseudonym-table">
          <thead>
            <tr>
              <th>{t('name')}</th>
              <th />
              <th>{t('replacement')}</th>
              <th>{t('occursHead')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {sorted.map((p) => {
              const n = occurs.get(p.name) ?? 0;
              return (
                <tr key={p.name}>
                  <td>
                    <button
                      type="button"
                      className="link-button plain"
                      onClick={() => {
                        setName(p.name);
                        setReplacement(p.replacement);
                      }}
                    >
                      {p.name}
                    </button>
                  </td>
                  <td aria-hidden="true">→</td>
                  <td className="replacement">{p.replacement}</td>
                  <td className="muted small">{n ? t('occurs', { count: n }) : t('occursNone')}</td>
                  <td>
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={t('remove', { name: p.name })}
                      title={t('remove', { name: p.name })}
                      onClick={() => void mutate('pseudonyms.remove', { name: p.name })}
                    >
                      ×
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <form className="pseudonym-form" onSubmit={(e) => void add(e)}>
        <label>
          <span className="field-label">{t('name')}</span>
          <input
            value={name}
            placeholder={t('namePlaceholder')}
            onChange={(e) => setName(e.target.value)}
            maxLength={200}
          />
        </label>
        <span className="arrow" aria-hidden="true">
          →
        </span>
        <label>
          <span className="field-label">{t('replacement')}</span>
          <input
            value={replacement}
            placeholder={t('replacementPlaceholder')}
            onChange={(e) => setReplacement(e.target.value)}
            maxLength={200}
          />
        </label>
        <button type="submit" className="primary" disabled={!name.trim()}>
          {existing ? t('update') : t('add')}
        </button>
      </form>
      <p className="hint">{t('hint')}</p>
      {sorted.length > 0 && (
        <div className="apply-transcripts">
          <button
            type="button"
            onClick={async () => {
              if (!window.confirm(t('applyConfirm'))) return;
              const r = await mutate('pseudonyms.applyToTranscripts', {});
              if (r) setApplied(t('applied', { count: r.replacements, sources: r.sources, flagged: r.flagged.length }));
            }}
          >
            {t('apply')}
          </button>
          {applied && (
            <p className="hint" role="status">
              {applied}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
