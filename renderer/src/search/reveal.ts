/**
 * After a hit is opened, scroll the transcript to it. The transcript draws the passage about to be
 * coded as the `cmo-pending` CSS highlight once the source has loaded; we wait (a few frames, at
 * most ~2 s) for that range to appear inside the transcript and bring it to the middle.
 */
export function revealPending(maxFrames = 120): () => void {
  let frame = 0;
  let left = maxFrames;
  const step = () => {
    const range = pendingRange();
    if (range) {
      const el = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
      el?.scrollIntoView({ block: 'center' });
      flash(range);
      return;
    }
    if (--left > 0) frame = requestAnimationFrame(step);
  };
  frame = requestAnimationFrame(step);
  return () => cancelAnimationFrame(frame);
}

/** The opened hit drawn in the search results' yellow for a moment, so the eye finds it. */
let flashTimer = 0;
function flash(range: AbstractRange) {
  if (!(range instanceof Range)) return;
  const hl = new Highlight(range.cloneRange());
  hl.priority = 1;
  CSS.highlights.set('search-hit', hl);
  clearTimeout(flashTimer);
  flashTimer = window.setTimeout(() => CSS.highlights.delete('search-hit'), 2500);
}

function pendingRange(): AbstractRange | null {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return null;
  const hl = CSS.highlights.get('cmo-pending');
  const root = document.querySelector('.transcript-text');
  if (!hl || !root) return null;
  for (const r of hl) if (r instanceof Range && root.contains(r.startContainer)) return r;
  return null;
}
