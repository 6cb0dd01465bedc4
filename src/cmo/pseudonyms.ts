/**
 * The project's pseudonym list: names (people, companies, places) and what an export writes
 * instead. Applied to every string an export carries (quote, attribution, metadata), and
 * checked afterwards for what the list does not cover: spelling variants, parts of a name.
 */
import type { Project, Pseudonym } from './model';
import { DomainError } from './errors';
import { say } from './logMessages';

export const pseudonymsOf = (p: Project): Pseudonym[] => p.pseudonyms ?? [];

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const key = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('da');

/** Adds or replaces (same name, any case) an entry; names are kept as typed. */
export function addPseudonym(list: readonly Pseudonym[], name: string, replacement: string): Pseudonym[] {
  const n = name.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (!/[\p{L}\p{N}]/u.test(n)) throw new DomainError(say('errNameNeedsLetters', { name }));
  const r = replacement.normalize('NFC').trim();
  if (key(r).includes(key(n))) throw new DomainError(say('errReplacementHasName', { replacement: r, name: n }));
  const rest = list.filter((p) => key(p.name) !== key(n));
  return [...rest, { name: n, replacement: r }];
}

export function removePseudonym(list: readonly Pseudonym[], name: string): Pseudonym[] {
  const rest = list.filter((p) => key(p.name) !== key(name));
  if (rest.length === list.length)
    throw new DomainError(say('errNotAPseudonym', { name, known: list.map((p) => p.name).join(', ') }));
  return rest;
}

/** `[lederen]` in the genitive → `[lederens]`; plain text gets an `s`. */
function genitive(replacement: string): string {
  if (!replacement) return replacement;
  const m = /^(.*?)([\])]+)$/.exec(replacement);
  return m ? `${m[1]}s${m[2]}` : `${replacement}s`;
}

export type Pseudonymize = (s: string) => string;

