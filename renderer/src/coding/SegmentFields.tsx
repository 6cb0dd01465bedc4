/**
 * The fields a coding is made of — type, PT points (with the hypothesis beside them), verdict,
 * thematic codes, memo — shared by the new coding and the selected coding. Both are one panel
 * (SegmentPanel), so after a coding action these stay on screen and only their values change.
 */
import { memo, useCallback, useRef, type RefObject } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { PtPoint } from '../../../src/cmo/model';
import { CodePicker } from '../codes/CodePicker';
import { ns as codesNs } from '../codes/i18n';
import type { Codes } from '../codes/useCodes';
import { HypothesisBeside } from './CodingPanel';
import { ns } from './i18n';
import { KindButtons } from './KindButtons';
import type { Draft } from './nudge';
import { PtPicker } from './PtPicker';
import { VerdictKeys } from './VerdictKeys';
import { sameProps } from '../shared/shallowEqual';

export interface FieldRefs {
  pt: RefObject<HTMLInputElement | null>;
  code: RefObject<HTMLInputElement | null>;
  memo: RefObject<HTMLTextAreaElement | null>;
  verdict: RefObject<HTMLDivElement | null>;
}

// each field renders again only when what it shows changed (a list compared by its items: a new
// coding's draft and the coded passage hold equal lists in other arrays); the handlers passed are stable
const MemoKindButtons = memo(KindButtons);
const MemoPtPicker = memo(PtPicker, sameProps);
const MemoHypothesisBeside = memo(HypothesisBeside);
const MemoVerdictKeys = memo(VerdictKeys);
const MemoCodePicker = memo(CodePicker, sameProps);
const MemoInVivoButton = memo(InVivoButton);

export function SegmentFields(props: {
  /** `new` while coding a passage, `edit` for a coded one: the fields' ids */
  prefix: 'new' | 'edit';
  value: Draft;
  onChange: (patch: Partial<Draft>) => void;
  points: readonly PtPoint[];
  codes: Codes;
  refs: FieldRefs;
  /** the point whose hypothesis shows: the one being typed, else the last chosen */
  preview: string | null;
  onPreview: (id: string | null) => void;
  onSubmit: () => void;
  onCreateCode: (name: string) => Promise<string | undefined>;
  /** new codings only: V makes an in-vivo code of the selected words */
  onInVivo?: () => void;
}) {
  const { t } = useTranslation(ns);
  // the same ids for a new coding and a coded passage (one panel at a time): nothing to rewrite
  // when Enter turns one into the other
  const { prefix, value, onChange, refs } = props;
  const fresh = prefix === 'new';
  const onKind = useCallback((kind: Draft['kind']) => onChange({ kind }), [onChange]);
  const onPts = useCallback((pts: string[]) => onChange({ pts }), [onChange]);
  const onVerdict = useCallback((verdict: Draft['verdict']) => onChange({ verdict }), [onChange]);
  const onCodes = useCallback((codes: string[]) => onChange({ codes }), [onChange]);
  // a new coding moves on to the verdict once a point is added (or the code field is left); a coded passage does not
  const isFresh = useRef(fresh);
  isFresh.current = fresh;
  const toVerdict = useCallback(() => {
    if (isFresh.current) refs.verdict.current?.focus();
  }, [refs]);
  return (
    <>
      <div className="field">
        <span className="field-label">{t('type')}</span>
        <MemoKindButtons value={value.kind} onChange={onKind} />
      </div>
      <div className="field">
        <label className="field-label" htmlFor="seg-pt">
          {t('ptPoints')}
        </label>
        <MemoPtPicker
          id="seg-pt"
          points={props.points}
          value={value.pts}
          onChange={onPts}
          inputRef={refs.pt}
          onSubmit={props.onSubmit}
          onAdded={toVerdict}
          onPreview={props.onPreview}
        />
      </div>
      <MemoHypothesisBeside points={props.points} id={props.preview ?? value.pts.at(-1) ?? null} />
      <div className="field">
        <label className="field-label" htmlFor="seg-verdict">
          {t('verdictLabel')} <span className="muted">({t('verdictHint')})</span>
        </label>
        <MemoVerdictKeys id="seg-verdict" ref={refs.verdict} value={value.verdict} onChange={onVerdict} />
      </div>
      <div className="field">
        <div className="field-label-row">
          <label className="field-label" htmlFor="seg-codes">
            {t('codes')} <span className="muted">{fresh ? '(K · V = in vivo)' : '(K)'}</span>
          </label>
          {props.onInVivo && <MemoInVivoButton onClick={props.onInVivo} />}
        </div>
        <MemoCodePicker
          id="seg-codes"
          codes={props.codes}
          value={value.codes}
          onChange={onCodes}
          onCreate={props.onCreateCode}
          inputRef={refs.code}
          onSubmit={props.onSubmit}
          onLeave={toVerdict}
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor="seg-memo">
          {t('memo')}
          {fresh && <span className="muted"> (N) {t('optional')}</span>}
        </label>
        <textarea
          id="seg-memo"
          ref={refs.memo}
          rows={3}
          value={value.memo}
          onChange={(e) => onChange({ memo: e.target.value })}
          placeholder={fresh ? t('memoPlaceholder') : undefined}
        />
      </div>
    </>
  );
}

function InVivoButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation(codesNs);
  return (
    <button
      type="button"
      className="link-button small"
      title={t('inVivoTitle')}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      + {t('inVivo')}
    </button>
  );
}
