/**
 * A quote's report rendition: trims marked `(…)` and words replaced by `[bracketed]` text,
 * stored as edits over the segment's text, apart from the transcript and the segment. Also the
 * quote's star and pick for the report, and the manual order of quotes.
 */
import { diffWordsWithSpace } from 'diff';
import {
  QuoteSettings,
  type Project,
  type QuoteEdit,
  type QuoteRendition,
  type Segment,
  type SpeakerTurn,
} from './model';
import { DomainError } from './errors';
import { say } from './logMessages';

export const renditionsOf = (p: Project): QuoteRendition[] => p.quoteRenditions ?? [];
export const settingsOf = (p: Project): QuoteSettings => QuoteSettings.parse(p.quoteSettings ?? {});

export const GAP = '(…)';
/** What a rendition may put in: `(…)`, `[bracketed text]`, and punctuation around them. */
const MARK = String.raw`(?:\(…\)|\[[^\[\]\n]+\]|[.,;:!?])`;
const ALLOWED = new RegExp(`^${MARK}(?:\\s*${MARK})*$`, 'u');

/** `(...)`, `( … )`, `[…]`, `[...]` → `(…)` */
export function normalizeMarks(s: string): string {
  return s.replace(/[([]\s*(?:…|\.{2,})\s*[)\]]/g, GAP);
}

const escRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The turn's speaker label when the passage starts with it (`Leder: `), as a length to skip. */
export function labelLength(text: string, start: number, turns: readonly SpeakerTurn[]): number {
  const t = turns.find((x) => x.start === start);
  if (!t) return 0;
  const m = new RegExp(`^${escRe(t.speaker)}\\s*:\\s*`).exec(text);
  return m ? m[0].length : 0;
}

export interface Display {
  /** the passage as a quote reads: speaker label left out, whitespace on one line */
  text: string;
  /** map[i] = offset in the segment's text of display char i; map[text.length] = end of the last char */
  map: number[];
}

/**
 * The quote's display text alone — `display(raw, skip).text` without the map: whitespace runs as one space, none
 * at either end (`\s` and `trim` take the same characters). A quote list needs only this, for every quote.
 */
export const displayText = (raw: string, skip = 0): string => raw.slice(skip).replace(/\s+/g, ' ').trim();

/** The quote's display text with a map back to the segment's own text. */
export function display(raw: string, skip = 0): Display {
  let text = '';
  const map: number[] = [];
  let space = false;
  let end = skip;
  for (let i = skip; i < raw.length; i++) {
    const ch = raw[i]!;
    if (/\s/.test(ch)) {
      space = true;
      continue;
    }
    if (space && text) {
      text += ' ';
      map.push(i - 1);
    }
    space = false;
    text += ch;
    map.push(i);
    end = i + 1;
  }
  map.push(end);
  return { text, map };
}

/** Applies edits (sorted, non-overlapping) to a text. */
export function applyEdits(text: string, edits: readonly QuoteEdit[]): string {
  let out = '';
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (e.start < at) continue;
    out += text.slice(at, e.start) + e.with;
    at = e.end;
  }
  return out + text.slice(at);
}

/**
 * Edits moved onto a changed segment text by what they cut (with a little context); those that cannot be placed are
 * dropped.
 */
export function relocate(r: QuoteRendition, text: string): { edits: QuoteEdit[]; stale: boolean } {
  if (r.base === text) return { edits: r.edits, stale: false };
  const edits: QuoteEdit[] = [];
  let stale = false;
  for (const e of r.edits) {
    const cut = r.base.slice(e.start, e.end);
    const before = r.base.slice(Math.max(0, e.start - 12), e.start);
    const needle = before + cut;
    const hits: number[] = [];
    for (let i = text.indexOf(needle); i >= 0 && hits.length < 2; i = text.indexOf(needle, i + 1)) hits.push(i);
    if (hits.length === 1 && needle.length > 0) {
      const start = hits[0]! + before.length;
      edits.push({ start, end: start + cut.length, with: e.with });
    } else stale = true;
  }
  return { edits, stale };
}

