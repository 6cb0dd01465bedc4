/**
 * The speakers summary of one source, to confirm before the first coding: turns and words per
 * speaker, who is the interviewer (nobody's participant), who is which participant. One click
 * confirms it; a voice that is really the interviewer can be put on the project's list.
 */
import { useTranslation } from '../i18n/useTranslation';
import { useApi } from '../shared/useApi';
import { useQuery } from '../shared/useQuery';
import { formatNumber } from './format';
import { checkNs } from './checkI18n';

export function SpeakerCheck({ sourceId, revision }: { sourceId: string; revision: number }) {
  const { t } = useTranslation(checkNs);
  const tools = useApi();
  const { data } = useQuery('source.speakerSummary', { source: sourceId }, revision);
  const { data: list } = useQuery('interviewers.list', {}, revision);
  if (!data || data.sourceId !== sourceId) return null;
  const people = data.speakers.filter((s) => !s.interviewer && s.label);
  return (
    <section className="speaker-check" aria-labelledby="speaker-check-title" data-confirmed={data.confirmed}>
      <h4 id="speaker-check-title">{t('title')}</h4>
      <p className="muted small">{t('intro')}</p>
      {people.length > 1 && <p className="small">{t('focusGroup')}</p>}
      <table className="import-table speaker-check-table">
        <thead>
          <tr>
            <th>{t('speaker')}</th>
            <th>{t('turns')}</th>
            <th>{t('words')}</th>
            <th>{t('is')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {data.speakers.map((s) => (
            <tr key={s.label} data-check-speaker={s.label} className={s.interviewer ? 'is-interviewer' : ''}>
              <td>
                <strong>{s.label || '—'}</strong>
              </td>
              <td>{formatNumber(s.turns)}</td>
              <td>{formatNumber(s.words)}</td>
              <td>
                {s.interviewer ? (
                  <span className="badge-interviewer">{t('interviewer')}</span>
                ) : (
                  (s.participant ?? <span className="muted">{t('noParticipant')}</span>)
                )}
              </td>
              <td>
                {!s.interviewer && s.label && (
                  <button
                    type="button"
                    className="link-button"
                    title={t('addInterviewerTitle', { label: s.label })}
                    onClick={() => void tools.mutate('interviewers.add', { names: [s.label] })}
                  >
                    {t('addInterviewer')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {data.unlabelledWords > 0 && <p className="muted small">{t('unlabelled', { count: data.unlabelledWords })}</p>}
      {list && <p className="muted small">{t('interviewers', { names: list.names.join(', ') })}</p>}
      <div className="speaker-save">
        {data.confirmed ? (
          <span role="status" className="speaker-confirmed">
            {t('confirmed')}
          </span>
        ) : (
          <>
            <button
              type="button"
              className="primary"
              onClick={() => void tools.mutate('source.confirmSpeakers', { source: sourceId })}
            >
              {t('confirm')}
            </button>
            <span className="muted small">{t('unconfirmedNote')}</span>
          </>
        )}
      </div>
    </section>
  );
}
