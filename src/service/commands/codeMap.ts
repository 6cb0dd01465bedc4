import { requireCode } from '../../cmo/codebook';
import { DomainError } from '../../cmo/errors';
import { resolvePts } from '../../cmo/segments';
import { say } from '../../cmo/logMessages';
import { applyCodeMappings, proposeMappings, type CodeMapping } from '../../refi/codeMap';
import type { Mutation } from '../types';

/** `codes.map`: imported codes onto kinds, PT points and verdicts, in one undoable step (src/refi/codeMap.ts). */
export const mapCodesCmd: Mutation<'codes.map'> = (project, p, ctx) => {
  const mappings: CodeMapping[] = p.mappings.map((m) => {
    if (!m.kind && !m.pt?.length && !m.verdict) throw new DomainError(say('errMapNothing'));
    return {
      code: requireCode(project, m.code).id,
      ...(m.kind ? { kind: m.kind } : {}),
      ...(m.pt?.length ? { pt: resolvePts(project, m.pt) } : {}),
      ...(m.verdict ? { verdict: m.verdict } : {}),
    };
  });
  const r = applyCodeMappings(project, mappings, p.keep, ctx.now());
  return {
    project: r.project,
    result: { changed: r.changed, incomplete: r.incomplete, removed: r.removed.length },
    summary: say('codesMapped', {
      codes: mappings.length,
      changed: r.changed,
      incomplete: r.incomplete,
      removed: r.removed.length,
    }),
  };
};

export const proposeMapQuery = proposeMappings;
