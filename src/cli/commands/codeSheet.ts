import fs from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../args';
import { parse, flag, out, json, withService, type Command } from '../util';
import { say } from '../../cmo/logMessages';
import { noticeJson, noticeWords, words } from '../lang';
import type { RowFailure, RowPlan } from '../../cmo/codesheet';

const worded = <R extends RowFailure | RowPlan>(r: R) => ({ ...r, reason: r.reason && noticeJson(r.reason) });

/** `cmo code-sheet <projekt> <ark.csv|xlsx> [--partial] [--dry-run] [--json]` */
export const codeSheet: Command = async (args) => {
  const {
    positionals: [file, sheet],
    values,
  } = parse(args, { partial: flag, json: flag, 'dry-run': flag }, 2);
  let data: Buffer;
  try {
    data = await fs.readFile(sheet!);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new UsageError(say('cliCannotRead', { file: sheet, code }));
  }
  const params = { fileName: path.basename(sheet!), dataBase64: data.toString('base64') };
  return withService(file!, async (svc) => {
    const plan = await svc.call('codeSheet.preview', params);
    let applied = 0;
    let segmentIds: string[] = [];
    const blocked = plan.failed.length > 0 && !values.partial;
    if (!values['dry-run'] && !blocked && plan.ok > 0) {
      const r = await svc.call('codeSheet.apply', { ...params, partial: !!values.partial });
      applied = r.applied;
      segmentIds = r.segmentIds;
    }
    const result = {
      applied,
      failed: plan.failed.map(worded),
      skipped: plan.skipped.map(worded),
      segmentIds,
      ...(values['dry-run'] ? { rows: plan.rows.map(worded) } : {}),
    };
    if (values.json) json(result);
    else {
      const dry = values['dry-run'] ? 1 : 0;
      out(words('cliSheetCoded', { count: applied, dry, skipped: plan.skipped.length }));
      for (const f of plan.failed) out(words('cliSheetRow', { row: f.row, reason: noticeWords(f.reason) }));
      if (blocked) out(words('cliSheetBlocked', { failed: plan.failed.length }));
    }
    return plan.failed.length ? 1 : 0;
  });
};
