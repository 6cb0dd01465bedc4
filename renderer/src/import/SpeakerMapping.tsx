/**
 * Speakers of one transcript → participants: each label as written (`IP`, `Interviewer`,
 * Teams' `Taler 1`) is the interviewer / nobody, or a participant of a role in a case (found or
 * created by the service). Then every turn of a participant can be coded at once as a kind and
 * a PT point, as speaker auto-coding in NVivo/MAXQDA (one undo step).
 */
import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { ProjectInfo } from '../../../src/api/contract';
import type { Kind, Source, SpeakerTurn } from '../../../src/cmo/model';
import { speechStart } from '../../../src/cmo/turns';
import { useApi } from '../shared/useApi';
import { useQuery } from '../shared/useQuery';
import { formatNumber } from './format';
import { roleName } from '../shared/roleName';
import { ns } from './i18n';
import { SpeakerCheck } from './SpeakerCheck';
import { NONE, NO_ROLE, planSpeakers, sameChoice, savedChoice as saved, type Choice } from './speakers';

const KINDS: Kind[] = ['C', 'M', 'O'];

interface Speaker {
  label: string;
  turns: SpeakerTurn[];
  first: string;
}

/** A counter that goes up whenever the value is a new object (the project info after every change). */
function useRevision(value: unknown): number {
  const r = useRef({ value, n: 0 });
  if (r.current.value !== value) r.current = { value, n: r.current.n + 1 };
  return r.current.n;
}

function speakersOf(source: Source): Speaker[] {
  const by = new Map<string, Speaker>();
  for (const turn of source.turns) {
    if (!turn.speaker) continue;
    let s = by.get(turn.speaker);
    if (!s) {
      const said = source.text.slice(speechStart(source.text, turn), turn.end).replace(/\s+/g, ' ').trim();
      s = { label: turn.speaker, turns: [], first: said.length > 150 ? `${said.slice(0, 150).trimEnd()}…` : said };
      by.set(turn.speaker, s);
    }
    s.turns.push(turn);
  }
  return [...by.values()];
}

