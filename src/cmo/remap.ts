/**
 * Transcript corrections without losing coding: an edit is a list of replacements in the old
 * text; every segment and speaker turn is mapped through it. A segment whose own text changed
 * is flagged for review (its old text kept beside it), never dropped.
 */
import { diffChars, diffWordsWithSpace } from 'diff';
import type { Project, Segment, Source, SpeakerTurn } from './model';
import { DomainError } from './segments';
import { findPassage, normalizeText } from './text';
import { say } from './logMessages';
import { findTurnStarts, turnAt } from './turns';
import { attributionIndex } from './attribution';
import { sourceIndex } from './lookup';

/** Replace old `[start, end)` with `text`. Edits are sorted and do not overlap. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

export function checkEdits(oldLength: number, edits: readonly Edit[]): Edit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let last = 0;
  for (const e of sorted) {
    if (e.start < last || e.end < e.start || e.end > oldLength)
      throw new DomainError(say('errBadEdit', { start: e.start, end: e.end }));
    last = e.end;
  }
  return sorted;
}

export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = '',
    at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

/**
 * Where an old offset lands in the new text. `side` decides for offsets touching an edit:
 * a segment's start takes 'start' (an insertion right before a segment stays outside it),
 * its end takes 'end' (an insertion right after stays outside too); an offset inside a
 * replaced range snaps outward so the replacement stays within the segment.
 */
export function mapOffset(edits: readonly Edit[], pos: number, side: 'start' | 'end'): number {
  let delta = 0;
  for (const e of edits) {
    const shift = e.text.length - (e.end - e.start);
    if (e.start === e.end) {
      // an insertion: before pos, or exactly at a segment's start (then it stays outside the segment)
      if (e.start < pos || (e.start === pos && side === 'start')) {
        delta += shift;
        continue;
      }
      break;
    }
    if (e.end <= pos) {
      delta += shift;
      continue;
    }
    if (e.start >= pos) break;
    // pos is strictly inside a replaced range: snap outward, keeping the replacement inside
    return side === 'start' ? e.start + delta : e.start + delta + e.text.length;
  }
  return pos + delta;
}

type DiffPart = { value: string; added?: boolean; removed?: boolean };

/** The edits a diff's parts make, at `base` in the old text; adjacent removals and additions merged into one. */
function editsOfParts(parts: readonly DiffPart[], base = 0): Edit[] {
  const edits: Edit[] = [];
  let at = base;
  for (const part of parts) {
    const prev = edits.at(-1);
    if (part.added) {
      if (prev && prev.end === at) prev.text += part.value;
      else edits.push({ start: at, end: at, text: part.value });
    } else if (part.removed) {
      if (prev && prev.end === at) prev.end += part.value.length;
      else edits.push({ start: at, end: at + part.value.length, text: '' });
      at += part.value.length;
    } else {
      at += part.value.length;
    }
  }
  return edits;
}

/** The edits that turn `a` into `b`, from a character diff (for whole-text edit sessions). */
export const editsBetween = (a: string, b: string): Edit[] => editsOfParts(diffChars(a, b));

/**
 * A find/replace's edits narrowed to the words that differ: replacing "klippemaskinen, hvor" with "klippemaskinen
 * hvor" removes the comma only, so a coding ending at "klippemaskinen" keeps its end instead of snapping out over
 * the whole replaced passage (and is not flagged). Words, not characters, so an edge never lands inside a word
 * that changed. Replacing a passage with itself gives no edit.
 */
export function narrowEdits(text: string, edits: readonly Edit[]): Edit[] {
  return edits.flatMap((e) => editsOfParts(diffWordsWithSpace(text.slice(e.start, e.end), e.text), e.start));
}
export interface RemapOutcome {
  project: Project;
  moved: number;
  flagged: string[];
  newText: string;
}

function remapTurns(
  source: Source,
  edits: Edit[],
  newText: string,
): { turns: SpeakerTurn[]; speakerMap: Record<string, string> } {
  const speakerMap = { ...source.speakerMap };
  const turns = source.turns.map((t) => {
    const start = mapOffset(edits, t.start, 'start');
    const end = Math.max(start, mapOffset(edits, t.end, 'end'));
    // a renamed speaker label ("Leder:" → "Chef:") keeps its participant
    const label = /^[ \t]*(?:\[[^\]]*\][ \t]*)?([^:\n]{1,60}?)[ \t]*:/
      .exec(newText.slice(start, Math.min(end, start + 80)))?.[1]
      ?.trim();
    if (label && label !== t.speaker && source.speakerMap[t.speaker] && !speakerMap[label])
      speakerMap[label] = source.speakerMap[t.speaker]!;
    return {
      ...t,
      start,
      end,
      speaker: label && label !== t.speaker && newText.slice(start).trimStart().startsWith(label) ? label : t.speaker,
    };
  });
  return { turns: redetectTurns(turns, edits, newText), speakerMap };
}

