/** The project's roles (Leder, AMR …): their Danish and English labels and abbreviations. */
import { useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { Role } from '../../../src/cmo/model';
import { useApi } from '../shared/useApi';
import { ns } from './i18n';

export function Roles({ roles }: { roles: Role[] }) {
  const { t } = useTranslation(ns);
  const { mutate } = useApi();
  const [label, setLabel] = useState('');
  const [labelEn, setLabelEn] = useState('');
  const [aliases, setAliases] = useState('');
  const add = async () => {
    const r = await mutate('roles.add', {
      label: label.trim(),
      ...(labelEn.trim() ? { labelEn: labelEn.trim() } : {}),
      aliases: aliases
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean),
    });
    if (r) {
      setLabel('');
      setLabelEn('');
      setAliases('');
    }
  };
  return (
    <>
      <table className="cases-table">
        <thead>
          <tr>
            <th>{t('role')}</th>
            <th>{t('labelEn')}</th>
            <th>{t('aliases')}</th>
          </tr>
        </thead>
        <tbody>
          {roles.map((r) => (
            <tr key={r.id} data-role={r.label}>
              <td>{r.label}</td>
              <td>{r.labelEn ?? ''}</td>
              <td className="muted small">{r.aliases.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        className="role-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (label.trim()) void add();
        }}
      >
        <input
          value={label}
          aria-label={t('newRole')}
          placeholder={t('newRole')}
          onChange={(e) => setLabel(e.target.value)}
        />
        <input
          value={labelEn}
          aria-label={t('labelEn')}
          placeholder={t('labelEn')}
          onChange={(e) => setLabelEn(e.target.value)}
        />
        <input
          value={aliases}
          aria-label={t('aliases')}
          placeholder={t('aliasesHint')}
          onChange={(e) => setAliases(e.target.value)}
        />
        <button type="submit" className="small-button" disabled={!label.trim()}>
          {t('add')}
        </button>
      </form>
    </>
  );
}