function matcher(list: readonly Pseudonym[]) {
  const sorted = [...list].sort((a, b) => b.name.length - a.name.length);
  const byKey = new Map(sorted.map((p) => [key(p.name), p.replacement]));
  const alts = sorted.map((p) => p.name.normalize('NFC').trim().split(/\s+/).map(esc).join('[\\s\\u00a0]+'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(${alts.join('|')})((?:['’]?s)|['’])?(?![\\p{L}\\p{N}])`, 'giu');
  const replacementFor = (whole: string, name: string, gen: string | undefined) => {
    const r = byKey.get(key(name));
    if (r === undefined) return whole;
    return gen ? genitive(r) : r;
  };
  return { re, replacementFor };
}

/**
 * A function that replaces every listed name: case-insensitive, any whitespace or line break
 * between its words, whole words only, the Danish genitive (`Jens Hansens`, `Jens'`) included.
 * Longer names win (`Jens Hansen` before `Jens`); replacements are never scanned again.
 */
export function pseudonymizer(list: readonly Pseudonym[]): Pseudonymize {
  if (!list.length) return (s) => s;
  const { re, replacementFor } = matcher(list);
  return (s) => (s ? s.normalize('NFC').replace(re, replacementFor) : s);
}

/** The same replacements as edits over a (normalised) text: `[start, end)` → replacement, in order. */
export function pseudonymEdits(
  list: readonly Pseudonym[],
  text: string,
): { start: number; end: number; text: string }[] {
  if (!list.length || !text) return [];
  const { re, replacementFor } = matcher(list);
  const out: { start: number; end: number; text: string }[] = [];
  for (const m of text.matchAll(re)) {
    const r = replacementFor(m[0], m[1]!, m[2]);
    if (r !== m[0]) out.push({ start: m.index!, end: m.index! + m[0].length, text: r });
  }
  return out;
}

/** A place where a listed name (or something very like it) would still appear. */
export interface Leak {
  /** the listed name */
  name: string;
  /** the text found */
  found: string;
  /** `variant`: the whole name spelled differently; `part`: one word of a longer name; `name`: the name itself */
  kind: 'name' | 'variant' | 'part';
  /** which field: `citat`, `tilskrivning`, `memo`, `kilde`, … */
  field: string;
  /** the quote (segment id), when the field belongs to one */
  quoteId: string | null;
  /** a few words around it */
  context: string;
}

export interface LeakField {
  field: string;
  quoteId: string | null;
  text: string;
}

/** Folds spelling variants together: case, accents, æ/ae, ø/oe/o, å/aa/a. */
export function foldName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('da')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/ß/g, 'ss')
    .replace(/aa/g, 'a')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

interface Word {
  text: string;
  start: number;
  end: number;
  folded: string;
}
const words = (s: string): Word[] =>
  [...s.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
    folded: foldName(m[0]),
  }));
const genitiveOf = (w: string, token: string) => w === token || w === `${token}s`;

/** Parts too common to warn about on their own. */
const SMALL = new Set([
  'af',
  'de',
  'den',
  'der',
  'det',
  'og',
  'i',
  'la',
  'le',
  'van',
  'von',
  'og',
  'as',
  'aps',
  'a/s',
  'ab',
  'the',
  'st',
]);

/**
 * Where listed names would still reach the reader after pseudonymisation: the name itself,
 * spelling variants (case, accents, `Soeren`/`Søren`, `Jens-Hansen`, `J. Hansen`) and single
 * words of a longer name (`Hansen`, `Jens`). Text inside the list's own replacements is skipped.
 */
export function findLeaks(list: readonly Pseudonym[], fields: readonly LeakField[]): Leak[] {
  if (!list.length) return [];
  const names = list.map((p) => {
    const tokens = words(p.name)
      .map((w) => w.folded)
      .filter(Boolean);
    return { name: p.name, tokens, joined: tokens.join('') };
  });
  const replacements = [...new Set(list.map((p) => p.replacement).filter(Boolean))].sort((a, b) => b.length - a.length);
  const out: Leak[] = [];
  const seen = new Set<string>();
  for (const f of fields) {
    if (!f.text) continue;
    const orig = f.text.normalize('NFC');
    let text = orig;
    // blank out the replacements so `[Hansen-familien]` chosen on purpose is not reported
    for (const r of replacements) text = text.split(r).join(' '.repeat(r.length));
    // most fields hold none of the names' words: skip them before splitting into words
    const flat = foldName(text);
    if (!names.some((n) => n.tokens.some((t) => flat.includes(t)))) continue;
    const ws = words(text);
    const push = (name: string, kind: Leak['kind'], start: number, end: number) => {
      const k = `${f.field}\u0000${f.quoteId}\u0000${start}`;
      if (seen.has(k)) return;
      seen.add(k);
      const found = orig.slice(start, end);
      const context = orig
        .slice(Math.max(0, start - 30), Math.min(orig.length, end + 30))
        .replace(/\s+/g, ' ')
        .trim();
      out.push({ name, found, kind, field: f.field, quoteId: f.quoteId, context });
    };
    let coveredTo = -1; // words already reported as part of a whole name
    for (let i = 0; i < ws.length; i++) {
      for (const n of names) {
        if (!n.tokens.length) continue;
        // the whole name over consecutive words (or run together), its last word possibly in the genitive
        let matched = 0;
        let acc = '';
        for (let j = i; j < ws.length && acc.length < n.joined.length + 1; j++) {
          acc += ws[j]!.folded;
          if (acc === n.joined || acc === `${n.joined}s`) {
            matched = j - i + 1;
            break;
          }
          if (!n.joined.startsWith(acc)) break;
        }
        // an initial for the first name: `J. Hansen`
        if (!matched && n.tokens.length > 1 && ws[i]!.folded.length === 1 && ws[i]!.folded === n.tokens[0]![0]) {
          const rest = n.tokens.slice(1);
          if (
            rest.every((t, k) => {
              const w = ws[i + 1 + k];
              return !!w && (k === rest.length - 1 ? genitiveOf(w.folded, t) : w.folded === t);
            })
          )
            matched = rest.length + 1;
        }
        if (matched) {
          const start = ws[i]!.start,
            end = ws[i + matched - 1]!.end;
          const raw = text.slice(start, end).replace(/\s+/g, ' ');
          const exact = raw.toLocaleLowerCase('da') === n.name.toLocaleLowerCase('da');
          push(n.name, exact ? 'name' : 'variant', start, end);
          coveredTo = Math.max(coveredTo, i + matched - 1);
          continue;
        }
        if (n.tokens.length > 1 && i > coveredTo) {
          const w = ws[i]!;
          const part = n.tokens.find((t) => t.length >= 3 && !SMALL.has(t) && genitiveOf(w.folded, t));
          if (part) push(n.name, 'part', w.start, w.end);
        }
      }
    }
  }
  return out;
}
