import crypto from 'node:crypto';
import { editSource, editsBetween, findReplaceEdits, narrowEdits } from '../../cmo/remap';
import { normalizeText } from '../../cmo/text';
import { DomainError } from '../../cmo/segments';
import { resolveSource } from '../../cmo/lookup';
import type { Mutation } from '../types';
import { say } from '../../cmo/logMessages';

const sha256 = (t: string) => crypto.createHash('sha256').update(t).digest('hex');

export const editSourceCmd: Mutation<'source.edit'> = (project, p, ctx) => {
  const src = resolveSource(project, p.source);
  const edits =
    p.text !== undefined
      ? editsBetween(src.text, normalizeText(p.text))
      : findReplaceEdits(src.text, p.find!, p.replace!, p.all);
  // a find/replace counts its occurrences, but changes only the words in them that differ
  const changes = p.text !== undefined ? edits : narrowEdits(src.text, edits);
  if (changes.length === 0) throw new DomainError(say('errTextUnchanged'));
  const out = editSource(project, src.id, changes, ctx.now(), sha256);
  const what =
    p.text !== undefined
      ? say('editCount', { count: edits.length })
      : say('editReplace', { find: p.find!.slice(0, 30), replace: p.replace!.slice(0, 30), count: edits.length });
  return {
    project: out.project,
    result: {
      sourceId: src.id,
      edits: edits.length,
      moved: out.moved,
      flagged: out.flagged,
      length: out.newText.length,
    },
    summary: say('sourceEdited', { source: src.name, edit: what, moved: out.moved, flagged: out.flagged.length }),
  };
};
