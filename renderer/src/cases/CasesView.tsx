/**
 * Cases and participants (NVivo's "cases and classifications"): which case each source belongs
 * to, which participant (role, case) each speaker label stands for, the cases' attribute
 * values, the attribute definitions, and the roles. Every change is one undoable command.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { ProjectInfo, SourceSummary } from '../../../src/api/contract';
import type { AttributeDef, Case } from '../../../src/cmo/model';
import { collator } from '../i18n';
import { useApi } from '../shared/useApi';
import { ns } from './i18n';
import './cases.css';
import { MemoPanel } from '../memos/MemoPanel';
import { AttributeDefs } from './AttributeDefs';
import { Roles } from './Roles';
import { roleName } from '../shared/roleName';
import { AttributeValue, Commit } from './AttributeValue';

/** the role select's value for "not a participant" (the speaker maps to nobody) */
const NOBODY = '\u0000nobody';

export function CasesView({ info, sourceId }: { info: ProjectInfo; sourceId: string | null }) {
  const { t } = useTranslation(ns);
  const [current, setCurrent] = useState<string | null>(sourceId);
  useEffect(() => {
    if (sourceId) setCurrent(sourceId);
  }, [sourceId]);
  const source = info.sourceList.find((s) => s.id === current) ?? null;
  const cases = [...info.cases].sort(
    (a, b) => (a.number ?? 1e9) - (b.number ?? 1e9) || collator.compare(a.label, b.label),
  );
  return (
    <div className="cases-view">
      <MemoPanel on="project" target={null} exports />
      <div className="cases-grid">
        <Section title={t('sources')}>
          <SourcesTable info={info} cases={cases} current={current} onPick={setCurrent} />
        </Section>
        <Section title={source ? t('mapFor', { name: source.name }) : t('speakers')}>
          {source ? (
            <SpeakerMap info={info} source={source} cases={cases} />
          ) : (
            <p className="muted">{t('pickSource')}</p>
          )}
          {source && <MemoPanel on="source" target={source.id} label={source.name} compact />}
          {source?.caseId && (
            <MemoPanel
              on="case"
              target={source.caseId}
              label={info.cases.find((c) => c.id === source.caseId)?.label}
              compact
            />
          )}
        </Section>
      </div>
      <Section title={t('cases')} extra={<AddCase />}>
        <CasesTable info={info} cases={cases} />
      </Section>
      <div className="cases-grid">
        <Section title={t('attributes')}>
          <AttributeDefs defs={info.attributeDefs} on="case" />
        </Section>
        <Section title={t('sourceAttributes')}>
          <p className="muted small">{t('sourceAttributesHint')}</p>
          <AttributeDefs defs={info.sourceAttributeDefs} on="source" />
        </Section>
        <Section title={t('roles')}>
          <Roles roles={info.roles} />
        </Section>
      </div>
    </div>
  );
}

function Section({ title, extra, children }: { title: string; extra?: ReactNode; children: ReactNode }) {
  return (
    <section className="cases-section" aria-label={title}>
      <div className="cases-section-head">
        <h2>{title}</h2>
        {extra}
      </div>
      {children}
    </section>
  );
}

