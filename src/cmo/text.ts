/** Text normalisation and passage matching over a source's stored text. */

/** The one stored form of a transcript: NFC, `\n` line ends, no BOM, no trailing spaces on lines. */
export function normalizeText(raw: string): string {
  return trimLineEnds(
    raw
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      .replace(/[\u2028\u2029]/g, '\n')
      .normalize('NFC'),
  );
}

/** space, tab, no-break space: what a line may not end with */
const isBlank = (c: number) => c === 0x20 || c === 0x09 || c === 0xa0;

/**
 * Spaces, tabs and no-break spaces before each line end (and the text's end) removed, in one
 * pass: a regex such as `/[ \t\u00a0]+(?=\n|$)/g` retries a run of blanks from each of its
 * positions and takes minutes on a long one (80,000 spaces inside a line: 34 s).
 */
function trimLineEnds(s: string): string {
  const lines: string[] = [];
  let changed = false;
  for (let start = 0; ;) {
    const nl = s.indexOf('\n', start);
    const end = nl < 0 ? s.length : nl;
    let e = end;
    while (e > start && isBlank(s.charCodeAt(e - 1))) e--;
    if (e !== end) changed = true;
    lines.push(s.slice(start, e));
    if (nl < 0) break;
    start = nl + 1;
  }
  return changed ? lines.join('\n') : s;
}

const QUOTE_MAP: Record<string, string> = {
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2033': '"',
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u00b4': "'",
  '`': "'",
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u2026': '...',
};

export interface Folded {
  text: string;
  /** map[i] = offset in the original of folded char i; map[text.length] = original length */
  map: number[];
}

/**
 * Folds text for tolerant matching: whitespace runs → one space, curly quotes → straight,
 * dashes → `-`, NFC. Keeps a map back to the original UTF-16 offsets.
 */
export function fold(original: string, lowerCase = false): Folded {
  let text = '';
  const map: number[] = [];
  let inSpace = false;
  for (let i = 0; i < original.length; i++) {
    const ch = original[i]!;
    if (/\s/.test(ch)) {
      if (!inSpace) {
        text += ' ';
        map.push(i);
        inSpace = true;
      }
      continue;
    }
    inSpace = false;
    let out = QUOTE_MAP[ch] ?? ch;
    if (lowerCase) out = out.toLowerCase();
    for (const c of out) {
      text += c;
      map.push(i);
    }
  }
  map.push(original.length);
  return { text, map };
}

export interface Match {
  start: number;
  end: number;
}

/** Every place `passage` occurs in `text`, tolerant of whitespace, line breaks and quote style. */
export function findPassage(text: string, passage: string): Match[] {
  const needle = fold(passage.normalize('NFC')).text.trim();
  if (!needle) return [];
  const hay = fold(text);
  const out: Match[] = [];
  for (let at = hay.text.indexOf(needle); at >= 0; at = hay.text.indexOf(needle, at + 1)) {
    const last = at + needle.length - 1;
    out.push({ start: hay.map[at]!, end: hay.map[last]! + 1 });
  }
  // The passage may end inside a multi-char fold (… → ...): widen to the original char.
  return out.map((m) => ({ start: m.start, end: Math.min(text.length, m.end) }));
}

/** Whitespace collapsed to single spaces: how a quote reads in a report. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Words in a passage (letters or digits, Danish letters included). */
export function wordCount(s: string): number {
  return s.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

const WORD = /[\p{L}\p{N}'’-]/u;

/** Widens `[start, end)` to whole words and trims surrounding whitespace. */
export function snapToWords(text: string, start: number, end: number): Match {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (s === e) return { start: s, end: e };
  while (s > 0 && WORD.test(text[s - 1]!) && WORD.test(text[s]!)) s--;
  while (e < text.length && WORD.test(text[e]!) && WORD.test(text[e - 1]!)) e++;
  return { start: s, end: e };
}
