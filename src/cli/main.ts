import { ZodError } from 'zod';
import { firstIssue } from '../cmo/model';
import { toReply } from '../service/service';
import { refusalWords, startLang, takeLang, validLang, words } from './lang';
import { UsageError } from './args';
import { out, type Command } from './util';
import { newCmd } from './commands/new';
import { info } from './commands/info';
import { importCmd } from './commands/import';
import { code } from './commands/code';
import { matrix } from './commands/matrix';
import { quotes } from './commands/quotes';
import { log } from './commands/log';
import { review } from './commands/review';
import { undo, redo } from './commands/undo';
import { edit } from './commands/edit';
import { cmoc } from './commands/cmoc';
import { evidence } from './commands/evidence';
import { pseudonyms } from './commands/pseudonyms';
import { codeSheet } from './commands/codeSheet';
import { search } from './commands/search';
import { autocode } from './commands/autocode';
import { codes } from './commands/codes';
import { source } from './commands/source';
import { repair } from './commands/repair';
import { segmentsCmd } from './commands/segments';
import { exportQdpx } from './commands/exportQdpx';
import { interviewers } from './commands/interviewers';
import { turns } from './commands/turns';
import { agreementCmd, coderCopyCmd, mergeCmd } from './commands/team';
import { memo } from './commands/memo';
import { attributes } from './commands/attributes';

const commands: Record<string, Command> = {
  new: newCmd,
  info,
  import: importCmd,
  code,
  matrix,
  quotes,
  log,
  review,
  undo,
  redo,
  edit,
  cmoc,
  evidence,
  codes,
  source,
  search,
  autocode,
  pseudonyms,
  'code-sheet': codeSheet,
  segments: segmentsCmd,
  'export-qdpx': exportQdpx,
  'coder-copy': coderCopyCmd,
  merge: mergeCmd,
  agreement: agreementCmd,
  interviewers,
  turns,
  repair,
  memo,
  attributes,
};

export async function main(argv: string[]): Promise<number> {
  // --lang da|en anywhere on the line; else the project's language (the first *.json named), else Danish
  const { rest: args, value: asked } = takeLang(argv);
  const [cmd, ...rest] = args;
  startLang(
    asked,
    rest.find((a) => /\.json$/i.test(a) && !a.startsWith('-')),
  );
  if (!validLang(asked)) {
    const issue = `(root): ${words('cliBadLang', { value: asked ?? '' })}`;
    process.stderr.write(`cmo${cmd ? ` ${cmd}` : ''}: ${words('cliInvalidInput', { issue })}\n`);
    return 2;
  }
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    out(words('cliHelp'));
    return cmd ? 0 : 2;
  }
  const run = commands[cmd];
  if (!run) {
    process.stderr.write(`cmo: ${words('cliUnknownCommand', { command: cmd })}\n\n${words('cliHelp')}`);
    return 2;
  }
  if (rest.includes('--help')) {
    out(words('cliHelp'));
    return 0;
  }
  try {
    return await run(rest);
  } catch (e) {
    const msg =
      e instanceof UsageError
        ? words('cliSeeHelp', { problem: e.said })
        : e instanceof ZodError
          ? words('cliInvalidInput', { issue: firstIssue(e) })
          : refusalWords(toReply(e, `cmo ${cmd}`));
    process.stderr.write(`cmo ${cmd}: ${msg}\n`);
    // bad flags or option values are usage errors (2); a refused command or a bad file is 1
    return e instanceof UsageError || e instanceof ZodError ? 2 : 1;
  }
}
