import fs from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../args';
import { parse, str, flag, out, withService, type Command } from '../util';
import { toReply } from '../../service/service';
import { DuplicateSourceError } from '../../service/commands/importSource';
import { ImportError, SUPPORTED_EXTENSIONS } from '../../import/index';
import { say } from '../../cmo/logMessages';
import { warningsOut } from '../../cmo/notice';
import { cliLang, refusalWords, words } from '../lang';

interface Row {
  file: string;
  status: 'imported' | 'duplicate' | 'error';
  sourceId: string | null;
  name?: string;
  chars: number;
  turns: number;
  speakers: string[];
  /** what the import noticed: code, data and words in the CLI's language */
  warnings: ReturnType<typeof warningsOut>;
  error: string | null;
  /** the refusal's stable code and data, and its words in the CLI's language (`error` stays Danish) */
  problem?: { code: string | null; data: Record<string, unknown>; message: string };
  case?: string | null;
  role?: string | null;
  speakerSummary?: { label: string; turns: number; words: number; interviewer: boolean; participant: string | null }[];
}

/** A row's problem in the CLI's language (the row itself, as `--json` prints it, keeps the Danish). */
interface Said {
  error?: string;
}

/** Files named on the command line; a folder stands for the transcripts in it (and its subfolders). */
async function expand(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const st = await fs.stat(p).catch(() => null);
    if (!st?.isDirectory()) {
      out.push(p);
      continue;
    }
    const entries = await fs.readdir(p, { recursive: true, withFileTypes: true });
    const files = entries
      .filter(
        (e) =>
          e.isFile() &&
          !e.name.startsWith('.') &&
          !e.name.startsWith('~$') &&
          SUPPORTED_EXTENSIONS.includes(path.extname(e.name).toLowerCase()),
      )
      .map((e) => path.join(e.parentPath ?? p, e.name))
      .sort((a, b) => a.localeCompare(b, 'da'));
    if (files.length === 0)
      throw new UsageError(say('cliEmptyFolder', { folder: p, supported: SUPPORTED_EXTENSIONS.join(', ') }));
    out.push(...files);
  }
  return out;
}

/**
 * Imports each file as its own service command: a file that fails (unreadable, bad format,
 * duplicate) is reported and leaves the project unchanged, and the others still import.
 * `--json` prints one object per file, on its own line, as each file finishes.
 */
export const importCmd: Command = async (args) => {
  const {
    positionals: [file, ...given],
    values,
  } = parse(args, { case: str, role: str, json: flag, name: str }, 'many');
  if (!file || given.length === 0) throw new UsageError(say('cliNeedImportFiles'));
  const files = await expand(given);
  if (values.name && files.length > 1) throw new UsageError(say('cliNameOneFile'));
  return withService(file, async (svc) => {
    const rows: Row[] = [];
    let n = 0;
    for (const f of files) {
      n++;
      const said: Said = {};
      const row: Row = {
        file: f,
        status: 'error',
        sourceId: null,
        chars: 0,
        turns: 0,
        speakers: [],
        warnings: [],
        error: null,
      };
      try {
        const data = await fs.readFile(f).catch((e: NodeJS.ErrnoException) => {
          throw new ImportError(path.basename(f), say('errCannotOpenFile', { code: e.code }));
        });
        const r = await svc.call('source.import', {
          fileName: path.basename(f),
          dataBase64: data.toString('base64'),
          caseId: values.case,
          role: values.role,
          name: values.name,
        });
        Object.assign(row, {
          status: 'imported',
          sourceId: r.source.id,
          name: r.source.name,
          chars: r.source.length,
          turns: r.turns ?? 0,
          speakers: r.source.speakers,
          warnings: warningsOut(r, cliLang()),
          case: r.source.caseId,
          role: r.roleId ?? null,
        });
      } catch (e) {
        const reply = toReply(e);
        said.error = refusalWords(reply);
        row.problem = { code: reply.code ?? null, data: reply.data ?? {}, message: said.error };
        if (e instanceof DuplicateSourceError)
          Object.assign(row, { status: 'duplicate', sourceId: e.existingId, name: e.existingName, error: e.message });
        else row.error = reply.error;
      }
      // the speakers summary to check before coding: turns and words per speaker, who is the interviewer
      if (row.status === 'imported' && row.sourceId) {
        const sum = await svc.call('source.speakerSummary', { source: row.sourceId });
        row.speakerSummary = sum.speakers.map(({ label, turns, words, interviewer, participant }) => ({
          label,
          turns,
          words,
          interviewer,
          participant,
        }));
      }
      rows.push(row);
      if (values.json) out(JSON.stringify(row));
      else out(human(row, said, n, files.length));
      for (const x of values.json ? [] : (row.speakerSummary ?? [])) {
        const who = x.interviewer ? words('cliInterviewer') : (x.participant ?? words('cliNoParticipant'));
        out(words('cliImportSpeaker', { label: x.label, turns: x.turns, words: x.words, who }));
      }
    }
    const failed = rows.filter((r) => r.status === 'error').length;
    const dups = rows.filter((r) => r.status === 'duplicate').length;
    if (!values.json && files.length > 1)
      out(words('cliImportSummary', { imported: rows.length - failed - dups, duplicates: dups, failed }));
    return failed ? 1 : 0;
  });
};

function human(r: Row, said: Said, n: number, of: number): string {
  const at = of > 1 ? `[${n}/${of}] ` : '';
  if (r.status === 'error') return words('cliImportFailed', { at, error: said.error ?? r.error ?? '' });
  if (r.status === 'duplicate') return words('cliImportDuplicate', { at, error: said.error ?? r.error ?? '' });
  return words('cliImported', {
    at,
    file: path.basename(r.file),
    name: r.name,
    chars: r.chars,
    turns: r.turns,
    speakers: r.speakers.join(', '),
    warnings: r.warnings.map((w) => w.message).join('; '),
  });
}
