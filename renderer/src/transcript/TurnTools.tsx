/**
 * Beside the coding panel: whose speaker turn the passage is in (the interviewer, a participant,
 * or nobody), and the turn's repairs — split it at the cursor (the rest goes to the other voice),
 * merge it with the next. A coding in the interviewer's speech or with no participant says so.
 */
import { memo } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { ProjectInfo, SourceDetail } from '../../../src/api/contract';
import { DEFAULT_INTERVIEWERS, isInterviewerName } from '../../../src/cmo/interviewers';
import { turnAt } from '../../../src/cmo/turns';
import { useApi } from '../shared/useApi';
import { checkNs } from '../import/checkI18n';

export interface TurnAt {
  sourceId: string;
  at: number;
  speaker: string;
  who: string | null;
  interviewer: boolean;
  hasNext: boolean;
  coded: boolean;
}

/** What the tools show for a passage at `at` (null when the source has no turns there). */
export function turnAtPassage(
  info: ProjectInfo,
  detail: SourceDetail | undefined,
  at: number | null,
  coded: boolean,
): TurnAt | null {
  if (!detail || at === null) return null;
  const src = detail.source;
  const turn = turnAt(src.turns, at);
  if (!turn) return null;
  const interviewer = isInterviewerName(turn.speaker, info.interviewers ?? DEFAULT_INTERVIEWERS);
  const pid = interviewer ? undefined : src.speakerMap[turn.speaker];
  const who = pid ? (info.participants.find((p) => p.id === pid)?.label ?? null) : null;
  const hasNext = src.turns.indexOf(turn) < src.turns.length - 1;
  return { sourceId: src.id, at, speaker: turn.speaker, who, interviewer, hasNext, coded };
}

export const TurnTools = memo(function TurnTools({ sourceId, at, speaker, who, interviewer, hasNext, coded }: TurnAt) {
  const { t } = useTranslation(checkNs);
  const { mutate } = useApi();
  const source = sourceId;
  const problem = interviewer ? t('unattributedInterviewer') : who ? null : t('unattributedNone');
  return (
    <section className="turn-tools" aria-label={t('turnOf', { speaker })}>
      <p className="small">
        <span className="turn-tools-speaker">{t('turnOf', { speaker })}</span>
        {' · '}
        {interviewer ? t('interviewer') : (who ?? t('noParticipant'))}
      </p>
      {coded && problem && (
        <p className="turn-tools-problem small" role="note">
          ⚠ {problem}
        </p>
      )}
      <div className="actions">
        {!coded && (
          <button type="button" title={t('splitTitle')} onClick={() => void mutate('turns.split', { source, at })}>
            {t('split')}
          </button>
        )}
        {hasNext && (
          <button type="button" onClick={() => void mutate('turns.merge', { source, at })}>
            {t('merge')}
          </button>
        )}
      </div>
    </section>
  );
});
