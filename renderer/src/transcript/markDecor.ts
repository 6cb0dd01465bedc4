/**
 * Gives a rendered MarkNode its look: the covering segments' ids as a data attribute, a
 * background per kind (striped where kinds mix, darker where segments overlap), an underline
 * style per kind, and a tooltip with kind, PT points and verdict.
 */
import type { Segment } from '../../../src/cmo/model';
import { KIND_LABEL, KIND_UNDERLINE, VERDICT_LABEL, rgba, type Kind } from '../shared/labels';

/** Background opacity by how many segments cover the text: overlaps are visibly darker. */
const ALPHA = [0, 0.2, 0.38, 0.52] as const;

export function markTitle(segments: readonly Segment[]): string {
  return segments.map((s) => {
    const verdict = s.verdict !== 'unclear' ? ` · ${VERDICT_LABEL[s.verdict]}` : '';
    const memo = s.memo ? `\n   Memo: ${s.memo.length > 120 ? `${s.memo.slice(0, 120)}…` : s.memo}` : '';
    const kind = s.kind ? `${KIND_LABEL[s.kind]} (${s.kind})` : 'Tematisk kodning';
    return `${kind} · ${s.pt.join(', ') || 'intet punkt'}${verdict}${memo}`;
  }).join('\n') + (segments.length > 1 ? '\n(klik igen for at skifte mellem de overlappende kodninger)' : '');
}

export function decorateMark(el: HTMLElement, ids: readonly string[], byId: ReadonlyMap<string, Segment>, selected: string | null): void {
  const segments = ids.map((id) => byId.get(id)).filter((s): s is Segment => s !== undefined);
  const kinds = [...new Set(segments.map((s) => s.kind).filter((k): k is Kind => k !== null))];
  const inner: Kind | null = segments.at(-1)?.kind ?? kinds.at(-1) ?? null;
  const alpha = ALPHA[Math.min(segments.length, ALPHA.length - 1)] ?? 0.2;
  el.dataset.segmentIds = ids.join(' ');
  el.dataset.kinds = kinds.join('');
  el.dataset.depth = String(segments.length);
  el.title = markTitle(segments);
  el.classList.toggle('is-selected', selected !== null && ids.includes(selected));
  const [k1, k2] = kinds;
  el.style.backgroundColor = k1 && !k2 ? rgba(k1, alpha) : k1 ? 'transparent' : `rgba(110, 110, 110, ${alpha})`;
  el.style.backgroundImage = k1 && k2
    ? `repeating-linear-gradient(135deg, ${rgba(k1, alpha)} 0 5px, ${rgba(k2, alpha)} 5px 10px${kinds[2] ? `, ${rgba(kinds[2], alpha)} 10px 15px` : ''})`
    : 'none';
  el.style.textDecorationLine = 'underline';
  el.style.textDecorationStyle = inner ? KIND_UNDERLINE[inner] : 'double';
  el.style.textDecorationColor = inner ? rgba(inner, 1) : '#6e6e6e';
}

/** Marks the chosen segment's marks (outline) and unmarks the rest. */
export function markSelected(root: HTMLElement, selected: string | null): void {
  for (const el of root.querySelectorAll<HTMLElement>('mark[data-segment-ids]')) {
    const ids = (el.dataset.segmentIds ?? '').split(' ');
    el.classList.toggle('is-selected', selected !== null && ids.includes(selected));
  }
}