export function SpeakerMapping({
  info,
  sourceId,
  onOpenSource,
}: {
  info: ProjectInfo;
  sourceId: string;
  onOpenSource: (id: string) => void;
}) {
  const { t } = useTranslation(ns);
  const tools = useApi();
  const revision = useRevision(info);
  const { data } = useQuery('source.get', { id: sourceId }, revision);
  const source = data?.source.id === sourceId ? data.source : null;
  const summary = info.sourceList.find((s) => s.id === sourceId);
  const speakers = useMemo(() => (source ? speakersOf(source) : []), [source]);

  const savedChoice = (label: string): Choice => saved(info, source?.speakerMap ?? {}, source?.caseId ?? null, label);
  const savedKey = source ? JSON.stringify([source.id, source.speakerMap, info.participants.length]) : '';
  const [drafts, setDrafts] = useState<Record<string, Choice>>({});
  useEffect(() => {
    setDrafts({});
  }, [savedKey]);
  const choiceOf = (label: string): Choice => drafts[label] ?? savedChoice(label);
  const isDirty = (label: string) => !!drafts[label] && !sameChoice(drafts[label]!, savedChoice(label));
  const dirty = speakers.filter((s) => isDirty(s.label));
  const [saving, setSaving] = useState(false);
  const [savedNote, setSavedNote] = useState<string | null>(null);

  const setChoice = (label: string, c: Choice) => {
    setSavedNote(null);
    setDrafts((d) => ({ ...d, [label]: c }));
  };

  const save = async () => {
    if (!source || !dirty.length) return;
    const assign = planSpeakers(
      info,
      speakers.map((s) => ({ label: s.label, choice: choiceOf(s.label), changed: isDirty(s.label) })),
    );
    setSaving(true);
    const res = await tools.mutate('source.setSpeakers', { id: source.id, speakers: assign });
    setSaving(false);
    if (res) setSavedNote(t('speakers.saved', { count: Object.keys(assign).length }));
  };

  const [autoFor, setAutoFor] = useState<string | null>(null);

  if (!source) return <p className="loading">{t('speakers.loading')}</p>;
  const kase = info.cases.find((c) => c.id === source.caseId);
  const participantLabel = (label: string) => {
    const pid = source.speakerMap[label];
    return pid ? (info.participants.find((x) => x.id === pid)?.label ?? pid) : null;
  };

  return (
    <div className="speaker-mapping">
      <div className="speaker-head">
        <div>
          <h3 className="speaker-source">{summary?.name ?? source.name}</h3>
          <p className="muted small">
            {kase ? kase.label : t('speakers.noCaseSource')} · {source.provenance.fileName} ·{' '}
            {t('speakers.counts', { turns: formatNumber(source.turns.length), count: speakers.length })}
          </p>
        </div>
        <button type="button" onClick={() => onOpenSource(source.id)}>
          {t('speakers.openSource')}
        </button>
      </div>
      <SpeakerCheck sourceId={source.id} revision={revision} />
      <p className="muted small speaker-intro">{t('speakers.intro')}</p>
      {speakers.length === 0 ? (
        <p className="empty">{t('speakers.none')}</p>
      ) : (
        <table className="import-table speaker-table">
          <thead>
            <tr>
              <th>{t('speakers.col.speaker')}</th>
              <th>{t('speakers.col.first')}</th>
              <th>{t('speakers.col.who')}</th>
              <th>{t('speakers.col.case')}</th>
              <th>{t('speakers.col.participant')}</th>
              <th>
                <span className="sr-only">{t('speakers.col.autocode')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {speakers.map((s) => {
              const c = choiceOf(s.label);
              const changed = isDirty(s.label);
              const current = participantLabel(s.label);
              return (
                <Fragment key={s.label}>
                  <tr className={changed ? 'changed' : ''} data-speaker={s.label}>
                    <td className="col-speaker">
                      <strong>{s.label}</strong>
                      <span className="muted small">
                        {t('speakers.turns', { count: s.turns.length, n: formatNumber(s.turns.length) })}
                      </span>
                    </td>
                    <td className="col-first">
                      <q>{s.first}</q>
                    </td>
                    <td className="col-who">
                      <select
                        aria-label={t('speakers.whoOf', { label: s.label })}
                        value={c.who}
                        onChange={(e) =>
                          setChoice(s.label, { who: e.target.value, caseId: c.caseId || source.caseId || '' })
                        }
                      >
                        <option value={NONE}>{t('speakers.interviewer')}</option>
                        <optgroup label={t('speakers.participantAs')}>
                          {info.roles.map((r) => (
                            <option key={r.id} value={r.id}>
                              {roleName(r)}
                            </option>
                          ))}
                          <option value={NO_ROLE}>{t('speakers.noRole')}</option>
                        </optgroup>
                      </select>
                    </td>
                    <td className="col-case">
                      <select
                        aria-label={t('speakers.caseOf', { label: s.label })}
                        value={c.who === NONE ? '' : c.caseId}
                        disabled={c.who === NONE}
                        onChange={(e) => setChoice(s.label, { ...c, caseId: e.target.value })}
                      >
                        <option value="">{t('speakers.noCase')}</option>
                        {info.cases.map((k) => (
                          <option key={k.id} value={k.id}>
                            {k.label}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td className="col-participant">
                      {changed ? (
                        <span className="speaker-unsaved">{t('speakers.unsavedRow')}</span>
                      ) : current ? (
                        <span>{current}</span>
                      ) : (
                        <span className="muted">{t('speakers.noParticipant')}</span>
                      )}
                    </td>
                    <td className="col-auto">
                      <button
                        type="button"
                        aria-expanded={autoFor === s.label}
                        onClick={() => setAutoFor(autoFor === s.label ? null : s.label)}
                        title={t('speakers.autoTitle', { label: s.label })}
                      >
                        {t('speakers.autoButton')}
                      </button>
                    </td>
                  </tr>
                  {autoFor === s.label && (
                    <tr className="speaker-auto-row">
                      <td colSpan={6}>
                        <AutocodePanel info={info} source={source} label={s.label} blocked={changed} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      )}
      {speakers.length > 0 && (
        <div className="speaker-save">
          <button type="button" className="primary" disabled={!dirty.length || saving} onClick={() => void save()}>
            {t('speakers.save')}
          </button>
          {dirty.length > 0 && (
            <button type="button" onClick={() => setDrafts({})}>
              {t('speakers.reset')}
            </button>
          )}
          <span className="muted small" role="status">
            {dirty.length ? t('speakers.unsaved', { count: dirty.length }) : (savedNote ?? '')}
          </span>
        </div>
      )}
    </div>
  );
}

/** Code every turn of one speaker — or of the participant the speaker is linked to — as one kind and PT point. */
function AutocodePanel({
  info,
  source,
  label,
  blocked,
}: {
  info: ProjectInfo;
  source: Source;
  label: string;
  blocked: boolean;
}) {
  const { t } = useTranslation(ns);
  const tools = useApi();
  const [kind, setKind] = useState<Kind | null>(null);
  const [pt, setPt] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const pid = source.speakerMap[label];
  const participant = pid ? info.participants.find((x) => x.id === pid) : undefined;
  // a participant may speak under several labels (`IP` and `Leder`): all of their turns
  const labels = participant
    ? Object.entries(source.speakerMap)
        .filter(([, id]) => id === pid)
        .map(([l]) => l)
    : [label];
  const turns = source.turns.filter((x) => labels.includes(x.speaker)).length;
  const who = participant ? `${participant.label} (${labels.join(', ')})` : label;
  const point = info.ptPoints.find((p) => p.id === pt);
  const ptLabel = (p: { id: string; title: string }) => {
    const name = p.id.startsWith('#') ? `${p.id} ${p.title}` : `${t('overall')}: ${p.title}`;
    return name.length > 90 ? `${name.slice(0, 90).trimEnd()}…` : name;
  };

  const run = async () => {
    if (!kind || !pt) return;
    setBusy(true);
    setDone(null);
    const res = await tools.mutate('source.autocode', {
      source: source.id,
      ...(participant ? { participant: participant.id } : { speaker: label }),
      kind,
      pt: [pt],
    });
    setBusy(false);
    if (res)
      setDone(
        t('auto.done', {
          count: res.created.length,
          n: formatNumber(res.created.length),
          kind,
          pt: point?.id.startsWith('#') ? point.id : t('overall'),
        }) + (res.skipped ? ` ${t('auto.skipped', { count: res.skipped })}` : ''),
      );
  };

  return (
    <div className="autocode-panel" role="group" aria-label={t('auto.groupLabel', { label })}>
      <p className="autocode-lead">{t('auto.lead', { count: turns, n: formatNumber(turns), who })}</p>
      <div className="autocode-controls">
        <div className="autocode-kinds" role="radiogroup" aria-label={t('auto.kind')}>
          {KINDS.map((k) => (
            <button
              key={k}
              type="button"
              role="radio"
              aria-checked={kind === k}
              className={`kind-choice kind-${k}${kind === k ? ' on' : ''}`}
              onClick={() => setKind(k)}
            >
              <span className="kind-letter">{k}</span> {t(`kind.${k}`)}
            </button>
          ))}
        </div>
        <select aria-label={t('auto.pt')} value={pt} onChange={(e) => setPt(e.target.value)}>
          <option value="">{t('auto.choosePt')}</option>
          {info.ptPoints.map((p) => (
            <option key={p.id} value={p.id}>
              {ptLabel(p)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="primary"
          disabled={!kind || !pt || busy || blocked || turns === 0}
          onClick={() => void run()}
        >
          {kind && pt
            ? t('auto.run', {
                count: turns,
                n: formatNumber(turns),
                kind,
                pt: point?.id.startsWith('#') ? point.id : t('overall'),
              })
            : t('auto.runPlain')}
        </button>
      </div>
      {blocked && <p className="hint">{t('auto.saveFirst')}</p>}
      {done && (
        <p className="autocode-done" role="status">
          ✓ {done} <span className="muted">{t('auto.undoHint')}</span>
        </p>
      )}
    </div>
  );
}
