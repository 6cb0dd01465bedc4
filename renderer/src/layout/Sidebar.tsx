/** The sources, grouped by case in case order; sources without a case come last, under "Uden case". */
import { memo } from 'react';
import type { ProjectInfo, SourceSummary } from '../../../src/api/contract';
import { translate, useTranslation } from '../i18n/useTranslation';
import { ImportLauncher } from '../import/ImportLauncher';
import { ns } from './i18n';
import { textsInWords } from '../i18n/logWords';

interface Group {
  key: string;
  label: string;
  sources: SourceSummary[];
}

export function groupSources(info: ProjectInfo): Group[] {
  const groups: Group[] = info.cases
    .map((c) => ({ key: c.id, label: c.label, sources: info.sourceList.filter((s) => s.caseId === c.id) }))
    .filter((g) => g.sources.length > 0);
  const known = new Set(info.cases.map((c) => c.id));
  const without = info.sourceList.filter((s) => s.caseId === null || !known.has(s.caseId));
  if (without.length) groups.push({ key: '__none__', label: translate(ns)('withoutCase'), sources: without });
  return groups;
}

/** The roles of the people in a source (`Leder`, `Arbejdsmiljørepræsentant` …). */
export function sourceRoles(info: ProjectInfo, s: SourceSummary): string[] {
  const labels = s.participantIds.map((pid) => {
    const p = info.participants.find((x) => x.id === pid);
    return p?.roleId ? info.roles.find((r) => r.id === p.roleId)?.label : undefined;
  });
  return [...new Set(labels.filter((l): l is string => Boolean(l)))];
}

/** One source; memoised on plain values, so a coding action re-renders only the row whose count changed. */
const SourceRow = memo(function SourceRow({
  s,
  roles,
  selected,
  onSelect,
}: {
  s: SourceSummary;
  roles: string;
  selected: boolean;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation(ns);
  const warnings = textsInWords(s.warnings, s.warningsSaid);
  return (
    <li>
      <button
        type="button"
        className={`source-item${selected ? ' selected' : ''}`}
        aria-current={selected ? 'true' : undefined}
        onClick={() => onSelect(s.id)}
        title={
          t('sourceTitle', { name: s.name, words: s.words, segments: s.segments }) +
          (warnings.length ? `\n${t('warnings', { list: warnings.join('; ') })}` : '')
        }
      >
        <span className="source-name">{s.name}</span>
        <span className="source-meta">
          {roles || t('noRole')} · {t('segments', { count: s.segments })}
          {warnings.length > 0 && (
            <span className="warn" title={warnings.join('\n')}>
              {' '}
              ⚠
            </span>
          )}
          {s.unconfirmed && (
            <span className="unconfirmed-mark" title={t('unconfirmed')} aria-label={t('unconfirmed')}>
              {' '}
              ●
            </span>
          )}
        </span>
      </button>
    </li>
  );
});

export function Sidebar({
  info,
  selected,
  onSelect,
}: {
  info: ProjectInfo;
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation(ns);
  const groups = groupSources(info);
  const emptyCases = info.cases.filter((c) => !info.sourceList.some((s) => s.caseId === c.id));
  return (
    <nav className="sidebar" aria-label={t('sources')}>
      <h2 className="panel-title">
        {t('sources')} <span className="count">{info.sourceList.length}</span>
      </h2>
      <ImportLauncher info={info} selected={selected} onOpenSource={onSelect} />
      {groups.length === 0 && <p className="muted">{t('noSources')}</p>}
      {groups.map((g) => (
        <section key={g.key} className="source-group" aria-label={g.label}>
          <h3 className="case-label">{g.label}</h3>
          <ul>
            {g.sources.map((s) => (
              <SourceRow
                key={s.id}
                s={s}
                roles={sourceRoles(info, s).join(', ')}
                selected={s.id === selected}
                onSelect={onSelect}
              />
            ))}
          </ul>
        </section>
      ))}
      {emptyCases.length > 0 && (
        <details className="empty-cases">
          <summary>{t('emptyCases', { count: emptyCases.length })}</summary>
          <p className="muted">{emptyCases.map((c) => c.label).join(', ')}</p>
        </details>
      )}
    </nav>
  );
}