function checkEdits(raw: string, edits: readonly QuoteEdit[], skip: number): QuoteEdit[] {
  const sorted = [...edits]
    .map((e) => ({ ...e, with: normalizeMarks(e.with) }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let at = 0;
  for (const e of sorted) {
    if (e.start > e.end || e.end > raw.length)
      throw new DomainError(say('errBadQuoteEdit', { start: e.start, end: e.end, length: raw.length }));
    if (e.start < at) throw new DomainError(say('errQuoteEditsOverlap'));
    const w = e.with.trim();
    if (w && !ALLOWED.test(w)) throw new DomainError(say('errQuoteEditNotAllowed', { text: e.with }));
    if (!w && e.start === e.end) throw new DomainError(say('errQuoteEditEmpty'));
    if (!w && raw.slice(skip, e.start).trim() && raw.slice(e.end).trim())
      throw new DomainError(say('errMarkOmission', { text: raw.slice(e.start, e.end).trim() }));
    at = e.end;
  }
  return sorted;
}

/**
 * The edits that turn the quote's display text into `wanted` (edited by the author), as edits
 * over the segment's text. Only cuts marked `(…)` (or at either end), `[bracketed]` replacements
 * and insertions, and punctuation next to them are allowed; whitespace changes are ignored.
 */
export function editsFromText(raw: string, skip: number, wanted: string): QuoteEdit[] {
  const d = display(raw, skip);
  const target = normalizeMarks(
    wanted
      .normalize('NFC')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^[”“"„]\s*/, '')
      .replace(/\s*[”“"]$/, ''),
  );
  const edits: QuoteEdit[] = [];
  let pos = 0;
  let pend: { from: number; removed: string; added: string } | null = null;
  const flush = () => {
    if (!pend) return;
    const { from, removed, added } = pend;
    pend = null;
    const to = from + removed.length;
    if (!removed.trim() && !added.trim()) return;
    const w = added.trim();
    if (!w) {
      if (from !== 0 && to !== d.text.length) {
        throw new DomainError(say('errMarkOmission', { text: removed.trim() }));
      }
    } else if (!ALLOWED.test(w)) {
      throw new DomainError(say('errQuoteChangeNotAllowed', { from: removed.trim() || '…', to: w }));
    }
    const start = d.map[from]!;
    const end = to > from ? d.map[to - 1]! + 1 : start;
    edits.push({ start, end, with: w ? added.replace(/\s+/g, ' ') : '' });
  };
  const parts = diffWordsWithSpace(d.text, target);
  parts.forEach((part, k) => {
    if (!part.added && !part.removed) {
      // a lone space between two changes belongs to one change (`Vi havde` → `(…)`)
      const next = parts[k + 1];
      // … and so does what stands inside a bracket the author put around it (`vi` → `[vi]`)
      if (pend && ((/^\s+$/.test(part.value) && next && (next.added || next.removed)) || unclosed(pend.added))) {
        pend.removed += part.value;
        pend.added += part.value;
        pos += part.value.length;
        return;
      }
      flush();
      pos += part.value.length;
      return;
    }
    pend ??= { from: pos, removed: '', added: '' };
    if (part.removed) {
      pend.removed += part.value;
      pos += part.value.length;
    } else pend.added += part.value;
  });
  flush();
  return checkEdits(raw, edits, skip);
}

const unclosed = (s: string) => s.split('[').length > s.split(']').length || s.split('(').length > s.split(')').length;

export interface Rendered {
  text: string;
  edited: boolean;
  stale: boolean;
}

/** The quote as the report prints it: the rendition's edits applied, label left out, on one line. */
export function renderQuote(seg: Segment, turns: readonly SpeakerTurn[], r: QuoteRendition | undefined): Rendered {
  const plain = () => displayText(seg.text, labelLength(seg.text, seg.start, turns));
  if (!r || !r.edits.length) return { text: plain(), edited: false, stale: false };
  const { edits, stale } = relocate(r, seg.text);
  if (!edits.length) return { text: plain(), edited: false, stale };
  const raw = applyEdits(seg.text, edits);
  const skip = edits.some((e) => e.start === 0 && e.end > 0) ? 0 : labelLength(raw, seg.start, turns);
  return { text: displayText(raw, skip), edited: true, stale };
}

function upsert(p: Project, seg: Segment, now: string, f: (r: QuoteRendition) => QuoteRendition): Project {
  const list = renditionsOf(p);
  const i = list.findIndex((r) => r.segmentId === seg.id);
  const old: QuoteRendition =
    i >= 0 ? list[i]! : { segmentId: seg.id, base: seg.text, edits: [], starred: false, picked: false, updatedAt: now };
  const next = { ...f(old), updatedAt: now };
  const out = list.slice();
  // a rendition with nothing in it is not kept
  const empty = !next.edits.length && !next.starred && !next.picked;
  if (i >= 0) {
    if (empty) out.splice(i, 1);
    else out[i] = next;
  } else if (!empty) out.push(next);
  return { ...p, quoteRenditions: out };
}

function segmentOf(p: Project, id: string): Segment {
  const seg = p.segments.find((s) => s.id === id);
  if (!seg) throw new DomainError(say('errUnknownSegment', { id }));
  return seg;
}

/** Sets a quote's rendition from the author's edited text, from explicit edits, or back to the plain quote (`null`). */
export function setRendition(
  p: Project,
  id: string,
  change: { text?: string; edits?: QuoteEdit[] | null },
  now: string,
): Project {
  const seg = segmentOf(p, id);
  const turns = p.sources.find((s) => s.id === seg.sourceId)?.turns ?? [];
  const skip = labelLength(seg.text, seg.start, turns);
  const edits =
    change.text !== undefined
      ? editsFromText(seg.text, skip, change.text)
      : change.edits
        ? checkEdits(seg.text, change.edits, skip)
        : [];
  return upsert(p, seg, now, (r) => ({ ...r, base: seg.text, edits }));
}

/** Stars and/or picks quotes for the report. */
export function markQuotes(
  p: Project,
  ids: readonly string[],
  m: { starred?: boolean; picked?: boolean },
  now: string,
): Project {
  let next = p;
  for (const id of ids) {
    const seg = segmentOf(next, id);
    next = upsert(next, seg, now, (r) => ({ ...r, starred: m.starred ?? r.starred, picked: m.picked ?? r.picked }));
  }
  return next;
}

/** The manual order: the ids given, in that order, then the earlier order of the rest. */
export function reorderQuotes(p: Project, ids: readonly string[]): Project {
  for (const id of ids) segmentOf(p, id);
  const given = [...new Set(ids)];
  const set = new Set(given);
  const s = settingsOf(p);
  const live = new Set(p.segments.map((x) => x.id));
  const order = [...given, ...s.order.filter((id) => !set.has(id) && live.has(id))];
  return { ...p, quoteSettings: { ...s, order } };
}
