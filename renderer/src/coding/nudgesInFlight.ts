/**
 * Boundary nudges sent and not yet answered. A researcher holding Alt+→ presses faster than the
 * answers come back; each nudge starts from where the ones before it will have put the boundary,
 * not from the coding still shown, so every key press counts.
 */
import type { TextRange } from '../transcript/offsets';

const sent = new Map<string, { range: TextRange; count: number }>();

/** Where a coding's boundaries are once the nudges sent for it have landed: its own while none are on their way. */
export function nudgeBase(segment: { id: string; start: number; end: number }): TextRange {
  return sent.get(segment.id)?.range ?? { start: segment.start, end: segment.end };
}

/** Sends a nudge that moves the coding to `range`; the next nudge starts there until all sent for it are back. */
export async function sendNudge(id: string, range: TextRange, send: () => Promise<unknown>): Promise<void> {
  sent.set(id, { range, count: (sent.get(id)?.count ?? 0) + 1 });
  try {
    await send();
  } finally {
    const s = sent.get(id);
    if (s && --s.count <= 0) sent.delete(id);
  }
}
