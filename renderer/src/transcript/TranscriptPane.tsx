/**
 * The Kodning tab: which source, a legend, the stripe and edit controls, the review list of
 * flagged codings, and the transcript itself with its hover card.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { ProjectInfo, SourceDetail } from '../../../src/api/contract';
import type { Segment } from '../../../src/cmo/model';
import { collator } from '../i18n';
import { sourceRoles } from '../layout/Sidebar';
import { ReviewList, type ReviewItem } from '../review/ReviewList';
import { useApi } from '../shared/useApi';
import { useQuery } from '../shared/useQuery';
import { ns } from './i18n';
import { createHoverStore, SegmentPopover, type PopoverNames } from './SegmentPopover';
import { layoutStripes, type LaneMode, type StripeLayout, type StripeNames } from './stripes';
import { useShownSegments } from '../team/codersShown';
import { TranscriptView, type TranscriptControl, type TranscriptProps } from './TranscriptView';
import { turnLabels } from './turns';
import { DEFAULT_INTERVIEWERS, isInterviewerName } from '../../../src/cmo/interviewers';
import { nextUnattributed, type Unattributed } from './unattributedShown';
import { useKey } from '../shortcuts/keymap';
import { HeadMeta, HeadTools, Legend, useStable } from './TranscriptHead';
import { TurnRepairPlugin } from './plugins/TurnRepairPlugin';
import './transcript.css';

const storedMode = (): LaneMode => {
  try {
    const v = localStorage.getItem('cmo-stripes');
    return v === 'kind' || v === 'off' ? v : 'pt';
  } catch {
    return 'pt';
  }
};

export function TranscriptPane(
  props: {
    info: ProjectInfo;
    sourceId: string | null;
    detail: SourceDetail | undefined;
    loading: boolean;
    /** open another source at one of its codings (the review list across sources) */
    onJumpTo: (sourceId: string, segmentId: string) => void;
  } & Omit<TranscriptProps, 'detail'>,
) {
  const { info, detail, sourceId } = props;
  const { t } = useTranslation(ns);
  const tools = useApi();
  const [mode, setMode] = useState<LaneMode>(storedMode);
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  /** a message about the last correction, with the text before it: hidden again once that text is back (undo) */
  const [notice, setNotice] = useState<{ message: string; before: string | null } | null>(null);
  const [showReview, setShowReview] = useState(false);
  const [reviewScope, setReviewScope] = useState<'source' | 'all'>('source');
  const { data: flaggedAll } = useQuery('review.flagged', {});
  const reviewScopeRef = useRef(reviewScope);
  reviewScopeRef.current = reviewScope;
  const control = useRef<TranscriptControl | null>(null);
  const hover = useMemo(createHoverStore, []);
  const { data: codes } = useQuery('codes.list', {});

  // another source: leave edit mode (discarding), close the review list and any notice
  // (a review list across all sources stays open: it is how one got here)
  useEffect(() => {
    setEditing(false);
    setShowReview((v) => v && reviewScopeRef.current === 'all');
    setNotice(null);
    hover.set(null);
  }, [sourceId, hover]);

  const current = detail && detail.source.id === sourceId ? detail : undefined;
  // all coders' marks and stripes, only mine, or one coder's, as chosen in the head (team/codersShown)
  const segments = useShownSegments(current?.segments);
  // the transcript's marks follow the choice too (the same object when every coder is shown)
  const shown = useMemo(
    () => (current && segments && segments !== current.segments ? { ...current, segments } : current),
    [current, segments],
  );
  // project.info and codes.list are fetched again after every change: keep them while equal
  const ptPoints = useStable(info.ptPoints, (v) => v.map((p) => `${p.id}\u0001${p.title}`).join('\u0002'));
  const codeList = useStable(codes, (v) => (v ?? []).map((c) => `${c.id}\u0001${c.path}`).join('\u0002'));
  const participants = useStable(info.participants, JSON.stringify);
  const roleList = useStable(info.roles, JSON.stringify);
  const cases = useStable(info.cases, (v) => v.map((c) => `${c.id}\u0001${c.label}`).join('\u0002'));
  const people = useMemo(() => ({ participants, roles: roleList, cases }), [participants, roleList, cases]);
  const names = useMemo((): PopoverNames & StripeNames => {
    const points = new Map(ptPoints.map((p) => [p.id, p]));
    const codeNames = new Map((codeList ?? []).map((c) => [c.id, c.path || c.name]));
    return {
      pt: (id) => (id.startsWith('#') ? id : points.has(id) ? t('overall') : id),
      ptTitle: (id) => points.get(id)?.title ?? '',
      code: (id) => codeNames.get(id) ?? id,
      ptOrder: ptPoints.map((p) => p.id),
      compare: collator.compare,
    };
  }, [ptPoints, codeList, t]);
  // laid out again from the layout before: only the lanes whose segments changed are redone
  const lastStripes = useRef<StripeLayout | undefined>(undefined);
  const stripes = useMemo(
    () => (lastStripes.current = layoutStripes(segments ?? [], mode, names, lastStripes.current)),
    [segments, mode, names],
  );
  const byId = useMemo(() => {
    const m = new Map<string, Segment>();
    for (const s of segments ?? []) m.set(s.id, s);
    return m;
  }, [segments]);
  // the hover card reads the segments when it draws (it is not rendered again for each new map)
  const byIdNow = useRef(byId);
  byIdNow.current = byId;
  const lookup = useCallback((id: string) => byIdNow.current.get(id), []);
  const src = current?.source;
  const turns = useStable(
    src?.turns,
    (v) => `${src?.id}\u0002${(v ?? []).map((x) => `${x.start}\u0001${x.speaker}\u0001${x.time}`).join('\u0002')}`,
  );
  const speakerMap = useStable(src?.speakerMap, (v) => JSON.stringify(v ?? {}));
  const sourceCase = src?.caseId ?? null;
  const interviewerNames = useStable(info.interviewers ?? DEFAULT_INTERVIEWERS, (v) => v.join('\u0001'));
  const interviewer = useMemo(
    () => ({ is: (l: string) => isInterviewerName(l, interviewerNames), word: t('interviewer') }),
    [interviewerNames, t],
  );
  const labels = useMemo(
    () => turnLabels(turns ?? [], { ...people, speakerMap: speakerMap ?? {}, sourceCaseId: sourceCase, interviewer }),
    [turns, people, speakerMap, sourceCase, interviewer],
  );
  const participantIds = useStable(src?.participantIds, (v) => (v ?? []).join(' '));
  // from the answer before: after a coding action only its segment is looked at
  const lastUnattributed = useRef<Unattributed | null>(null);
  const unattributed = useMemo(() => {
    if (!turns || !segments) return EMPTY_SET;
    const src = { turns, speakerMap: speakerMap ?? EMPTY_MAP, participantIds: participantIds ?? EMPTY_LIST };
    return (lastUnattributed.current = nextUnattributed(lastUnattributed.current, src, segments, interviewerNames)).ids;
  }, [turns, segments, speakerMap, participantIds, interviewerNames]);
  const flagged = useMemo(
    () => (segments ?? []).filter((s) => s.needsReview).sort((a, b) => a.start - b.start),
    [segments],
  );
  const reviewItems = useMemo((): ReviewItem[] => {
    if (reviewScope === 'all')
      return (flaggedAll ?? []).map((f) => ({
        segment: f.segment,
        now: f.now,
        sourceId: f.sourceId,
        sourceName: f.sourceName,
      }));
    const text = current?.source.text ?? '';
    return flagged.map((s) => ({ segment: s, now: text.slice(s.start, s.end), sourceId: s.sourceId }));
  }, [reviewScope, flaggedAll, flagged, current]);
  const elsewhere = (flaggedAll?.length ?? 0) - flagged.length;
  const kindName = useCallback((k: string) => t(`kind.${k}`), [t]);
  const describe = useCallback(
    (s: Segment) =>
      s.kind
        ? `${t(`kind.${s.kind}`)} · ${s.pt.map(names.pt).join(', ')}`
        : `${t('thematic')} · ${s.codes.map(names.code).join(', ')}`,
    [t, names],
  );

  const save = useCallback(async () => {
    if (!current || busy) return;
    const text = control.current?.text();
    if (text === undefined) return;
    if (text === current.source.text) {
      setEditing(false);
      setNotice({ message: t('edit.unchanged'), before: null });
      return;
    }
    setBusy(true);
    try {
      const r = await tools.mutate('source.edit', { source: current.source.id, text });
      if (!r) return; // the error is shown; stay in edit mode with the corrections
      setEditing(false);
      setNotice({
        message: r.flagged.length
          ? t('edit.saved', { count: r.flagged.length, edits: r.edits, moved: r.moved })
          : t('edit.savedNone', { edits: r.edits, moved: r.moved }),
        before: current.source.text,
      });
      if (r.flagged.length) setShowReview(true);
    } finally {
      setBusy(false);
    }
  }, [current, busy, tools, t]);

  const cancel = () => {
    const text = control.current?.text();
    if (current && text !== undefined && text !== current.source.text && !window.confirm(t('edit.unsaved'))) return;
    setEditing(false);
  };

  useKey(
    'transcript.save',
    (e) => {
      e.preventDefault();
      void save();
    },
    editing,
  );

  const { onClickSegments, onSelectText } = props;
  const startEditing = useCallback(() => {
    onClickSegments([]);
    onSelectText(null);
    setNotice(null);
    setEditing(true);
  }, [onClickSegments, onSelectText]);
  const toggleReview = useCallback(() => {
    setShowReview((v) => !v);
    // nothing here to review: open on the other sources
    setReviewScope(flagged.length ? 'source' : 'all');
  }, [flagged.length]);
  const changeMode = useCallback((v: LaneMode) => {
    setMode(v);
    try {
      localStorage.setItem('cmo-stripes', v);
    } catch {
      /* private mode */
    }
  }, []);

  const jump = (id: string) => {
    props.onClickSegments([id]);
    control.current?.jump(id);
  };

  if (!sourceId) return <p className="empty">{t('chooseSource')}</p>;
  const summary = info.sourceList.find((s) => s.id === sourceId);
  const caseLabel = summary?.caseId
    ? (info.cases.find((c) => c.id === summary.caseId)?.label ?? summary.caseId)
    : t('noCase');
  const roles = summary ? sourceRoles(info, summary) : [];
  return (
    <div className="transcript-pane">
      <div className="transcript-head">
        <div className="tx-head-row">
          <HeadMeta
            name={summary?.name ?? sourceId}
            caseLabel={caseLabel}
            roles={roles.join(', ')}
            words={summary?.words ?? null}
            segments={summary?.segments ?? 0}
            loading={props.loading}
          />
          {!editing && (
            <HeadTools
              flagged={flagged.length}
              elsewhere={elsewhere}
              showReview={showReview}
              onToggleReview={toggleReview}
              mode={mode}
              onMode={changeMode}
              canEdit={!!current}
              onEdit={startEditing}
            />
          )}
        </div>
        {editing ? (
          <div className="tx-edit-bar" role="region" aria-label={t('edit.start')}>
            <p>
              {t('edit.banner')}
              <span className="muted small"> {t('edit.keys')}</span>
            </p>
            <div className="tx-edit-actions">
              <button type="button" onClick={cancel} disabled={busy}>
                {t('edit.cancel')}
              </button>
              <button type="button" className="primary" onClick={() => void save()} disabled={busy}>
                {busy ? t('edit.saving') : t('edit.save')}
              </button>
            </div>
          </div>
        ) : (
          <Legend />
        )}
        {notice && !editing && current && notice.before !== current.source.text && (
          <p className="tx-notice" role="status">
            {notice.message}{' '}
            <button type="button" className="icon-button" aria-label="×" onClick={() => setNotice(null)}>
              ×
            </button>
          </p>
        )}
      </div>
      {showReview && !editing && current && (
        <ReviewList
          items={reviewItems}
          scope={reviewScope}
          counts={{ source: flagged.length, all: flaggedAll?.length ?? flagged.length }}
          onScope={setReviewScope}
          describe={describe}
          selected={props.selected}
          onApprove={(id) => {
            void tools.mutate('segment.update', { id, patch: { needsReview: false } });
          }}
          onJump={(item) =>
            item.sourceId === current.source.id ? jump(item.segment.id) : props.onJumpTo(item.sourceId, item.segment.id)
          }
          onClose={() => setShowReview(false)}
        />
      )}
      <div className="transcript-scroll">
        {current ? (
          <TranscriptView
            detail={shown ?? current}
            selected={props.selected}
            pending={props.pending}
            onSelectText={props.onSelectText}
            onClickSegments={props.onClickSegments}
            scrollTarget={props.scrollTarget}
            onError={props.onError}
            onMoveBoundary={props.onMoveBoundary}
            editing={editing}
            control={control}
            hover={hover}
            byId={byId}
            stripes={editing ? NO_STRIPES : stripes}
            stripesOff={mode === 'off'}
            turnLabels={labels}
            unattributed={unattributed}
            kindName={kindName}
            ariaLabel={t('transcriptLabel')}
          >
            <TurnRepairPlugin
              source={current.source}
              editing={editing}
              interviewers={interviewerNames}
              labels={labels}
            />
          </TranscriptView>
        ) : (
          <p className="muted">{t('loading')}</p>
        )}
      </div>
      {!editing && <SegmentPopover store={hover} lookup={lookup} version={byId} names={names} />}
    </div>
  );
}

const NO_STRIPES = { lanes: [], stripes: [], width: 0 };
const EMPTY_SET: ReadonlySet<string> = new Set();
const EMPTY_MAP: Record<string, string> = {};
const EMPTY_LIST: string[] = [];
