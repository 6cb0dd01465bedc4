/** The dialog's last steps: the progress of the batch, its summary, and what became of each file. */
import type { ImportResult, ProjectInfo } from '../../../src/api/contract';
import { useTranslation } from '../i18n/useTranslation';
import { textsInWords } from '../i18n/logWords';
import { tally, withoutFilePrefix, type Outcome } from './batch';
import { baseName } from './files';
import { formatNumber } from './format';
import { ns } from './i18n';
import type { Progress, Row } from './rows';

export function RunProgress({
  batch,
  progress,
  done,
  stopping,
}: {
  batch: Row[];
  progress: Progress;
  done: number;
  stopping: boolean;
}) {
  const { t } = useTranslation(ns);
  const current = batch[progress.index];
  const file = current ? baseName(current.picked.path) : '';
  const big = (current?.picked.file.size ?? 0) > 2 * 1024 * 1024;
  return (
    <div className="import-progress" role="status" aria-live="polite">
      <div className="import-progress-line">
        <strong>{t('run.progress', { done, total: batch.length })}</strong>
        <span className="muted">
          {progress.phase === 'reading'
            ? t('run.reading', { file, percent: Math.round(progress.fraction * 100) })
            : t('run.importing', { file })}
        </span>
      </div>
      <progress className="import-bar" max={batch.length} value={done} aria-label={t('run.barLabel')} />
      {big && progress.phase === 'reading' && (
        <progress
          className="import-bar file-bar"
          max={1}
          value={progress.fraction}
          aria-label={t('run.fileBarLabel', { file })}
        />
      )}
      {stopping && <p className="muted small">{t('run.stoppingHint')}</p>}
    </div>
  );
}

export function DoneSummary({ outcomes }: { outcomes: (Outcome | undefined)[] }) {
  const { t } = useTranslation(ns);
  const n = tally(outcomes);
  return (
    <div className="import-summary" role="status">
      <strong>{t('done.title')}</strong>{' '}
      {[
        t('done.imported', { count: n.imported }),
        n.duplicate ? t('done.duplicates', { count: n.duplicate }) : null,
        n.error ? t('done.errors', { count: n.error }) : null,
        n.cancelled ? t('done.cancelled', { count: n.cancelled }) : null,
      ]
        .filter(Boolean)
        .join(' · ')}
    </div>
  );
}

export function ResultList({
  info,
  batch,
  outcomes,
  current,
  onSpeakers,
  onOpen,
}: {
  info: ProjectInfo;
  batch: Row[];
  outcomes: (Outcome | undefined)[];
  current: number | null;
  onSpeakers: (id: string) => void;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation(ns);
  return (
    <ol className="import-results" aria-label={t('done.listLabel')}>
      {batch.map((r, i) => {
        const o = outcomes[i];
        const file = baseName(r.picked.path);
        const status = o?.status ?? (current === i ? 'current' : 'waiting');
        return (
          <li key={r.key} className={`import-result status-${status}`} data-file={file}>
            <span className="import-badge">{t(`status.${status}`)}</span>
            <div className="import-result-main">
              <span className="import-file-name">{file}</span>
              {o?.status === 'imported' && (
                <ImportedDetails info={info} result={o.result} onSpeakers={onSpeakers} onOpen={onOpen} />
              )}
              {o?.status === 'duplicate' && (
                <span className="import-detail">
                  {t('result.duplicate', { name: o.existingName })}
                  {(() => {
                    const existing = info.sourceList.find((s) => s.name === o.existingName);
                    return existing ? (
                      <>
                        {' '}
                        <button type="button" className="link-button" onClick={() => onOpen(existing.id)}>
                          {t('result.openExisting')}
                        </button>
                      </>
                    ) : null;
                  })()}
                </span>
              )}
              {o?.status === 'error' && (
                <span className="import-detail import-problem">{withoutFilePrefix(o.message, file)}</span>
              )}
              {o?.status === 'cancelled' && <span className="import-detail muted">{t('result.cancelled')}</span>}
            </div>
          </li>
        );
      })}
    </ol>
  );
}

function ImportedDetails({
  info,
  result,
  onSpeakers,
  onOpen,
}: {
  info: ProjectInfo;
  result: ImportResult;
  onSpeakers: (id: string) => void;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation(ns);
  const live = info.sourceList.find((s) => s.id === result.source.id) ?? result.source;
  const kase = info.cases.find((c) => c.id === live.caseId);
  const who = (label: string) => {
    const pid = live.speakerMap[label];
    const p = pid ? info.participants.find((x) => x.id === pid) : undefined;
    // a participant made by this import is in the project info once the views have refreshed
    return p ? `${label} → ${p.label}` : pid ? `${label} → …` : `${label} → ${t('result.noParticipant')}`;
  };
  const speakers = live.speakers.filter(Boolean);
  // speakers the name and labels could not place (Teams' "Taler 1"): worth a look before coding
  const unplaced = speakers.filter((l) => {
    const p = info.participants.find((x) => x.id === live.speakerMap[l]);
    return p && !p.roleId;
  });
  return (
    <>
      <span className="import-detail">
        {t('result.imported', {
          name: live.name,
          chars: formatNumber(live.length),
          turns: formatNumber(result.turns ?? 0),
          count: result.turns ?? 0,
        })}
        {' · '}
        {kase ? kase.label : t('result.noCase')}
      </span>
      <span className="import-detail">
        {speakers.length ? (
          <>
            {t('result.speakers')} {speakers.map(who).join(' · ')}
          </>
        ) : (
          <span className="muted">{t('result.noSpeakers')}</span>
        )}
      </span>
      {unplaced.length > 0 && (
        <span className="import-detail import-check">{t('result.checkSpeakers', { labels: unplaced.join(', ') })}</span>
      )}
      {result.warnings.length > 0 && (
        <ul className="import-warnings">
          {textsInWords(result.warnings, result.warningsSaid).map((w) => (
            <li key={w}>⚠ {w}</li>
          ))}
        </ul>
      )}
      <span className="import-result-actions">
        <button
          type="button"
          className={unplaced.length ? 'primary' : undefined}
          onClick={() => onSpeakers(live.id)}
          disabled={!speakers.length}
        >
          {t('result.mapSpeakers')}
        </button>
        <button type="button" onClick={() => onOpen(live.id)}>
          {t('result.open')}
        </button>
      </span>
    </>
  );
}
