import crypto from 'node:crypto';
import { DomainError } from '../../cmo/errors';
import { pseudonymEdits, pseudonymsOf } from '../../cmo/pseudonyms';
import { editSource } from '../../cmo/remap';
import { resolveSource } from '../../cmo/lookup';
import type { Mutation } from '../types';
import { say } from '../../cmo/logMessages';

const sha256 = (t: string) => crypto.createHash('sha256').update(t).digest('hex');

/**
 * Applies the pseudonym list to the stored transcripts themselves (all, or the named sources),
 * through the same remapping edit as a correction: segments follow, and coded passages whose
 * text changed are flagged for review. One undoable step.
 */
export const pseudonymiseTranscriptsCmd: Mutation<'pseudonyms.applyToTranscripts'> = (project, p, ctx) => {
  const list = pseudonymsOf(project);
  if (!list.length) throw new DomainError(say('errPseudonymListEmpty'));
  const sources = p.sources?.length ? p.sources.map((r) => resolveSource(project, r)) : project.sources;
  let next = project;
  let replacements = 0,
    changed = 0;
  const flagged: string[] = [];
  for (const src of sources) {
    const edits = pseudonymEdits(list, src.text);
    if (!edits.length) continue;
    const out = editSource(next, src.id, edits, ctx.now(), sha256);
    next = out.project;
    replacements += edits.length;
    changed++;
    flagged.push(...out.flagged);
  }
  if (!replacements) throw new DomainError(say('errNoPseudonymNames'));
  return {
    project: next,
    result: { sources: changed, replacements, flagged },
    summary: say('pseudonymised', { sources: changed, replacements, flagged: flagged.length }),
  };
};
