/**
 * The panel beside the transcript for one passage: a new coding of the selected words, or the
 * coded passage that is selected. One panel for both, so that after Enter codes a passage the
 * same fields stay on screen with the coded values (only the head and the buttons change):
 * rebuilding the whole panel cost the coding action more main-thread time than anything else.
 */
import { useLayoutEffect, useMemo, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { PtPoint, Segment } from '../../../src/cmo/model';
import { inVivoName, useCodes } from '../codes/useCodes';
import { useApi } from '../shared/useApi';
import type { TextRange } from '../transcript/offsets';
import { NewCodingFoot, NewCodingHead, newCodingKey } from './CodingPanel';
import { ns } from './i18n';
import { draftProblem, type Draft } from './nudge';
import {
  DetailsFoot,
  DetailsHead,
  detailsKey,
  diffPatch,
  formOf,
  nudgeSegment,
  type Form,
  type Patch,
} from './SegmentDetails';
import { SegmentFields, type FieldRefs } from './SegmentFields';
import { useKey } from '../shortcuts/keymap';
import type { KeyId } from '../shortcuts/table';

const CODING_KEYS: KeyId[] = [
  'escape',
  'coding.submit',
  'coding.kind',
  'coding.code',
  'coding.memo',
  'coding.inVivo',
  'coding.verdict',
  'coding.pt',
  'coding.nudge',
  'coding.delete',
];

export type PanelMode =
  | {
      kind: 'new';
      range: TextRange;
      draft: Draft;
      setDraft: Dispatch<SetStateAction<Draft>>;
      onCode: () => Promise<void>;
      onCancel: () => void;
    }
  | {
      kind: 'edit';
      segment: Segment;
      overlapping: readonly Segment[];
      onPick: (id: string) => void;
      onClose: () => void;
      onSave: (patch: Patch) => Promise<void>;
      onDelete: () => Promise<void>;
    };

export function SegmentPanel({ mode, points, text }: { mode: PanelMode; points: readonly PtPoint[]; text: string }) {
  const { t } = useTranslation(ns);
  const { mutate } = useApi();
  const codes = useCodes();
  const pt = useRef<HTMLInputElement>(null),
    code = useRef<HTMLInputElement>(null);
  const memo = useRef<HTMLTextAreaElement>(null),
    verdict = useRef<HTMLDivElement>(null);
  const refs = useMemo((): FieldRefs => ({ pt, code, memo, verdict }), []);
  const section = useRef<HTMLElement>(null);
  const [preview, setPreview] = useState<string | null>(null);

  // a coded passage is edited in a form of its own, which starts over whenever the passage as
  // saved changes (derived, not reset by a state update: no second render of the panel)
  const segment = mode.kind === 'edit' ? mode.segment : null;
  const [edited, setEdited] = useState<{ of: Segment; form: Form } | null>(null);
  const form = segment ? (edited?.of === segment ? edited.form : formOf(segment)) : null;
  const setForm = (f: (d: Form) => Form) => {
    if (segment) setEdited((e) => ({ of: segment, form: f(e?.of === segment ? e.form : formOf(segment)) }));
  };
  const [busy, setBusy] = useState(false);

  // from a new coding to the coded passage (or back), or to another passage to code: the focus
  // leaves the fields, so the next keys go to the panel's shortcuts and not, say, a digit to the
  // verdict of the passage before (in the commit, not while rendering: the blur's handlers set
  // state, which during a render would render the panel a second time)
  const formShown = mode.kind === 'new' ? `new ${mode.range.start} ${mode.range.end}` : 'edit';
  const shown = useRef(formShown);
  useLayoutEffect(() => {
    if (shown.current === formShown) return;
    shown.current = formShown;
    const focused = document.activeElement;
    if (focused instanceof HTMLElement && section.current?.contains(focused)) focused.blur();
  }, [formShown]);

  const value: Form = mode.kind === 'new' ? mode.draft : (form ?? formOf(mode.segment));
  const problem = draftProblem(value);
  const patch = mode.kind === 'edit' ? diffPatch(mode.segment, value) : {};
  const dirty = Object.keys(patch).length > 0;
  const update = (f: (d: Form) => Form) => (mode.kind === 'new' ? mode.setDraft(f) : setForm(f));
  const onChange = (p: Partial<Form>) => update((d) => ({ ...d, ...p }));
  const createCode = async (name: string) => (await mutate('codes.add', { path: name }))?.id;

  const submit = async () => {
    if (mode.kind === 'new') {
      // nothing rendered here on Enter: the panel changes once, when the coding lands
      if (!problem) await mode.onCode();
    } else if (dirty && !problem && !busy) {
      setBusy(true);
      try {
        await mode.onSave(patch);
      } finally {
        setBusy(false);
      }
    }
  };
  const remove = async () => {
    if (mode.kind !== 'edit' || busy) return;
    setBusy(true);
    try {
      await mode.onDelete();
    } finally {
      setBusy(false);
    }
  };
  const inVivo = async () => {
    if (mode.kind !== 'new') return;
    const name = inVivoName(text.slice(mode.range.start, mode.range.end));
    if (!name) return;
    const existing = codes.codes.find((c) => c.parent === null && c.name.toLowerCase() === name.toLowerCase());
    const id = existing?.id ?? (await createCode(name));
    if (id) update((d) => (d.codes.includes(id) ? d : { ...d, codes: [...d.codes, id] }));
  };

  // the coding keys of the one window listener (shortcuts/keymap.ts), answered by the mode shown now
  useKey(CODING_KEYS, (e, id) =>
    mode.kind === 'new'
      ? newCodingKey(e, id, {
          draft: mode.draft,
          update,
          refs,
          submit: () => void submit(),
          cancel: mode.onCancel,
          inVivo: () => void inVivo(),
        })
      : detailsKey(e, id, {
          nudge: (edge, dir) => void nudgeSegment(mutate, text, mode.segment, edge, dir),
          save: () => void submit(),
          remove: () => void remove(),
          close: mode.onClose,
          setVerdict: (v) => onChange({ verdict: v }),
          refs,
        }),
  );

  // the fields' handlers are the same functions from render to render (each calls this render's),
  // so the fields whose values did not change are passed by (SegmentFields memoises them)
  const latest = useRef({ onChange, submit, createCode, inVivo });
  latest.current = { onChange, submit, createCode, inVivo };
  const handlers = useMemo(
    () => ({
      onChange: (p: Partial<Form>) => latest.current.onChange(p),
      onSubmit: () => void latest.current.submit(),
      onCreateCode: (name: string) => latest.current.createCode(name),
      onInVivo: () => void latest.current.inVivo(),
    }),
    [],
  );

  const fresh = mode.kind === 'new';
  return (
    <section
      ref={section}
      className={fresh ? 'coding-panel' : 'segment-details'}
      aria-label={t(fresh ? 'newCoding' : 'selected')}
      data-start={fresh ? mode.range.start : undefined}
      data-end={fresh ? mode.range.end : undefined}
      data-segment-id={fresh ? undefined : mode.segment.id}
      tabIndex={fresh ? undefined : -1}
    >
      {/* called, not rendered as components of their own: the parts both modes share (the quote,
          the buttons, the hint) are kept by key and only their words change when Enter codes */}
      {fresh
        ? NewCodingHead({ t, text, range: mode.range })
        : DetailsHead({
            t,
            mutate,
            segment: mode.segment,
            text,
            overlapping: mode.overlapping,
            codes,
            onPick: mode.onPick,
            onClose: mode.onClose,
          })}
      <SegmentFields
        prefix={fresh ? 'new' : 'edit'}
        value={value}
        onChange={handlers.onChange}
        points={points}
        codes={codes}
        refs={refs}
        preview={preview}
        onPreview={setPreview}
        onSubmit={handlers.onSubmit}
        onCreateCode={handlers.onCreateCode}
        onInVivo={fresh ? handlers.onInVivo : undefined}
      />
      {fresh
        ? NewCodingFoot({ t, problem, onCode: () => void submit(), onCancel: mode.onCancel })
        : DetailsFoot({
            t,
            segment: mode.segment,
            dirty,
            busy,
            problem,
            onSave: () => void submit(),
            onReset: () => setEdited(null),
            onDelete: () => void remove(),
          })}
    </section>
  );
}
