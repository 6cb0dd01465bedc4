/** Project name, the save indicator, undo/redo and the language switch. */
import { useTranslation } from '../i18n/useTranslation';
import type { HistoryState } from '../../../src/api/contract';
import { currentLanguage, formatTime, setLanguage } from '../i18n';
import { ns } from './i18n';
import { historyLabels } from '../i18n/logWords';
import { useSaving } from '../shared/savingStore';
import { useQuery } from '../shared/useQuery';
import { memo, useState } from 'react';
import { ProjectsDialog } from '../projects/ProjectsDialog';
import { ShortcutSheet } from '../shortcuts/ShortcutSheet';
import { ns as projectsNs } from '../projects/i18n';
import { CoderSwitch } from '../team/CoderSwitch';
import { clearTeamIntent, useTeamIntent } from '../team/shellTeam';

function SaveStatus({ history }: { history: HistoryState | undefined }) {
  const { t } = useTranslation(ns);
  const saving = useSaving();
  if (saving)
    return (
      <span className="save-status saving" role="status">
        {t('saving')}
      </span>
    );
  if (!history)
    return (
      <span className="save-status" role="status">
        …
      </span>
    );
  const text = history.savedAt ? t('savedAt', { time: formatTime(history.savedAt) }) : t('allSaved');
  return (
    <span
      className="save-status saved"
      role="status"
      title={t('saveTitle', { revision: history.revision, user: history.user })}
    >
      <span className="dot" aria-hidden="true" /> {text}
    </span>
  );
}

// no props: rendered again only by their own state, not by every change of the history (each coding action)
const MemoShortcutSheet = memo(ShortcutSheet);
const MemoCoderSwitch = memo(CoderSwitch);

/**
 * The save indicator and undo/redo: the part of the header a change (every coding action) changes.
 * It follows the history by itself, so the header around it is not rendered again.
 */
function HistoryControls({ undo, redo }: { undo: () => void; redo: () => void }) {
  const { t } = useTranslation(ns);
  const { data: history } = useQuery('history.state', {});
  const { undo: undoLabel, redo: redoLabel } = historyLabels(history);
  const key = navigator.platform.toLowerCase().includes('mac') ? '⌘' : 'Ctrl+';
  return (
    <>
      <SaveStatus history={history} />
      <button
        type="button"
        onClick={undo}
        disabled={!history?.canUndo}
        title={undoLabel ? t('undoTitle', { label: undoLabel, key }) : t('nothingToUndo', { key })}
      >
        {t('undo')}
      </button>
      <button
        type="button"
        onClick={redo}
        disabled={!history?.canRedo}
        title={redoLabel ? t('redoTitle', { label: redoLabel, key }) : t('nothingToRedo', { key })}
      >
        {t('redo')}
      </button>
    </>
  );
}

export function Header(props: { name: string; file: string; undo: () => void; redo: () => void }) {
  const { t } = useTranslation(ns);
  const { t: tp } = useTranslation(projectsNs);
  const [projects, setProjects] = useState(false);
  // Electron's File menu → Coder copy… / Merge coder copies…: the Projects dialog at its team coding
  const team = useTeamIntent(true);
  return (
    <header className="app-header">
      <div className="brand">
        <span className="app-name">{t('appName')}</span>
        <h1 className="project-name" title={props.file}>
          {props.name}
        </h1>
      </div>
      <div className="header-actions">
        <button type="button" className="projects-button" title={tp('buttonTitle')} onClick={() => setProjects(true)}>
          {tp('button')}
        </button>
        {(projects || team) && (
          <ProjectsDialog
            team={team}
            onClose={() => {
              setProjects(false);
              clearTeamIntent();
            }}
          />
        )}
        <MemoShortcutSheet />
        <MemoCoderSwitch />
        <HistoryControls undo={props.undo} redo={props.redo} />
        <label className="lang-switch" title={t('language')}>
          <span className="sr-only">{t('language')}</span>
          <select
            aria-label={t('language')}
            value={currentLanguage()}
            onChange={(e) => setLanguage(e.target.value === 'en' ? 'en' : 'da')}
          >
            <option value="da">Dansk</option>
            <option value="en">English</option>
          </select>
        </label>
      </div>
    </header>
  );
}