function SourcesTable({
  info,
  cases,
  current,
  onPick,
}: {
  info: ProjectInfo;
  cases: Case[];
  current: string | null;
  onPick: (id: string) => void;
}) {
  const { t } = useTranslation(ns);
  const { mutate } = useApi();
  const sources = [...info.sourceList].sort((a, b) => collator.compare(a.name, b.name));
  const defs = info.sourceAttributeDefs;
  return (
    <div className="cases-scroll">
      <table className="cases-table">
        <thead>
          <tr>
            <th>{t('source')}</th>
            <th>{t('case')}</th>
            <th>{t('speakers')}</th>
            {defs.map((d) => (
              <th key={d.id}>{d.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sources.map((s) => {
            const speakers = s.speakers.filter(Boolean);
            return (
              <tr key={s.id} className={s.id === current ? 'current' : undefined} data-source={s.name}>
                <td>
                  <button type="button" className="link-button" onClick={() => onPick(s.id)}>
                    {s.name}
                  </button>
                </td>
                <td>
                  <select
                    aria-label={`${t('case')}: ${s.name}`}
                    value={s.caseId ?? ''}
                    onChange={(e) => void mutate('source.update', { id: s.id, caseId: e.target.value || null })}
                  >
                    <option value="">{t('noCase')}</option>
                    {cases.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.label}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="muted small">
                  {speakers.length
                    ? t('speakersMapped', {
                        mapped: speakers.filter((l) => s.speakerMap[l]).length,
                        total: speakers.length,
                      })
                    : t('empty')}
                </td>
                {defs.map((d) => (
                  <td key={d.id}>
                    <AttributeValue
                      def={d}
                      value={s.attributes?.[d.id]}
                      label={t('editValue', { attribute: d.label, case: s.name })}
                      onCommit={(v) => mutate('source.update', { id: s.id, attributes: { [d.id]: v || null } })}
                    />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function SpeakerMap({ info, source, cases }: { info: ProjectInfo; source: SourceSummary; cases: Case[] }) {
  const { t } = useTranslation(ns);
  const { mutate } = useApi();
  const speakers = source.speakers.filter(Boolean);
  if (!speakers.length) return <p className="muted">{t('noSpeakers')}</p>;
  const set = (label: string, to: { role: string | null; caseId: string | null } | null) =>
    void mutate('source.setSpeakers', { id: source.id, speakers: { [label]: to } });
  return (
    <div className="speaker-scroll">
      <table className="cases-table speaker-table">
        <thead>
          <tr>
            <th>{t('speaker')}</th>
            <th>{t('participant')}</th>
            <th>{t('role')}</th>
            <th>{t('case')}</th>
          </tr>
        </thead>
        <tbody>
          {speakers.map((label) => {
            const p = info.participants.find((x) => x.id === source.speakerMap[label]);
            const caseId = p ? p.caseId : source.caseId;
            return (
              <tr key={label} data-speaker={label}>
                <th scope="row">{label}</th>
                <td className={p ? undefined : 'muted'}>{p?.label ?? t('notMapped')}</td>
                <td>
                  <select
                    aria-label={`${t('role')}: ${label}`}
                    value={p ? (p.roleId ?? '') : NOBODY}
                    title={p ? undefined : t('nobodyTitle')}
                    onChange={(e) =>
                      set(label, e.target.value === NOBODY ? null : { role: e.target.value || null, caseId })
                    }
                  >
                    <option value={NOBODY}>{t('nobody')}</option>
                    <option value="">{t('noRole')}</option>
                    {info.roles.map((r) => (
                      <option key={r.id} value={r.id}>
                        {roleName(r)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <select
                    aria-label={`${t('case')}: ${label}`}
                    value={caseId ?? ''}
                    disabled={!p}
                    onChange={(e) => set(label, { role: p?.roleId ?? null, caseId: e.target.value || null })}
                  >
                    <option value="">{t('noCase')}</option>
                    {cases.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.label}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function AddCase() {
  const { t } = useTranslation(ns);
  const { mutate } = useApi();
  return (
    <button type="button" className="small-button" onClick={() => void mutate('cases.add', {})}>
      {t('addCase')}
    </button>
  );
}

function CasesTable({ info, cases }: { info: ProjectInfo; cases: Case[] }) {
  const { t } = useTranslation(ns);
  const { mutate } = useApi();
  const defs = info.attributeDefs;
  const sourcesOf = (id: string) => info.sourceList.filter((s) => s.caseId === id).length;
  const setAttr = (c: Case, def: AttributeDef, value: string) =>
    mutate('cases.update', { id: c.id, attributes: { [def.id]: value || null } });
  return (
    <div className="cases-scroll">
      <table className="cases-table wide">
        <thead>
          <tr>
            <th>{t('number')}</th>
            <th>{t('name')}</th>
            {defs.map((d) => (
              <th key={d.id}>{d.label}</th>
            ))}
            <th>{t('source')}</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr key={c.id} data-case={c.label}>
              <td className="num">{c.number ?? ''}</td>
              <td>
                <Commit
                  className="case-name"
                  value={c.label}
                  label={t('caseName', { case: c.label })}
                  onCommit={(label) =>
                    label ? mutate('cases.update', { id: c.id, label }) : Promise.resolve(undefined)
                  }
                />
              </td>
              {defs.map((d) => (
                <td key={d.id}>
                  <AttributeValue
                    def={d}
                    value={c.attributes[d.id]}
                    label={t('editValue', { attribute: d.label, case: c.label })}
                    onCommit={(v) => setAttr(c, d, v)}
                  />
                </td>
              ))}
              <td className="num muted">{sourcesOf(c.id) || ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
