/** How the passage bears on the PT point's hypothesis. */
import { VERDICTS, VERDICT_LABEL, type Verdict } from '../shared/labels';

export function VerdictSelect({ id, value, onChange }: { id: string; value: Verdict; onChange: (v: Verdict) => void }) {
  return (
    <select id={id} value={value} onChange={(e) => {
      const v = VERDICTS.find((x) => x === e.target.value);
      if (v) onChange(v);
    }}>
      {VERDICTS.map((v) => <option key={v} value={v}>{VERDICT_LABEL[v]}</option>)}
    </select>
  );
}
