import type { SpeakerTurn } from '../cmo/model';
import { normalizeText } from '../cmo/text';
import { findTurnStarts, turnsFromStarts, type TurnStart } from '../cmo/turns';

/**
 * Assembles a transcript paragraph by paragraph, already normalised (see normalizeText), so the
 * offsets of the turns it records are offsets into the stored text. Paragraphs are separated by
 * one blank line (`\n\n`), as mammoth's raw text does; a paragraph's own line breaks stay `\n`.
 */
export class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  private starts: TurnStart[] = [];

  /** Adds a paragraph; `turn` marks it as the start of a speaker's turn. Empty paragraphs are dropped. */
  paragraph(raw: string, turn?: { speaker: string; time: number | null }): void {
    const text = normalizeText(raw).replace(/^\n+/, '').trimEnd(); // not /\s+$/: quadratic on a long blank run
    if (!text.trim()) return;
    if (this.parts.length) {
      this.parts.push('\n\n');
      this.length += 2;
    }
    if (turn) this.starts.push({ start: this.length, speaker: turn.speaker, time: turn.time });
    this.parts.push(text);
    this.length += text.length;
  }

  get size(): number {
    return this.length;
  }

  /** The text, and its turns: the marked ones plus any `Label:` lines found in it when `findLabels`. */
  build(findLabels: boolean): { text: string; turns: SpeakerTurn[] } {
    const text = this.parts.join('');
    const starts = findLabels ? [...this.starts, ...findTurnStarts(text)] : this.starts;
    return { text, turns: turnsFromStarts(text, starts) };
  }
}

/** A label that can name a speaker: a few words, starting with a letter, no sentence punctuation. */
export function speakerLabel(s: string): string | null {
  const label = s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[:：]$/, '')
    .trim();
  if (!label || label.length > 60) return null;
  if (!/^[\p{L}][\p{L}\p{N} ._'’()&/-]*$/u.test(label)) return null;
  if (label.split(' ').length > 5) return null;
  return label;
}

export interface Piece {
  text: string;
  bold: boolean;
}

const TIME = /^\[?\(?\d{1,2}(?::\d{1,2}){1,2}(?:[.,]\d+)?\)?\]?$/;
const HEADER_WORDS =
  /^(taler|speaker|navn|name|person|deltager|tid|time|tidspunkt|tekst|text|udsagn|replik|utterance)$/i;

/**
 * A word-processor document in reading order (Word, LibreOffice): paragraphs made of pieces
 * that know whether they are bold, and tables. Leading bold text followed by ordinary text is a
 * speaker label (`**Sam** Okay, so …`) when it ends in a colon or tab, or recurs in the document.
 */
export class DocumentText {
  private paras: { text: string; label: string | null; strong: boolean }[] = [];

  paragraph(ps: readonly Piece[]): void {
    const text = ps.map((p) => p.text).join('');
    let i = 0,
      label = '';
    while (i < ps.length && !ps[i]!.text.trim()) i++;
    while (i < ps.length && ps[i]!.bold) label += ps[i++]!.text;
    const rest = ps
      .slice(i)
      .map((p) => p.text)
      .join('');
    const colon = /:\s*$/.test(label);
    const name = label.trim() && (rest.trim() || colon) && !label.includes('\n') ? speakerLabel(label) : null;
    const strong = !!name && (colon || /^\s*[:\t]/.test(rest));
    this.paras.push({ text, label: name && !TIME.test(name) ? name : null, strong });
  }

  plain(text: string): void {
    this.paras.push({ text, label: null, strong: false });
  }

  /**
   * A table: when its rows read "speaker | speech" (a time column allowed), one `Speaker: speech`
   * paragraph per row, and true; otherwise false, and the caller adds the cells' paragraphs in order.
   */
  table(cells: string[][], firstIsHeader: boolean): boolean {
    const out: { label: string; text: string }[] = [];
    let other = 0;
    cells.forEach((row, i) => {
      const filled = row.filter((c) => c && !TIME.test(c));
      if (filled.length === 0) return;
      if (filled.length !== 2) {
        other++;
        return;
      }
      const label = speakerLabel(filled[0]!);
      if (!label || label.split(' ').length > 4 || filled[0]!.length > 40) {
        other++;
        return;
      }
      if (i === 0 && (firstIsHeader || HEADER_WORDS.test(label))) return;
      out.push({ label, text: filled[1]! });
    });
    if (out.length < 2 || out.length < 3 * other) return false;
    // speakers recur, or the speech is clearly longer than the labels ("Top left | Top right" is no transcript)
    const avg = (xs: string[]) => xs.reduce((n, x) => n + x.length, 0) / xs.length;
    const recur = new Set(out.map((t) => t.label)).size < out.length;
    const speechy = avg(out.map((t) => t.text)) >= Math.max(15, 3 * avg(out.map((t) => t.label)));
    if (!recur && !speechy) return false;
    for (const t of out) this.plain(`${t.label}: ${t.text}`);
    return true;
  }

  build(): { text: string; turns: SpeakerTurn[] } {
    const counts = new Map<string, number>();
    for (const p of this.paras) if (p.label) counts.set(p.label, (counts.get(p.label) ?? 0) + 1);
    const b = new TextBuilder();
    for (const p of this.paras) {
      const isTurn = !!p.label && (p.strong || (counts.get(p.label) ?? 0) >= 2);
      b.paragraph(p.text, isTurn ? { speaker: p.label!, time: null } : undefined);
    }
    return b.build(true);
  }
}
