/** Kontekst / Mekanisme / Outcome as three toggle buttons, each in its highlight colour. */
import { KINDS, KIND_KEY, KIND_LABEL, type Kind } from '../shared/labels';

export function KindButtons({ value, onChange }: { value: Kind | null; onChange: (k: Kind) => void }) {
  return (
    <div className="kind-buttons" role="radiogroup" aria-label="Type">
      {KINDS.map((k) => (
        <button key={k} type="button" role="radio" aria-checked={value === k} className={`kind-button kind-${k}`}
          onMouseDown={(e) => e.preventDefault()} onClick={() => onChange(k)} title={`${KIND_LABEL[k]} (tast ${KIND_KEY[k]})`}>
          <kbd>{KIND_KEY[k]}</kbd> {KIND_LABEL[k]}
        </button>
      ))}
    </div>
  );
}
