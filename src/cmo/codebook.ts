/** The codebook: hierarchical thematic codes beside the programteori (pure operations). */
import type { Code, Project, Segment } from './model';
import { DomainError } from './errors';
import { say } from './logMessages';
import { memosAfterCodeChange } from './memos';
import { fold } from './lookup';

/** `Frame/Child/Grandchild` for every code, from its ancestors' names. */
export function codePaths(codes: readonly Code[]): Map<string, string> {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const paths = new Map<string, string>();
  const pathOf = (c: Code, seen = new Set<string>()): string => {
    const known = paths.get(c.id);
    if (known !== undefined) return known;
    const parent = c.parentId ? byId.get(c.parentId) : undefined;
    const p = parent && !seen.has(parent.id) ? `${pathOf(parent, seen.add(c.id))}/${c.name}` : c.name;
    paths.set(c.id, p);
    return p;
  };
  for (const c of codes) pathOf(c);
  return paths;
}

/** Codes in tree order: each parent followed by its children, siblings in their stored order. */
export function treeOrder(codes: readonly Code[]): Code[] {
  const kids = new Map<string | null, Code[]>();
  const ids = new Set(codes.map((c) => c.id));
  for (const c of codes) {
    const parent = c.parentId && ids.has(c.parentId) ? c.parentId : null;
    const list = kids.get(parent);
    if (list) list.push(c);
    else kids.set(parent, [c]); // not [...list, c]: quadratic for a flat codebook
  }
  const out: Code[] = [];
  const walk = (parent: string | null) => {
    for (const c of kids.get(parent) ?? []) {
      out.push(c);
      walk(c.id);
    }
  };
  walk(null);
  return out;
}

/** A code by id, path (`Frame/Child`, case-insensitive) or — when unique — its name. */
export function findCode(project: Project, ref: string): Code | undefined {
  const want = fold(ref)
    .replace(/\s*\/\s*/g, '/')
    .replace(/^\/+|\/+$/g, '');
  const byId = project.codes.find((c) => c.id === ref.trim());
  if (byId) return byId;
  const paths = codePaths(project.codes);
  const byPath = project.codes.find((c) => fold(paths.get(c.id)!) === want);
  if (byPath) return byPath;
  const byName = project.codes.filter((c) => fold(c.name) === want);
  return byName.length === 1 ? byName[0] : undefined;
}

export function requireCode(project: Project, ref: string): Code {
  const c = findCode(project, ref);
  if (!c) throw new DomainError(say('errUnknownCode', { id: `"${ref}"` }));
  return c;
}

/** The code and all its descendants' ids. */
export function subtree(project: Project, id: string): Set<string> {
  const out = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const c of project.codes)
      if (c.parentId && out.has(c.parentId) && !out.has(c.id)) {
        out.add(c.id);
        grew = true;
      }
  }
  return out;
}

/** Codes to put on a segment: resolved, codable, unique. */
export function resolveCodes(project: Project, refs: readonly string[]): string[] {
  return [
    ...new Set(
      refs.map((r) => {
        const c = requireCode(project, r);
        if (!c.codable) throw new DomainError(say('errCodeIsFolder', { code: codePaths(project.codes).get(c.id) }));
        return c.id;
      }),
    ),
  ];
}

/**
 * Adds a code by path, creating missing ancestors (as codable codes). Returns the project and the
 * code at the end of the path; an existing path is returned as is.
 */
/**
 * addCodePath for many paths at once, in one pass over the codebook: calling addCodePath per path
 * searches and copies the whole codebook each time (20,000 imported codes: ~50 s). `created[i]`
 * says whether the i-th path made any new code.
 */
export function addCodePaths(
  project: Project,
  items: readonly {
    path: string;
    newId: () => string;
    extra?: Partial<Pick<Code, 'description' | 'color' | 'codable'>>;
  }[],
): { project: Project; created: boolean[] } {
  const codes = [...project.codes];
  const key = (parentId: string | null, name: string) => `${parentId ?? ''}\u0000${fold(name)}`;
  const index = new Map<string, Code>();
  for (const c of codes) if (!index.has(key(c.parentId, c.name))) index.set(key(c.parentId, c.name), c);
  const created = items.map(({ path, newId, extra = {} }) => {
    const names = path
      .split('/')
      .map((n) => n.trim())
      .filter(Boolean);
    if (!names.length) throw new DomainError(say('errCodeNeedsName'));
    let parentId: string | null = null;
    let made = false;
    names.forEach((name, i) => {
      let code = index.get(key(parentId, name));
      if (!code) {
        made = true;
        const last = i === names.length - 1;
        code = {
          id: newId(),
          name,
          description: last ? (extra.description ?? '') : '',
          color: last ? (extra.color ?? null) : null,
          parentId,
          codable: last ? (extra.codable ?? true) : true,
        };
        codes.push(code);
        index.set(key(parentId, name), code);
      }
      parentId = code.id;
    });
    return made;
  });
  return { project: { ...project, codes }, created };
}

