/**
 * The transcript's "Vis kodning af" select: all coders, only me, or one of the project's coders
 * (each in their stripe colour, with their initials). A native select: Tab reaches it, the arrow
 * keys choose. The choice is kept per project (codersShown.ts).
 */
import { useEffect } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { useQuerySelect } from '../shared/useQuery';
import { useCoders } from './useCoders';
import { useCoder } from './coderStore';
import { bindProject, parseShown, setShown, showValue, useShown } from './codersShown';
import { ns } from './i18n';

const projectFile = (i: { file: string }) => i.file;

export function CodersShownSelect() {
  const { t } = useTranslation(ns);
  const me = useCoder();
  const shown = useShown();
  const file = useQuerySelect('project.info', {}, projectFile);
  const coders = useCoders();
  useEffect(() => {
    if (file) bindProject(file);
  }, [file]);
  const named = shown.only === 'coder' ? shown.name : '';
  const listed = (coders ?? []).filter((c) => (c.name !== me && c.segments > 0) || c.name === named);
  // a coder chosen before and no longer in the project's list still shows as chosen
  const others =
    named && coders && !listed.some((c) => c.name === named)
      ? [...listed, { id: `gone-${named}`, name: named, initials: '', color: undefined }]
      : listed;
  if (!others.length && shown.only === 'all') return null;
  const color = (coders ?? []).find((c) => c.name === (named || (shown.only === 'me' ? me : '')))?.color;
  return (
    <label className="tx-mode coders-shown" title={t('shownTitle')}>
      <span>{t('shown')}</span>
      {color && <span className="coder-swatch" style={{ background: color }} aria-hidden="true" />}
      <select aria-label={t('shown')} value={showValue(shown)} onChange={(e) => setShown(parseShown(e.target.value))}>
        <option value="all">{t('shownAll')}</option>
        {me && <option value="me">{t('shownMe', { me })}</option>}
        {others.map((c) => (
          <option key={c.id} value={`coder:${c.name}`} style={{ color: c.color }}>
            {c.initials ? t('shownCoder', { name: c.name, initials: c.initials }) : c.name}
          </option>
        ))}
      </select>
    </label>
  );
}
