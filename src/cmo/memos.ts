/**
 * Memos beyond one coding: on the project, a source, a case, a PT point or a code — where the
 * realist argument is written (a PT point's memo beside its hypothesis). Pure: find what a memo
 * is on from a reference as a user types it, add/edit/remove, list with labels, and Markdown.
 */
import type { Memo, Project } from './model';
import { MEMO_TARGETS } from './model';
import { DomainError } from './errors';
import { say, type LogMessage } from './logMessages';
import { findCase, findPt, findSource } from './lookup';
import { codePaths, findCode } from './codebook';

export type MemoOn = (typeof MEMO_TARGETS)[number];

/** A memo as listed: what it is on, by id (`target`) and in words (`label`). */
export interface MemoView {
  id: string;
  on: MemoOn;
  /** the source, case, code or PT point id; null on the project */
  target: string | null;
  /** `Case 01 - Leder`, `Case 3`, `#10 Kontrolbesøg …`, `Ramme/Kode`; the project's name on the project */
  label: string;
  text: string;
  coder: string;
  createdAt: string;
  updatedAt: string;
}

/** The id a memo on `on` given `ref` (`Case 01 - Leder`, `3`, `#10`, `Ramme/Kode`) is on; an unknown one is refused. */
export function resolveMemoTarget(project: Project, on: MemoOn, ref: string | null | undefined): string | null {
  const r = ref?.trim() ?? '';
  if (on === 'project') {
    if (r) throw new DomainError(say('errMemoProjectTarget'));
    return null;
  }
  // the message table words what `on` names (memoMessages.ts), in the reader's language
  if (!r) throw new DomainError(say('errMemoTargetMissing', { on }));
  const hit =
    on === 'source'
      ? findSource(project, r)
      : on === 'case'
        ? findCase(project, r)
        : on === 'pt'
          ? findPt(project, r)
          : findCode(project, r);
  if (!hit) throw new DomainError(say('errMemoUnknownTarget', { on, ref: r }));
  return hit.id;
}

/** The label of what a memo is on (the id itself when it is no longer there). */
export function targetLabeller(project: Project): (on: MemoOn, target: string | null) => string {
  const sources = new Map(project.sources.map((s) => [s.id, s.name]));
  const cases = new Map(project.cases.map((c) => [c.id, c.label]));
  const pts = new Map(
    project.programmeTheory.points.map((p) => [
      p.id,
      p.id.startsWith('#') ? `${p.id} ${p.title}`.trim() : p.title || p.id,
    ]),
  );
  let paths: Map<string, string> | null = null;
  return (on, target) => {
    if (on === 'project' || target === null) return project.name;
    if (on === 'code') return (paths ??= codePaths(project.codes)).get(target) ?? target;
    return (on === 'source' ? sources : on === 'case' ? cases : pts).get(target) ?? target;
  };
}

/** A short excerpt of a memo for the log line. */
const excerpt = (text: string) => {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 60 ? `${t.slice(0, 59)}…` : t;
};

/** The memos, in the order of the file, optionally only those on one kind of thing (and one target). */
export function listMemos(project: Project, filter: { on?: MemoOn; target?: string | null } = {}): MemoView[] {
  const label = targetLabeller(project);
  return (project.memos ?? [])
    .filter((m) => (!filter.on || m.on === filter.on) && (filter.target === undefined || m.target === filter.target))
    .map((m) => ({
      id: m.id,
      on: m.on,
      target: m.target,
      label: label(m.on, m.target),
      text: m.text,
      coder: m.coder,
      createdAt: m.createdAt,
      updatedAt: m.updatedAt,
    }));
}

export interface MemoChange {
  project: Project;
  memo: Memo;
  summary: LogMessage;
}

const message = (project: Project, key: 'memoAdded' | 'memoChanged' | 'memoRemoved', m: Memo): LogMessage =>
  say(key, { on: m.on, label: targetLabeller(project)(m.on, m.target), excerpt: excerpt(m.text) });

function cleanText(text: string): string {
  const t = text.normalize('NFC').replace(/\r\n?/g, '\n').trimEnd();
  if (!t.trim()) throw new DomainError(say('errMemoEmpty'));
  return t;
}

export function addMemo(
  project: Project,
  input: { on: MemoOn; target?: string | null; text: string; coder: string },
  id: string,
  now: string,
): MemoChange {
  const target = resolveMemoTarget(project, input.on, input.target);
  const memo: Memo = {
    id,
    on: input.on,
    target,
    text: cleanText(input.text),
    coder: input.coder,
    createdAt: now,
    updatedAt: now,
  };
  return {
    project: { ...project, memos: [...(project.memos ?? []), memo] },
    memo,
    summary: message(project, 'memoAdded', memo),
  };
}

