/** One line of context around [start, end): whitespace collapsed, cut at word boundaries, `…` where cut. */
export function snippetOf(
  text: string,
  start: number,
  end: number,
  context = 60,
): { snippet: string; highlight: [number, number] } {
  const one = (s: string) => s.replace(/\s+/g, ' ');
  let a = Math.max(0, start - context);
  if (a > 0) {
    const sp = text.indexOf(' ', a);
    a = sp >= 0 && sp < start ? sp + 1 : a;
  }
  let b = Math.min(text.length, end + context);
  if (b < text.length) {
    const sp = text.lastIndexOf(' ', b);
    b = sp > end ? sp : b;
  }
  const pre = (a > 0 ? '…' : '') + one(text.slice(a, start)).trimStart();
  const mid = one(text.slice(start, end));
  const post = one(text.slice(end, b)).trimEnd() + (b < text.length ? '…' : '');
  return { snippet: pre + mid + post, highlight: [pre.length, pre.length + mid.length] };
}
