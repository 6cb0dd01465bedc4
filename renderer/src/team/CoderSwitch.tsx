/**
 * The header's coder: who is coding on this machine, switchable among the project's coders. Until
 * someone says who they are the header asks (a highlighted "Hvem koder?") without blocking the
 * window; codings meanwhile carry the host's user name, as before.
 */
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from '../i18n/useTranslation';
import { useApi } from '../shared/useApi';
import { useCoders } from './useCoders';
import { setCoder, useCoder } from './coderStore';
import { ns } from './i18n';
import './team.css';

export function CoderSwitch() {
  const { t } = useTranslation(ns);
  const tools = useApi();
  const coder = useCoder();
  const coders = useCoders();
  const [asking, setAsking] = useState(false);
  const [name, setName] = useState('');
  const choose = async (n: string) => {
    const v = n.trim();
    if (!v) return;
    if (!coders?.some((c) => c.name === v)) await tools.mutate('coders.add', { name: v });
    setCoder(v);
    setAsking(false);
    setName('');
  };
  const me = coders?.find((c) => c.name === coder);
  return (
    <>
      {!coder && (
        <button type="button" className="who-ask" onClick={() => setAsking(true)}>
          {t('whoTitle')}
        </button>
      )}
      {coder && (
        <label className="coder-switch" title={t('coderTitle')}>
          <span className="coder-dot" style={{ background: me?.color ?? '#888' }} aria-hidden="true">
            {me?.initials ?? '?'}
          </span>
          <span className="sr-only">{t('coder')}</span>
          <select
            aria-label={t('coder')}
            value={coder}
            onChange={(e) => (e.target.value === '\u0000' ? setAsking(true) : setCoder(e.target.value))}
          >
            {coder && !me && <option value={coder}>{coder}</option>}
            {coders?.map((c) => (
              <option key={c.id} value={c.name}>
                {c.name}
              </option>
            ))}
            <option value={'\u0000'}>{t('newCoder')}</option>
          </select>
        </label>
      )}
      {asking &&
        createPortal(
          <div className="who-backdrop">
            <form
              className="who-dialog"
              role="dialog"
              aria-modal="true"
              aria-labelledby="who-title"
              onSubmit={(e) => {
                e.preventDefault();
                void choose(name);
              }}
            >
              <h2 id="who-title">{t('whoTitle')}</h2>
              <p className="muted">{t('whoIntro')}</p>
              <label>
                {t('whoName')} <input autoFocus value={name} onChange={(e) => setName(e.target.value)} />
              </label>
              {!!coders?.length && (
                <div className="who-pick">
                  <span>{t('whoPick')}</span>
                  {coders.map((c) => (
                    <button key={c.id} type="button" onClick={() => void choose(c.name)}>
                      <span className="coder-dot" style={{ background: c.color }} aria-hidden="true">
                        {c.initials}
                      </span>
                      {c.name}
                    </button>
                  ))}
                </div>
              )}
              <div className="who-actions">
                <button type="button" onClick={() => setAsking(false)}>
                  {t('cancel')}
                </button>
                <button type="submit" className="primary" disabled={!name.trim()}>
                  {t('start')}
                </button>
              </div>
            </form>
          </div>,
          document.body,
        )}
    </>
  );
}