function requireMemo(project: Project, id: string): Memo {
  const m = (project.memos ?? []).find((x) => x.id === id.trim());
  if (!m) throw new DomainError(say('errUnknownMemo', { id }));
  return m;
}

export function editMemo(project: Project, id: string, text: string, now: string): MemoChange {
  const old = requireMemo(project, id);
  const t = cleanText(text);
  if (t === old.text) return { project, memo: old, summary: message(project, 'memoChanged', old) };
  const memo = { ...old, text: t, updatedAt: now };
  return {
    project: { ...project, memos: project.memos.map((m) => (m.id === old.id ? memo : m)) },
    memo,
    summary: message(project, 'memoChanged', memo),
  };
}

export function removeMemo(project: Project, id: string): MemoChange {
  const memo = requireMemo(project, id);
  return {
    project: { ...project, memos: project.memos.filter((m) => m.id !== memo.id) },
    memo,
    summary: message(project, 'memoRemoved', memo),
  };
}

/**
 * Memos on codes that go away (deleted, or merged into another): merged ones follow the code they
 * were merged into; a deleted code's memos move to its parent code, or to the project with the
 * code's path in front — a memo's text is never lost with its code.
 */
export function memosAfterCodeChange(project: Project, gone: ReadonlyMap<string, string | null>): Memo[] {
  const memos = project.memos ?? [];
  if (!memos.some((m) => m.on === 'code' && m.target !== null && gone.has(m.target))) return memos;
  const paths = codePaths(project.codes);
  return memos.map((m) => {
    if (m.on !== 'code' || m.target === null || !gone.has(m.target)) return m;
    let to = gone.get(m.target) ?? null;
    const seen = new Set<string>();
    while (to !== null && gone.has(to) && !seen.has(to)) {
      seen.add(to);
      to = gone.get(to) ?? null;
    }
    if (to !== null) return { ...m, target: to };
    return { ...m, on: 'project' as const, target: null, text: `[${paths.get(m.target) ?? m.target}] ${m.text}` };
  });
}

/** The memos as Markdown, grouped by what they are on: the analysis appendix. `lang` picks the headings' words. */
export function memosToMarkdown(
  project: Project,
  memos: readonly MemoView[],
  lang: 'da' | 'en' = project.language,
): string {
  const out = [`# ${lang === 'da' ? 'Analysememoer' : 'Analysis memos'} — ${project.name}`, ''];
  for (const g of memoGroups(memos, lang)) {
    out.push(`## ${g.heading}`, '');
    for (const t of g.targets) {
      if (g.on !== 'project') out.push(`### ${t.label}`, '');
      for (const m of t.memos) out.push(m.text, '', `*${memoByline(m, lang)}*`, '');
    }
  }
  if (!memos.length) out.push(lang === 'da' ? '(ingen memoer)' : '(no memos)', '');
  return out.join('\n');
}

const HEADINGS: Record<MemoOn, [string, string]> = {
  project: ['Projektet', 'The project'],
  source: ['Kilder', 'Sources'],
  case: ['Cases', 'Cases'],
  pt: ['Programteorien', 'The programme theory'],
  code: ['Koder', 'Codes'],
};

export interface MemoGroup {
  on: MemoOn;
  heading: string;
  targets: { label: string; memos: MemoView[] }[];
}

/** Memos grouped by kind (project, PT points, cases, sources, codes), then by what they are on in first-seen order. */
export function memoGroups(memos: readonly MemoView[], lang: 'da' | 'en'): MemoGroup[] {
  const order: MemoOn[] = ['project', 'pt', 'case', 'source', 'code'];
  return order.flatMap((on) => {
    const mine = memos.filter((m) => m.on === on);
    if (!mine.length) return [];
    const byTarget = new Map<string, { label: string; memos: MemoView[] }>();
    for (const m of mine) {
      const k = m.target ?? '';
      let t = byTarget.get(k);
      if (!t) byTarget.set(k, (t = { label: m.label, memos: [] }));
      t.memos.push(m);
    }
    return [{ on, heading: HEADINGS[on][lang === 'da' ? 0 : 1], targets: [...byTarget.values()] }];
  });
}

/** `Karen, 6. december 2026` — who wrote it and when (edited: the date of the last change). */
export function memoByline(m: MemoView, lang: 'da' | 'en'): string {
  const d = new Date(m.updatedAt);
  const date = Number.isNaN(d.getTime())
    ? m.updatedAt
    : d.toLocaleDateString(lang === 'da' ? 'da-DK' : 'en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
  return [m.coder, date].filter(Boolean).join(', ');
}
