/**
 * The coding session: everything one coding action touches, in one place. The text selected in
 * the transcript (snapped to words: the passage about to be coded), the draft being typed for it,
 * the passages sent and not yet answered, the coded passage selected (and the ones overlapping it),
 * boundary moves, and `code()`. The window composes it: the transcript reports selections and
 * clicks into it, the panel beside it shows `panel`, the codebook assigns to `target`.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { SourceDetail } from '../../../src/api/contract';
import type { Segment } from '../../../src/cmo/model';
import { snapToWords } from '../../../src/cmo/text';
import type { AssignTarget } from '../codes/CodebookPanel';
import { useWarnBeforeUnload } from '../shared/placeKept';
import { whenQueriesSettle } from '../shared/useQuery';
import type { ApiTools } from '../shared/useApi';
import { currentCoder } from '../team/coderStore';
import { caretInTranscript, requestCaret } from '../transcript/caret';
import { sameRange, type TextRange } from '../transcript/offsets';
import type { ScrollTarget } from '../transcript/TranscriptView';
import { draftFields, type Draft } from './nudge';
import type { Patch } from './SegmentDetails';
import type { PanelMode } from './SegmentPanel';

export const NO_DRAFT: Draft = { kind: null, pts: [], codes: [], verdict: 'unclear', memo: '' };

/** A draft with something typed in it (a reload would lose it). */
const typedIn = (d: Draft) =>
  d !== NO_DRAFT && (d.memo.trim() !== '' || d.pts.length > 0 || d.codes.length > 0 || d.kind !== null);

/** The given segments in transcript order. */
const covering = (segments: readonly Segment[], ids: readonly string[]) => segments.filter((s) => ids.includes(s.id));

export interface CodingSession {
  /** the coded passage selected */
  selected: string | null;
  /** the passage about to be coded (snapped to words), while the Kodning tab is shown */
  pending: TextRange | null;
  scrollTarget: ScrollTarget | null;
  /** what the panel beside the transcript shows, while the Kodning tab is shown */
  panel: PanelMode | null;
  /** where the codebook's "+" puts a code */
  target: AssignTarget | null;
  /** the offset the turn tools are about (the passage's or the selected coding's start) */
  at: number | null;
  selectText: (r: TextRange | null) => void;
  onClickSegments: (ids: string[]) => void;
  moveBoundary: (id: string, r: TextRange) => Promise<unknown>;
  code: () => Promise<void>;
  /** another source opened: nothing selected */
  clear: () => void;
  /** a coding shown from elsewhere (matrix, quotes, review): selected and scrolled to */
  showSegment: (id: string) => void;
  /** a passage shown from elsewhere (a search hit): selected, ready to code */
  showRange: (r: TextRange) => void;
}

