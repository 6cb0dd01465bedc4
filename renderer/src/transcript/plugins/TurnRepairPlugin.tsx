/**
 * Repairing speaker turns in the transcript: a bar kept in view under the text for the turn the
 * caret is in — its speaker label, split it at the caret, merge it with the next turn, give it to
 * another speaker. Each is one undoable step of the service (turns.split | merge | assign); the
 * codings keep their text. Keyboard: Tab from the transcript reaches the bar; the caret stays.
 */
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { Source } from '../../../../src/cmo/model';
import { useTranslation } from '../../i18n/useTranslation';
import { collator } from '../../i18n';
import { useApi } from '../../shared/useApi';
import { domPointToOffset, domRangeToOffsets } from '../domMapping';
import { lineStarts, splitLines } from '../offsets';
import { speakerChoices, turnHere } from '../turnRepair';
import { ns } from '../turnBarI18n';
import { selectionRange } from './SelectionPlugin';
import '../turnBar.css';

export const TurnRepairPlugin = memo(function TurnRepairPlugin({
  source: src,
  editing,
  interviewers,
  labels,
}: {
  /** the source shown (a coding action leaves it as it is: this bar is not rendered again for one) */
  source: Source;
  editing: boolean;
  interviewers: readonly string[];
  /** turn start offset → who speaks (as beside the text) */
  labels: ReadonlyMap<number, string>;
}) {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation(ns);
  const { mutate } = useApi();
  const starts = useMemo(() => lineStarts(splitLines(src.text)), [src.text]);
  const [caret, setCaret] = useState<{ source: string; at: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const live = useRef({ starts, source: src.id });
  live.current = { starts, source: src.id };

  // the caret (or a selection's start) in the stored text; kept while the focus is in the bar
  useEffect(() => {
    let frame = 0;
    const onChange = () => {
      cancelAnimationFrame(frame);
      // no selection (removed after a coding action): nothing to follow, and no frame asked for it
      if (!document.getSelection()?.rangeCount) return;
      frame = requestAnimationFrame(() => {
        const r = selectionRange(editor);
        if (r === null) return;
        const { starts, source } = live.current;
        let at: number | null = null;
        if (r === 'collapsed') {
          const sel = document.getSelection();
          if (sel?.focusNode) at = domPointToOffset(editor, sel.focusNode, sel.focusOffset, starts);
        } else at = domRangeToOffsets(editor, r, starts)?.start ?? null;
        if (at !== null) setCaret({ source, at });
      });
    };
    document.addEventListener('selectionchange', onChange);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', onChange);
    };
  }, [editor]);

  const at = caret?.source === src.id ? caret.at : null;
  const here = useMemo(() => turnHere(src.turns, at), [src.turns, at]);
  const choices = useMemo(
    () => speakerChoices(src.turns, src.speakerMap, interviewers, collator.compare),
    [src.turns, src.speakerMap, interviewers],
  );
  if (editing || !src.turns.length) return null;
  if (!here)
    return (
      <div className="turn-bar turn-bar-idle muted small" role="note">
        {t('hint')}
      </div>
    );
  const run = async (call: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await call();
    } finally {
      setBusy(false);
    }
  };
  const source = src.id;
  const label = labels.get(here.start);
  return (
    <div className="turn-bar" role="toolbar" aria-label={t('bar')}>
      <span className="turn-bar-who">
        <strong>{t('turn', { speaker: here.speaker })}</strong>
        {label && label !== here.speaker && <span className="muted"> · {label}</span>}
      </span>
      <button
        type="button"
        disabled={busy || here.splitAt === null}
        title={here.splitAt === null ? t('splitNone') : t('splitTitle')}
        onClick={() => void run(() => mutate('turns.split', { source, at: here.splitAt! }))}
      >
        ✂ {t('split')}
      </button>
      {here.hasNext && (
        <button
          type="button"
          disabled={busy}
          title={t('mergeTitle')}
          onClick={() => void run(() => mutate('turns.merge', { source, at: here.start }))}
        >
          ⤓ {t('merge', { speaker: here.nextSpeaker })}
        </button>
      )}
      <label className="turn-bar-speaker" title={t('speakerTitle')}>
        {t('speaker')}{' '}
        <select
          value={here.speaker}
          disabled={busy}
          onChange={(e) => {
            const speaker = e.target.value;
            if (speaker !== here.speaker) void run(() => mutate('turns.assign', { source, at: here.start, speaker }));
          }}
        >
          {(choices.includes(here.speaker) ? choices : [here.speaker, ...choices]).map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
});
