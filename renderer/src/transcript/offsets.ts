/**
 * Offsets between the stored transcript text and its on-screen form: one paragraph per
 * `\n`-separated line, each paragraph a run of text nodes. Pure: no DOM, no Lexical.
 */

export interface TextRange {
  start: number;
  end: number;
}

/** Whether two ranges (either may be missing) cover the same stretch of text. */
export const sameRange = (a: TextRange | null | undefined, b: TextRange | null | undefined): boolean =>
  !!a && !!b && a.start === b.start && a.end === b.end;

/** The stored text's lines, exactly as the transcript view shows them (one paragraph each). */
export function splitLines(text: string): string[] {
  return text.split('\n');
}

/** Where each line starts in the stored text: line i at sum(len(line_j) + 1, j < i). */
export function lineStarts(lines: readonly string[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length + 1;
  }
  return starts;
}

/**
 * A point inside a paragraph as an offset in the stored text: the paragraph's start, plus the
 * sizes of the text nodes before the point's own node, plus the offset inside that node.
 */
export function pointToOffset(lineStart: number, precedingTextSizes: readonly number[], offsetInNode: number): number {
  return lineStart + precedingTextSizes.reduce((a, n) => a + n, 0) + offsetInNode;
}

/** Two points in either order (a backwards selection) as a half-open `[start, end)`. */
export function orderedRange(a: number, b: number): TextRange {
  return a <= b ? { start: a, end: b } : { start: b, end: a };
}

/** The line an offset falls on, and the offset inside it (a line's end belongs to that line). */
export function offsetToLine(starts: readonly number[], offset: number): { line: number; inLine: number } {
  let lo = 0,
    hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, inLine: offset - (starts[lo] ?? 0) };
}

/**
 * Which of a paragraph's text nodes (given by size) holds an offset inside the line, and where.
 * An offset on a boundary goes to the earlier node for a range's end and the later for its start.
 */
export function locateInNodes(
  sizes: readonly number[],
  inLine: number,
  side: 'start' | 'end',
): { index: number; offset: number } | null {
  let before = 0;
  for (let i = 0; i < sizes.length; i++) {
    const size = sizes[i]!;
    const inside = side === 'start' ? inLine < before + size : inLine <= before + size;
    if (inside && inLine >= before) return { index: i, offset: inLine - before };
    before += size;
  }
  return sizes.length ? { index: sizes.length - 1, offset: sizes.at(-1)! } : null;
}