export function useCodingSession({
  sourceId,
  detail,
  active,
  tools,
}: {
  sourceId: string | null;
  detail: SourceDetail | undefined;
  /** the Kodning tab is shown */
  active: boolean;
  tools: ApiTools;
}): CodingSession {
  const [textSel, setTextSel] = useState<TextRange | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [overlapIds, setOverlapIds] = useState<string[]>([]);
  const [draft, setDraft] = useState<Draft>(NO_DRAFT);
  const [scrollTarget, setScrollTarget] = useState<ScrollTarget | null>(null);
  const nonce = useRef(0);
  // a coding being typed (a memo, codes, PT points) is not lost to a reload without a question
  useWarnBeforeUnload(typedIn(draft));

  const text = detail?.source.id === sourceId ? (detail?.source.text ?? '') : '';
  const pending = useMemo(() => {
    if (!textSel || !text) return null;
    const snapped = snapToWords(text, textSel.start, textSel.end);
    return snapped.end > snapped.start ? snapped : null;
  }, [textSel, text]);
  const segment = useMemo(() => detail?.segments.find((s) => s.id === selected) ?? null, [detail, selected]);

  const clear = useCallback(() => {
    setTextSel(null);
    setSelected(null);
  }, []);
  const showSegment = useCallback((id: string) => {
    setTextSel(null);
    setSelected(id);
    setOverlapIds([]);
    setScrollTarget({ segmentId: id, nonce: ++nonce.current });
  }, []);
  const showRange = useCallback((r: TextRange) => {
    setSelected(null);
    setOverlapIds([]);
    setTextSel(r);
  }, []);

  // the browser's text selection goes in the same commit as the coding panel: removed earlier,
  // it would be painted in a frame of its own before React renders the rest
  const dropSelection = useRef<boolean | number>(false);
  /** the passage being coded was selected with the caret (the focus was in the transcript) */
  const byKeyboard = useRef(false);
  const clearSelection = useCallback((caretAt?: number) => {
    dropSelection.current = caretAt ?? true;
    setTextSel(null);
  }, []);
  useLayoutEffect(() => {
    if (!dropSelection.current) return;
    const caret = dropSelection.current;
    dropSelection.current = false;
    // a passage selected with the keyboard: the caret goes back to its end, to go on from there
    if (typeof caret === 'number') requestCaret(caret);
    else document.getSelection()?.removeAllRanges();
  });

  const codeArgs = useRef({ draft, sourceId, textSel });
  codeArgs.current = { draft, sourceId, textSel };
  /** the passages sent to be coded whose answers have not landed yet */
  const inFlight = useRef<TextRange[]>([]);
  const code = useCallback(async () => {
    const { draft: d, sourceId: src, textSel: sel } = codeArgs.current;
    const fields = draftFields(d);
    // Enter again on a passage on its way is not a second coding; the next passage may be coded at once
    if (!src || !sel || !fields || inFlight.current.some((f) => sameRange(f, sel))) return;
    inFlight.current.push(sel);
    try {
      const seg = await tools.mutate('segment.add', {
        sourceId: src,
        start: sel.start,
        end: sel.end,
        snapToWords: true,
        ...fields,
        coder: currentCoder() || undefined,
      });
      if (!seg) return;
      // shown together with the refreshed transcript: one render, not one now and one when it lands
      await whenQueriesSettle();
      // a researcher who selected the next passage meanwhile keeps it, and what they typed for it
      if (codeArgs.current.sourceId !== src || !sameRange(codeArgs.current.textSel, sel)) return;
      clearSelection(byKeyboard.current ? seg.end : undefined);
      setSelected(seg.id);
      setOverlapIds([]);
      setDraft(NO_DRAFT);
    } finally {
      inFlight.current = inFlight.current.filter((r) => r !== sel);
    }
  }, [tools, clearSelection]);
  // another passage selected while one is being coded starts from an empty form, not the one sent
  const selectText = useCallback((r: TextRange | null) => {
    setTextSel(r);
    if (r) byKeyboard.current = caretInTranscript();
    if (r && inFlight.current.length && !inFlight.current.some((f) => sameRange(f, r))) setDraft(NO_DRAFT);
  }, []);

  const closeDetails = useCallback(() => setSelected(null), []);
  const cancel = useCallback(() => clearSelection(), [clearSelection]);
  const moveBoundary = useCallback(
    (id: string, r: TextRange) => tools.mutate('segment.update', { id, patch: { start: r.start, end: r.end } }),
    [tools],
  );
  const onClickSegments = useCallback((ids: string[]) => {
    if (!ids.length) {
      setSelected(null);
      return;
    }
    setTextSel(null);
    setOverlapIds(ids);
    // a second click on the same place steps through overlapping segments
    setSelected((cur) => {
      const at = cur ? ids.indexOf(cur) : -1;
      return at >= 0 ? ids[(at + 1) % ids.length]! : ids.at(-1)!;
    });
  }, []);

  const segmentId = segment?.id;
  const saveSegment = useCallback(
    async (patch: Patch) => {
      if (segmentId) await tools.mutate('segment.update', { id: segmentId, patch });
    },
    [tools, segmentId],
  );
  const deleteSegment = useCallback(async () => {
    if (segmentId && (await tools.mutate('segment.remove', { id: segmentId }))) setSelected(null);
  }, [tools, segmentId]);
  const overlapping = useMemo(
    () =>
      segment ? covering(detail?.segments ?? [], overlapIds.includes(segment.id) ? overlapIds : [segment.id]) : [],
    [segment, detail, overlapIds],
  );
  const setDraftCodes = useCallback((codes: string[]) => setDraft((d) => ({ ...d, codes })), []);
  const shown = active ? pending : null;
  const target = useMemo(
    () =>
      active
        ? codingTarget({ pending: !!pending, draft, setDraft: setDraftCodes, segment, mutate: tools.mutate })
        : null,
    [active, pending, draft, setDraftCodes, segment, tools],
  );
  const panel = useMemo((): PanelMode | null => {
    if (!active) return null;
    if (pending) return { kind: 'new', range: pending, draft, setDraft, onCode: code, onCancel: cancel };
    if (segment)
      return {
        kind: 'edit',
        segment,
        overlapping,
        onPick: setSelected,
        onClose: closeDetails,
        onSave: saveSegment,
        onDelete: deleteSegment,
      };
    return null;
  }, [active, pending, draft, code, cancel, segment, overlapping, closeDetails, saveSegment, deleteSegment]);
  const at = !active ? null : pending ? pending.start : segment ? segment.start : null;

  return {
    selected,
    pending: shown,
    scrollTarget,
    panel,
    target,
    at,
    selectText,
    onClickSegments,
    moveBoundary,
    code,
    clear,
    showSegment,
    showRange,
  };
}

/** Where the codebook's "+" puts a code: the passage being coded (its draft), or the selected coding. */
export function codingTarget(o: {
  pending: boolean;
  draft: { codes: string[] };
  setDraft: (codes: string[]) => void;
  segment: { id: string; codes?: string[] } | null;
  mutate: ApiTools['mutate'];
}): AssignTarget | null {
  if (o.pending) return { kind: 'selection', has: o.draft.codes, assign: (id) => o.setDraft([...o.draft.codes, id]) };
  const seg = o.segment;
  if (seg)
    return {
      kind: 'segment',
      has: seg.codes ?? [],
      assign: (id) => void o.mutate('segment.update', { id: seg.id, patch: { codes: [...(seg.codes ?? []), id] } }),
    };
  return null;
}