export function addCodePath(
  project: Project,
  path: string,
  newId: () => string,
  extra: Partial<Pick<Code, 'description' | 'color' | 'codable'>> = {},
): { project: Project; code: Code; created: boolean } {
  const names = path
    .split('/')
    .map((n) => n.trim())
    .filter(Boolean);
  if (!names.length) throw new DomainError(say('errCodeNeedsName'));
  let codes = project.codes;
  let parentId: string | null = null;
  let code: Code | undefined;
  let created = false;
  names.forEach((name, i) => {
    code = codes.find((c) => c.parentId === parentId && fold(c.name) === fold(name));
    if (!code) {
      const last = i === names.length - 1;
      code = {
        id: newId(),
        name,
        description: last ? (extra.description ?? '') : '',
        color: last ? (extra.color ?? null) : null,
        parentId,
        codable: last ? (extra.codable ?? true) : true,
      };
      codes = [...codes, code];
      created = true;
    }
    parentId = code.id;
  });
  return { project: { ...project, codes }, code: code!, created };
}

export function renameCode(project: Project, id: string, name: string): Project {
  const c = project.codes.find((x) => x.id === id);
  if (!c) throw new DomainError(say('errUnknownCode', { id }));
  if (!name.trim() || name.includes('/')) throw new DomainError(say('errBadCodeName'));
  if (project.codes.some((x) => x.id !== id && x.parentId === c.parentId && fold(x.name) === fold(name)))
    throw new DomainError(say('errCodeNameTaken', { name }));
  return { ...project, codes: project.codes.map((x) => (x.id === id ? { ...x, name: name.trim() } : x)) };
}

export function moveCode(project: Project, id: string, parentId: string | null): Project {
  if (!project.codes.some((x) => x.id === id)) throw new DomainError(say('errUnknownCode', { id }));
  if (parentId && !project.codes.some((x) => x.id === parentId))
    throw new DomainError(say('errUnknownCode', { id: parentId }));
  if (parentId && subtree(project, id).has(parentId)) throw new DomainError(say('errCodeIntoItself'));
  return { ...project, codes: project.codes.map((x) => (x.id === id ? { ...x, parentId } : x)) };
}

const flagIfEmpty = (s: Segment): Segment =>
  s.kind === null && s.codes.length === 0 ? { ...s, needsReview: true } : s;

/** Merges `from` into `into`: segments follow, `from`'s children move under `into`, `from` goes. */
export function mergeCode(project: Project, from: string, into: string): { project: Project; moved: number } {
  if (from === into) throw new DomainError(say('errMergeWithItself'));
  const target = project.codes.find((x) => x.id === into);
  if (!project.codes.some((x) => x.id === from) || !target) throw new DomainError(say('errUnknownCode'));
  if (subtree(project, from).has(into)) throw new DomainError(say('errMergeIntoChild'));
  let moved = 0;
  const segments = project.segments.map((s) => {
    if (!s.codes.includes(from)) return s;
    moved++;
    return { ...s, codes: [...new Set(s.codes.map((c) => (c === from ? into : c)))] };
  });
  const codes = project.codes
    .filter((c) => c.id !== from)
    .map((c) => (c.parentId === from ? { ...c, parentId: into } : c))
    .map((c) => (c.id === into && !c.codable ? { ...c, codable: true } : c));
  return {
    project: { ...project, codes, segments, memos: memosAfterCodeChange(project, new Map([[from, into]])) },
    moved,
  };
}

/**
 * Deletes a code; its children move up to its parent. Segments keep their other codes;
 * a segment left with no kind and no code is flagged for review, never deleted.
 */
export function deleteCode(project: Project, id: string): { project: Project; flagged: number } {
  const c = project.codes.find((x) => x.id === id);
  if (!c) throw new DomainError(say('errUnknownCode', { id }));
  let flagged = 0;
  const segments = project.segments.map((s) => {
    if (!s.codes.includes(id)) return s;
    const next = flagIfEmpty({ ...s, codes: s.codes.filter((x) => x !== id) });
    if (next.needsReview && !s.needsReview) flagged++;
    return next;
  });
  const codes = project.codes
    .filter((x) => x.id !== id)
    .map((x) => (x.parentId === id ? { ...x, parentId: c.parentId } : x));
  return {
    project: { ...project, codes, segments, memos: memosAfterCodeChange(project, new Map([[id, c.parentId]])) },
    flagged,
  };
}

/** Columns or rows for `code:<frame>`: the frame's direct children (each counting its subtree). */
export function frameDimension(project: Project, ref: string): { id: string; label: string; members: Set<string> }[] {
  const frame = requireCode(project, ref);
  const children = treeOrder(project.codes).filter((c) => c.parentId === frame.id);
  const dims = children.map((c) => ({ id: c.id, label: c.name, members: subtree(project, c.id) }));
  if (frame.codable) dims.unshift({ id: frame.id, label: frame.name, members: new Set([frame.id]) });
  return dims;
}
