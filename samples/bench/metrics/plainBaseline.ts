/**
 * The baseline an opened transcript is measured against: the same text and highlights as plain `<p>`/`<mark>` HTML,
 * set by innerHTML into a visible container.
 */
import type { Page } from 'playwright-core';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The transcript as plain HTML: one <p> per line, highlights as <mark>s over constant-coverage intervals. */
export function plainHtml(text: string, segs: { id: string; start: number; end: number }[]): string {
  const bounds = [
    ...new Set([
      0,
      text.length,
      ...segs.flatMap((s) => [s.start, s.end]),
      ...[...text.matchAll(/\n/g)].flatMap((m) => [m.index, m.index + 1]),
    ]),
  ].sort((a, b) => a - b);
  const starts = new Map<number, string[]>(),
    ends = new Map<number, string[]>();
  for (const s of segs) {
    (starts.get(s.start) ?? starts.set(s.start, []).get(s.start)!).push(s.id);
    (ends.get(s.end) ?? ends.set(s.end, []).get(s.end)!).push(s.id);
  }
  const open = new Set<string>();
  let html = '<p>';
  for (let i = 0; i < bounds.length - 1; i++) {
    const a = bounds[i]!,
      b = bounds[i + 1]!;
    for (const id of ends.get(a) ?? []) open.delete(id);
    for (const id of starts.get(a) ?? []) open.add(id);
    const piece = text.slice(a, b);
    if (piece === '\n') {
      html += '</p><p>';
      continue;
    }
    html += open.size
      ? `<mark data-segment-ids="${[...open].join(' ')}">${escapeHtml(piece)}</mark>`
      : escapeHtml(piece);
  }
  return html + '</p>';
}

/** The same text and highlights set as plain HTML into a visible container; ms to the next frame. */
export function plainRender(page: Page, html: string): Promise<number> {
  return page.evaluate(
    (h) =>
      new Promise<number>((resolve) => {
        const div = document.createElement('div');
        div.style.cssText =
          'position:fixed;left:0;top:0;width:900px;height:100vh;overflow:auto;' +
          'background:#fff;z-index:9999;white-space:pre-wrap';
        const t0 = performance.now();
        div.innerHTML = h;
        document.body.appendChild(div);
        requestAnimationFrame(() =>
          setTimeout(() => {
            const ms = performance.now() - t0;
            div.remove();
            resolve(ms);
          }),
        );
      }),
    html,
  );
}
