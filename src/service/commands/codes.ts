import {
  addCodePath,
  addCodePaths,
  codePaths,
  deleteCode,
  mergeCode,
  moveCode,
  renameCode,
  requireCode,
} from '../../cmo/codebook';
import { readingFileSync } from './fileRefusal';
import { DomainError } from '../../cmo/errors';
import type { Code, Project } from '../../cmo/model';
import { parseQdc } from '../../refi/qdc';
import { parseCsv } from '../../cmo/csv';
import type { Mutation } from '../types';
import type { CodeView } from '../../api/contract';
import { say } from '../../cmo/logMessages';

export function listCodes(p: Project): CodeView[] {
  const paths = codePaths(p.codes);
  const counts = new Map<string, number>();
  for (const s of p.segments) for (const c of s.codes) counts.set(c, (counts.get(c) ?? 0) + 1);
  return p.codes
    .map((c) => ({
      id: c.id,
      name: c.name,
      path: paths.get(c.id)!,
      parent: c.parentId,
      codable: c.codable,
      color: c.color,
      description: c.description,
      segments: counts.get(c.id) ?? 0,
    }))
    .sort((a, b) => a.path.localeCompare(b.path, 'da'));
}
const view = (p: Project, id: string) => listCodes(p).find((c) => c.id === id)!;

export const addCodeCmd: Mutation<'codes.add'> = (project, p, ctx) => {
  const parentPath = p.parent ? `${codePaths(project.codes).get(requireCode(project, p.parent).id)}/` : '';
  const { project: next, code, created } = addCodePath(project, parentPath + p.path, () => ctx.newId('code'), p);
  if (!created) throw new DomainError(say('errCodeExists', { path: parentPath + p.path }));
  return {
    project: next,
    result: view(next, code.id),
    summary: say('codeAdded', { code: codePaths(next.codes).get(code.id) }),
  };
};

export const updateCodeCmd: Mutation<'codes.update'> = (project, p) => {
  const code = requireCode(project, p.id);
  let next = project;
  if (p.name !== undefined && p.name !== code.name) next = renameCode(next, code.id, p.name);
  if (p.parent !== undefined) next = moveCode(next, code.id, p.parent === null ? null : requireCode(next, p.parent).id);
  const patch: Partial<Code> = {};
  if (p.description !== undefined) patch.description = p.description;
  if (p.color !== undefined) patch.color = p.color;
  if (p.codable !== undefined) patch.codable = p.codable;
  if (Object.keys(patch).length)
    next = { ...next, codes: next.codes.map((c) => (c.id === code.id ? { ...c, ...patch } : c)) };
  return {
    project: next,
    result: view(next, code.id),
    summary: say('codeChanged', { code: codePaths(project.codes).get(code.id) }),
  };
};

export const mergeCodeCmd: Mutation<'codes.merge'> = (project, p) => {
  const from = requireCode(project, p.from),
    into = requireCode(project, p.into);
  const paths = codePaths(project.codes);
  const { project: next, moved } = mergeCode(project, from.id, into.id);
  return {
    project: next,
    result: view(next, into.id),
    summary: say('codesMerged', { from: paths.get(from.id), into: paths.get(into.id), moved }),
  };
};

export const removeCodeCmd: Mutation<'codes.remove'> = (project, p) => {
  const code = requireCode(project, p.id);
  const { project: next, flagged } = deleteCode(project, code.id);
  return {
    project: next,
    result: { id: code.id, flagged },
    summary: say('codeRemoved', { code: codePaths(project.codes).get(code.id), flagged }),
  };
};

/** Imports a .qdc into the codebook, merging by path: existing paths are kept, new ones added. */
export const importQdcCmd: Mutation<'codes.importQdc'> = (project, p, ctx) =>
  readingFileSync(p.fileName, () => importQdc(project, p, ctx));
const importQdc: Mutation<'codes.importQdc'> = (project, p, ctx) => {
  let parsed;
  try {
    parsed = parseQdc(p.xml, p.fileName);
  } catch (e) {
    if (e instanceof DomainError) throw e; // one line naming the file already
    throw new DomainError(
      say('errImportFile', { file: p.fileName, problem: String((e as Error)?.message ?? e).slice(0, 200) }),
    );
  }
  if (!parsed.length)
    throw new DomainError(say('errImportFile', { file: p.fileName, problem: say('errCodebookNoCodes') }));
  // paths in document order, parents before their children (a repeated GUID cannot make a cycle)
  const pathByGuid = new Map<string, string>();
  const taken = new Set(project.codes.map((c) => c.id));
  const items = parsed.map((c) => {
    const parent = c.parentGuid ? pathByGuid.get(c.parentGuid) : undefined;
    const path = parent ? `${parent}/${c.name}` : c.name;
    if (!pathByGuid.has(c.guid)) pathByGuid.set(c.guid, path);
    return {
      path,
      newId: () => (taken.has(c.guid) ? ctx.newId('code') : (taken.add(c.guid), c.guid)),
      extra: { description: c.description, color: c.color, codable: c.codable },
    };
  });
  const { project: next, created } = addCodePaths(project, items);
  const added = created.filter(Boolean).length;
  return {
    project: next,
    result: { added, total: parsed.length },
    summary: say('codebookImported', { file: p.fileName, added, total: parsed.length }),
  };
};

/** Imports a codebook CSV (`path,codable,color,description`, as `codes.export` writes it), merging by path. */
export const importCsvCmd: Mutation<'codes.importCsv'> = (project, p, ctx) =>
  readingFileSync(p.fileName, () => importCsv(project, p, ctx));
const importCsv: Mutation<'codes.importCsv'> = (project, p, ctx) => {
  const rows = parseCsv(p.text.replace(/^\uFEFF/, ''));
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  if (col('path') < 0)
    throw new DomainError(say('errImportFile', { file: p.fileName, problem: say('errCodebookNoPathColumn') }));
  const items: Parameters<typeof addCodePaths>[1][number][] = [];
  for (const [i, row] of rows.slice(1).entries()) {
    const path = (row[col('path')] ?? '').trim();
    if (!path) continue;
    const color = col('color') >= 0 ? (row[col('color')] ?? '').trim() : '';
    if (color && !/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(color))
      throw new DomainError(say('errCodebookBadColor', { file: p.fileName, row: i + 2, color }));
    const codable = col('codable') >= 0 ? !/^(false|nej|0)$/i.test((row[col('codable')] ?? '').trim()) : true;
    items.push({
      path,
      newId: () => ctx.newId('code'),
      extra: {
        description: col('description') >= 0 ? (row[col('description')] ?? '') : '',
        color: color || null,
        codable,
      },
    });
  }
  const total = items.length;
  const { project: next, created } = addCodePaths(project, items); // one pass: addCodePath per row is quadratic
  const added = created.filter(Boolean).length;
  if (!total) throw new DomainError(say('errImportFile', { file: p.fileName, problem: say('errCodebookEmptyFile') }));
  return {
    project: next,
    result: { added, total },
    summary: say('codebookImported', { file: p.fileName, added, total }),
  };
};
