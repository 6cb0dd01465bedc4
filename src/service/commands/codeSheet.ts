import { applySheet, planSheet, type SheetPlan } from '../../cmo/codesheet';
import { readSheet } from '../../import/sheet';
import type { Project } from '../../cmo/model';
import { DomainError } from '../../cmo/errors';
import type { Mutation } from '../types';
import { say } from '../../cmo/logMessages';
import { readingFile } from './fileRefusal';

function plan(project: Project, fileName: string, dataBase64: string, coder: string): Promise<SheetPlan> {
  return readingFile(fileName, async () =>
    planSheet(project, await readSheet(fileName, Buffer.from(dataBase64, 'base64')), coder),
  );
}

/** Every row located and checked; nothing changes. */
export const previewSheet = (project: Project, p: { fileName: string; dataBase64: string }) =>
  plan(project, p.fileName, p.dataBase64, '');

/** The whole sheet as one undoable change: all rows, or (unless `partial`) none when any row failed. */
export const applySheetCmd: Mutation<'codeSheet.apply'> = async (project, { fileName, dataBase64, partial }, ctx) => {
  const pl = await plan(project, fileName, dataBase64, ctx.user);
  if (!pl.ok)
    throw new DomainError(
      pl.failed.length
        ? say('errSheetNothingPlaced', { file: fileName, failed: pl.failed.length })
        : say('errSheetAllCoded', { file: fileName }),
    );
  const { project: next, created } = applySheet(project, pl, partial, () => ctx.newId('seg'), ctx.now());
  return {
    project: next,
    result: { applied: created.length, failed: pl.failed, skipped: pl.skipped, segmentIds: created.map((s) => s.id) },
    summary: say('codeSheet', {
      file: fileName,
      coded: created.length,
      failed: pl.failed.length,
      skipped: pl.skipped.length,
    }),
  };
};