/**
 * Turns re-detected where the text was corrected: a speaker label written into an edited line
 * (`I: … R: …` typed where one voice ran on) starts a turn there, splitting the turn it lies in.
 */
function redetectTurns(turns: SpeakerTurn[], edits: readonly Edit[], newText: string): SpeakerTurn[] {
  const touched: [number, number][] = [];
  let delta = 0;
  for (const e of edits) {
    const from = e.start + delta,
      to = from + e.text.length;
    delta += e.text.length - (e.end - e.start);
    touched.push([
      newText.lastIndexOf('\n', Math.max(0, from - 1)) + 1,
      (newText.indexOf('\n', to) + 1 || newText.length + 1) - 1,
    ]);
  }
  const has = new Set(turns.map((t) => t.start));
  const fresh = findTurnStarts(newText).filter(
    (s) => !has.has(s.start) && touched.some(([a, b]) => s.start >= a && s.start <= b),
  );
  if (!fresh.length) return turns;
  let out = turns.slice();
  const trim = (end: number) => {
    while (end > 0 && /\s/.test(newText[end - 1]!)) end--;
    return end;
  };
  for (const s of fresh) {
    const t = turnAt(out, s.start);
    if (t && t.start < s.start) {
      const i = out.indexOf(t);
      out.splice(
        i,
        1,
        { ...t, end: Math.max(t.start, trim(s.start)) },
        { start: s.start, end: t.end, speaker: s.speaker, time: s.time },
      );
    } else if (!t) {
      const next = out.find((x) => x.start > s.start)?.start ?? newText.length;
      out.push({ start: s.start, end: Math.max(s.start, trim(next)), speaker: s.speaker, time: s.time });
      out = out.sort((a, b) => a.start - b.start);
    }
  }
  return out;
}

/** Applies edits to one source's text and remaps its segments and turns. */
export function editSource(
  project: Project,
  sourceId: string,
  rawEdits: readonly Edit[],
  now: string,
  contentHash: (text: string) => string,
): RemapOutcome {
  const si = sourceIndex(project, sourceId);
  const source = project.sources[si]!;
  const edits = checkEdits(source.text.length, rawEdits);
  const newText = applyEdits(source.text, edits);
  if (normalizeText(newText) !== newText) throw new DomainError(say('errEditNotNormalised'));
  let moved = 0;
  const flagged: string[] = [];
  const segments = project.segments.map((seg): Segment => {
    if (seg.sourceId !== sourceId) return seg;
    const start = mapOffset(edits, seg.start, 'start');
    const end = Math.max(start, mapOffset(edits, seg.end, 'end'));
    if (start === seg.start && end === seg.end && newText.slice(start, end) === seg.text) return seg;
    moved++;
    const text = newText.slice(start, end);
    const changed = text !== seg.text;
    if (changed) flagged.push(seg.id);
    return {
      ...seg,
      start,
      end,
      text,
      updatedAt: now,
      needsReview: seg.needsReview || changed,
      previousText: changed ? (seg.previousText ?? seg.text) : seg.previousText,
    };
  });
  const { turns, speakerMap } = remapTurns(source, edits, newText);
  const sources = project.sources.slice();
  sources[si] = { ...source, text: newText, turns, speakerMap, contentHash: contentHash(newText) };
  // a coding whose speaker the correction changed (a turn re-detected) is flagged for review too
  const before = attributionIndex(project),
    after = attributionIndex({ ...project, sources, segments });
  const old = new Map(project.segments.filter((x) => x.sourceId === sourceId).map((x) => [x.id, x]));
  const reattributed = segments.map((seg): Segment => {
    const was = old.get(seg.id);
    if (!was || seg.needsReview) return seg;
    const a = before(was),
      b = after(seg);
    if (a.participantId === b.participantId && a.interviewer === b.interviewer) return seg;
    flagged.push(seg.id);
    return { ...seg, needsReview: true, previousText: seg.previousText ?? seg.text };
  });
  return { project: { ...project, sources, segments: reattributed }, moved, flagged, newText };
}

/** Edits for a find/replace: one occurrence (error if none or several), or every one with `all`. */
export function findReplaceEdits(text: string, find: string, replace: string, all: boolean): Edit[] {
  let hits = [];
  for (let at = text.indexOf(find); find && at >= 0; at = text.indexOf(find, at + find.length))
    hits.push({ start: at, end: at + find.length });
  if (hits.length === 0) hits = findPassage(text, find); // tolerate whitespace and quote style
  if (hits.length === 0) throw new DomainError(say('errFindNotFound', { find: find.slice(0, 60) }));
  if (hits.length > 1 && !all)
    throw new DomainError(say('errFindAmbiguous', { find: find.slice(0, 60), count: hits.length }));
  return hits.map((h) => ({ ...h, text: replace.normalize('NFC').replace(/\r\n?/g, '\n') }));
}
