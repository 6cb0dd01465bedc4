/**
 * Memos on the project, a source, a case, a PT point or a code: add, edit, remove (each one undoable step), list and
 * export.
 */
import { addMemo, editMemo, listMemos, memosToMarkdown, removeMemo, resolveMemoTarget } from '../../cmo/memos';
import type { Project } from '../../cmo/model';
import type { ExportFile, ParsedParams } from '../../api/contract';
import type { Mutation } from '../types';
import { memosToDocx } from '../../export/memosDocx';

const view = (p: Project, id: string) => listMemos(p).find((m) => m.id === id)!;

export const addMemoCmd: Mutation<'memo.add'> = (project, p, ctx) => {
  const r = addMemo(
    project,
    { on: p.on, target: p.target ?? null, text: p.text, coder: p.coder ?? ctx.user },
    ctx.newId('memo'),
    ctx.now(),
  );
  return { project: r.project, result: view(r.project, r.memo.id), summary: r.summary };
};

export const editMemoCmd: Mutation<'memo.edit'> = (project, p, ctx) => {
  const r = editMemo(project, p.id, p.text, ctx.now());
  return { project: r.project, result: view(r.project, r.memo.id), summary: r.summary };
};

export const removeMemoCmd: Mutation<'memo.remove'> = (project, p) => {
  const r = removeMemo(project, p.id);
  return { project: r.project, result: { id: r.memo.id }, summary: r.summary };
};

/** `on` and a target as the user names it (`Case 01 - Leder`, `3`, `#10`) → the memos on it. */
export function listMemosQuery(project: Project, p: ParsedParams<'memo.list'>) {
  if (!p.on) return listMemos(project);
  return listMemos(project, {
    on: p.on,
    target: p.target === undefined ? undefined : resolveMemoTarget(project, p.on, p.target),
  });
}

/** The memos as the analysis appendix: Word (Heading styles) or Markdown. */
export async function exportMemos(project: Project, p: ParsedParams<'memo.export'>): Promise<ExportFile> {
  const memos = listMemosQuery(project, p);
  const lang = p.lang ?? project.language;
  const base = lang === 'da' ? 'memoer' : 'memos';
  if (p.format === 'md')
    return {
      fileName: `${base}.md`,
      mime: 'text/markdown',
      dataBase64: Buffer.from(memosToMarkdown(project, memos, lang), 'utf8').toString('base64'),
    };
  const buf = await memosToDocx(project, memos, lang);
  return {
    fileName: `${base}.docx`,
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    dataBase64: buf.toString('base64'),
  };
}
