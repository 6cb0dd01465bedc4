/**
 * Internal errors — a bug, not a problem with the input — written with their stack to
 * `$CMO_HOME/logs/errors.log` (`~/CMO Workbench/logs/errors.log` by default), so the user is told
 * one line and the log has the rest. The log is bounded: past 1 MB it becomes `errors.log.1`
 * (replacing the one before) and a new one is started, so it never holds more than 2 MB.
 */
import fs from 'node:fs';
import path from 'node:path';
import { userHome } from '../paths';

export const MAX_LOG_BYTES = 1024 * 1024;

/** Where internal errors are written. */
export const errorLogPath = () => path.join(userHome(), 'logs', 'errors.log');

/** The error's stack (or its text) with when and where; the log's path. Throws when the log cannot be written. */
export function logInternalError(e: unknown, context?: string): string {
  const file = errorLogPath();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const size = fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;
  if (size > MAX_LOG_BYTES) fs.renameSync(file, `${file}.1`);
  const what = e instanceof Error ? (e.stack ?? `${e.name}: ${e.message}`) : String(e);
  const where = context ? ` ${context}` : '';
  fs.appendFileSync(file, `[${new Date().toISOString()}] pid ${process.pid}${where}\n${what}\n\n`);
  return file;
}
